import type { Cue } from './attributionPatterns';
import type { Phrase } from './phraseWords';
import { isContracted, isOpeningModifier, possessiveEnd, speakingNounAt } from './phraseWords';
import { titlesName } from './describedAsPerson';
import { skipTimePhrase } from './timePhrase';
import { finiteAt, isModifier } from './verbForms';
import { joinedHas } from './joinedHas';
import { endsInIng } from './keyEnds';
import { RELATIVE, pastAsides } from './asides';
import { mutatedAt, particlesAt } from './nameParticle';
import type { Word } from './words';
import { FINITE_BE, LONE_ADVERBS, PLURAL_VERBS } from '../lexicon/clauseWords';
import { AUXILIARY, CLAUSE_LINK, DETERMINER, NOT_NAME_WORD, PHRASE_OPENER, PREPOSITION, PRONOUN, ROLE, SENTENCE_STARTER, SPEAKING_PRONOUN, classesOf } from './wordClasses';

/** Determiners that open a subject; "that" and "this" more often open a clause. All are DETERMINERs, whose bit is tested first. */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'one', 'two', 'three', 'several', 'many', 'some', 'both', 'other', 'another', 'most', 'all', 'each']);

const HAVE: ReadonlySet<string> = new Set(['has', 'had', 'have']);
const OPENING_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', '―', '(']);

/** Past "But", a dash, or "After the debate,": the word where a clause's subject may start, or -1. */
export function clauseStart(ws: readonly Word[], from: number, to: number): number {
  let i = from;
  for (let guard = 0; guard < 4 && i <= to; guard++) {
    const w = ws[i];
    if (w.punct && OPENING_MARKS.has(w.text)) i++;
    else if (!w.punct && (classesOf(w) & CLAUSE_LINK) !== 0) i++;
    else if (!w.punct && (classesOf(w) & PHRASE_OPENER) !== 0) {
      // "Meanwhile Kell, who …": an adverb straight before a name opens no phrase that runs to a comma.
      if (LONE_ADVERBS.has(w.key) && ws[i + 1]?.capital && (classesOf(ws[i + 1]) & NOT_NAME_WORD) === 0) {
        i++;
        continue;
      }
      // "and since then Kell has …": an opener whose object is such an adverb ends with it.
      const object = ws[i + 1];
      if (object && !object.punct && LONE_ADVERBS.has(object.key) && ws[i + 2]?.capital && (classesOf(ws[i + 2]) & NOT_NAME_WORD) === 0) {
        i += 2;
        continue;
      }
      let k = i + 1;
      while (k <= Math.min(to, i + 20) && ws[k].text !== ',') k++;
      if (k > Math.min(to, i + 20)) return -1;
      i = k + 1;
    } else break;
  }
  return i <= to ? i : -1;
}

const isRole = (w: Word | undefined) => w !== undefined && (classesOf(w) & ROLE) !== 0;

/** "Republican presidential nominee Dana Kell": a title at k, one or two words before a capital. */
function isTitle(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (w.punct) return false;
  return ((w.key === 'of' || isRole(w)) && (!!ws[k + 1]?.capital || (isRole(ws[k + 1]) && !!ws[k + 2]?.capital))) || titlesName(ws, k);
}

/** The subject phrase starting at i: a pronoun, a name (with its possessed noun), or a determiner's noun phrase. */
function subjectAt(ws: readonly Word[], i: number, to: number): Phrase | null {
  const w = ws[i];
  if (w.punct) return null;
  // "62-year-old Dana Kell also railed …": an age before a name is no part of the subject's name.
  if (i < to && w.text.length >= 9 && ws[i + 1].capital && w.key.endsWith('-year-old')) {
    const named = subjectAt(ws, i + 1, to);
    return named?.kind === 'name' ? named : null;
  }
  if ((classesOf(w) & SPEAKING_PRONOUN) !== 0) return { from: i, to: i, kind: 'pronoun' };
  if (w.capital && isContracted(w)) return contractedSubject(ws, i, to);
  let j = i;
  // "presidential nominee Dana Kell was …": a name may open with a lower-case title.
  const opensName = w.capital || (w.key !== 'of' && isTitle(ws, i));
  if (opensName && (classesOf(w) & (DETERMINER | SENTENCE_STARTER | PREPOSITION)) === 0 && !isOpeningModifier(ws, i)) {
    // "Harbour Authority spokesman Piet Loos": lower-case titles inside a name run.
    // "Seán Mac an Bhaird", "Ana de la Cruz": particles inside a name.
    while (j + 1 <= to && !ws[j + 1].punct && (ws[j + 1].capital || isTitle(ws, j + 1) || particlesAt(ws, j + 1) > 0 || mutatedAt(ws, j + 1))) j++;
    // "Haskins protesters interrupted": a name before a noun for people who speak describes them.
    if (j + 1 <= to && speakingNounAt(ws, j + 1)) return { from: i, to: j + 1, kind: 'description' };
    if (possessiveEnd(ws[j].text) === 0 || joinedHas(ws, j)) return { from: i, to: j, kind: 'name' };
  } else if ((classesOf(w) & DETERMINER) === 0 || !SUBJECT_DETERMINERS.has(w.key)) return null;
  // "Okafor’s lawyers", "The veteran delegate": up to the verb.
  // The word after "the" or "Okafor’s" is a noun even when it ends like a verb: "Okafor’s lawyers".
  let k = j + 1 <= to && !ws[j + 1].punct ? j + 2 : j + 1;
  while (k <= Math.min(to, j + 7) && !ws[k].punct && (!finiteAt(ws, k) || pluralNoun(ws, k)) && !isModifier(ws[k])) {
    // "a port authority clerk who declined to give a name said": the phrase ends at its relative clause.
    if (RELATIVE.has(ws[k].key)) return k - 1 > j || j > i ? { from: i, to: k - 1, kind: 'description' } : null;
    k++;
  }
  return k - 1 > j || j > i ? { from: i, to: k - 1, kind: 'description' } : null;
}

/** Words that open the clause after "That’s": "That’s why he wanted …". */
const EXPLAINING: ReadonlySet<string> = new Set(['why', 'because', 'how', 'when', 'where']);

/**
 * The subject a word joined to "is" at i gives, as it owns no noun phrase: "That’s partly because port rules are"
 * → "port rules"; "It’s slamming what it labels" → "It’s", a pronoun before an -ing form; "It’s clear that" → none.
 */
function contractedSubject(ws: readonly Word[], i: number, to: number): Phrase | null {
  if ((classesOf(ws[i]) & PRONOUN) !== 0) return i < to && endsInIng(ws[i + 1].key) ? { from: i, to: i, kind: 'pronoun' } : null;
  let k = i + 1;
  while (k <= to && isModifier(ws[k])) k++;
  return k < to && EXPLAINING.has(ws[k].key) ? subjectAt(ws, k + 1, to) : null;
}

/** Whether words [c, e] are a comma, capitalised words of a name (particles inside) and a comma: ", Ana de Vell,". */
function setOffName(ws: readonly Word[], c: number, e: number): boolean {
  if (ws[c].text !== ',' || ws[e].text !== ',' || e - c > 6 || !ws[c + 1].capital || !ws[e - 1].capital) return false;
  for (let k = c + 1; k < e; k++) if (ws[k].punct || (!ws[k].capital && particlesAt(ws, k) === 0 && !mutatedAt(ws, k)) || (classesOf(ws[k]) & NOT_NAME_WORD) !== 0) return false;
  return true;
}

/**
 * The name set off between commas from word c, when the asides read past (up to word v) hold it:
 * "The minister, Ana Holm, on Wednesday presented …" → Ana Holm, though the time phrase after the comma was read past too.
 */
function setOffAfter(ws: readonly Word[], c: number, v: number): Phrase | null {
  if (ws[c]?.text !== ',') return null;
  for (let e = c + 2; e <= Math.min(v - 1, c + 6); e++) if (ws[e].text === ',') return setOffName(ws, c, e) ? { from: c + 1, to: e - 1, kind: 'name' } : null;
  return null;
}

/** "The Kell outlets have been …": a word in -s before a verb that agrees with a plural is a noun, not "outlets" as a verb. */
const pluralNoun = (ws: readonly Word[], k: number) => ws[k].key.endsWith('s') && ws[k + 1] !== undefined && PLURAL_VERBS.has(ws[k + 1].key);

/** "Kell all but accused": "all but" qualifies the verb like an adverb. */
const allBut = (ws: readonly Word[], k: number) => (ws[k].key === 'all' && ws[k + 1]?.key === 'but') || (ws[k].key === 'but' && ws[k - 1]?.key === 'all');

/**
 * The verb after an aside that opens at the comma at word v and is never closed, as news sometimes
 * leaves it: "Gary Kell, a former agent for Dana Hale has written …" → "has"; v when no verb follows
 * before a mark or a relative word.
 */
function pastOpenAside(ws: readonly Word[], v: number, to: number): number {
  if (!APPOSITIVE_OPENERS.has(ws[v + 1]?.key ?? '')) return v;
  for (let k = v + 2; k <= Math.min(to, v + 16); k++) {
    const w = ws[k];
    if (w.punct || RELATIVE.has(w.key)) return v;
    if ((classesOf(w) & AUXILIARY) !== 0 || finiteAt(ws, k)) return k;
  }
  return v;
}
const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Subject and verb of the clause whose subject starts at word i. With `lenient`, for a subject that a
 * pronoun may look back to, a form of "be" before no other verb is the verb ("Kell's message is to call
 * …"), and an aside may lack its closing comma.
 */
export function clauseCue(ws: readonly Word[], i: number, to: number, lenient = false): Cue | null {
  const described = subjectAt(ws, i, to);
  if (!described) return null;
  let v = pastAsides(ws, described.to + 1, to);
  // "The Speaker, Anthony Pell, rebuked …": the name set off after a description is whom it describes.
  const subject = described.kind === 'description' ? (setOffAfter(ws, described.to + 1, v) ?? described) : described;
  if (lenient && v === subject.to + 1 && subject.kind === 'name' && ws[v]?.text === ',') v = pastOpenAside(ws, v, to);
  // "Dana Kell and Piet Loos, two survivors, made …": the first of two joined names is a subject too.
  const second = subject.kind === 'name' && ws[v]?.key === 'and' && ws[v + 1]?.capital ? subjectAt(ws, v + 1, to) : null;
  if (second?.kind === 'name') v = pastAsides(ws, second.to + 1, to);
  // "He’s telling supporters", "Kell’s been saying": the "is" or "has" joined to the subject is the auxiliary.
  let auxiliary = (subject.kind === 'pronoun' && possessiveEnd(ws[subject.to].text) > 0) || (subject.kind === 'name' && joinedHas(ws, subject.to)) ? subject.to : -1;
  for (; v <= to && (isModifier(ws[v]) || (classesOf(ws[v]) & AUXILIARY) !== 0 || allBut(ws, v)); v++) if ((classesOf(ws[v]) & AUXILIARY) !== 0) auxiliary = v;
  // "Tina Kell had a question": an auxiliary before its object is the verb itself.
  if (auxiliary >= 0 && HAVE.has(ws[auxiliary].key) && v <= to && (classesOf(ws[v]) & DETERMINER) !== 0) return { cueFrom: auxiliary, cueTo: auxiliary, subject };
  // "who has in the past described": the verb after a phrase of time.
  if (auxiliary >= 0) v = skipTimePhrase(ws, v, to);
  if (v > to) return null;
  // After "has" or "is" any participle does: "has gone after", "is labeling"; a preposition is none.
  const verb = finiteAt(ws, v) || (auxiliary >= 0 && !ws[v].punct && !ws[v].capital && (classesOf(ws[v]) & (DETERMINER | PREPOSITION)) === 0);
  if (verb) return { cueFrom: v, cueTo: v, subject };
  return lenient && auxiliary >= 0 && FINITE_BE.has(ws[auxiliary].key) ? { cueFrom: auxiliary, cueTo: auxiliary, subject } : null;
}
