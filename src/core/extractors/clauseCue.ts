import type { Cue } from './attributionPatterns';
import type { Phrase } from './phraseWords';
import { isOpeningModifier, possessiveEnd } from './phraseWords';
import { titlesName } from './describedAsPerson';
import { skipTimePhrase } from './timePhrase';
import { isFiniteVerb, isModifier, isVerb } from './verbForms';
import type { Word } from './words';
import { AUXILIARY, CLAUSE_LINK, DETERMINER, FINITE, PHRASE_OPENER, PREPOSITION, ROLE, SENTENCE_STARTER, SPEAKING_PRONOUN, classesOf } from './wordClasses';
import { isDigitCode } from '../charCodes';

/** Determiners that open a subject; "that" and "this" more often open a clause. */
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

/** Words after which a word in -s is a plural noun, not a verb: "the timeline of events", "his supporters", "two weeks". */
const BEFORE_PLURAL = DETERMINER | PREPOSITION;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for']);

/** isFiniteVerb for word k in its context: an -s word that only its ending makes a verb is none after a determiner or preposition. */
function finiteAt(ws: readonly Word[], k: number): boolean {
  if (!isFiniteVerb(ws[k])) return false;
  const w = ws[k];
  if ((classesOf(w) & FINITE) !== 0 || !w.key.endsWith('s')) return true;
  const p = ws[k - 1];
  return !p || p.punct || ((classesOf(p) & BEFORE_PLURAL) === 0 && !PLACE_PREPOSITIONS.has(p.key) && !isDigitCode(p.key.charCodeAt(0)));
}

/** Relative pronouns: a phrase holding one opens a relative clause ("a banker who gave …"), not a subject. */
const RELATIVE: ReadonlySet<string> = new Set(['who', 'that', 'which', 'whose']);

/** The subject phrase starting at i: a pronoun, a name (with its possessed noun), or a determiner's noun phrase. */
function subjectAt(ws: readonly Word[], i: number, to: number): Phrase | null {
  const w = ws[i];
  if (w.punct) return null;
  if ((classesOf(w) & SPEAKING_PRONOUN) !== 0) return { from: i, to: i, kind: 'pronoun' };
  let j = i;
  // "presidential nominee Dana Kell was …": a name may open with a lower-case title.
  const opensName = w.capital || (w.key !== 'of' && isTitle(ws, i));
  if (opensName && (classesOf(w) & (DETERMINER | SENTENCE_STARTER | PREPOSITION)) === 0 && !isOpeningModifier(ws, i)) {
    // "Harbour Authority spokesman Piet Loos": lower-case titles inside a name run.
    while (j + 1 <= to && !ws[j + 1].punct && (ws[j + 1].capital || isTitle(ws, j + 1))) j++;
    if (possessiveEnd(ws[j].text) === 0) return { from: i, to: j, kind: 'name' };
  } else if (!SUBJECT_DETERMINERS.has(w.key)) return null;
  // "Okafor’s lawyers", "The veteran delegate": up to the verb.
  // The word after "the" or "Okafor’s" is a noun even when it ends like a verb: "Okafor’s lawyers".
  let k = j + 1 <= to && !ws[j + 1].punct ? j + 2 : j + 1;
  while (k <= Math.min(to, j + 7) && !ws[k].punct && !finiteAt(ws, k) && !isModifier(ws[k])) {
    // "a White House official who spoke anonymously said": the phrase ends at its relative clause.
    if (RELATIVE.has(ws[k].key)) return k - 1 > j || j > i ? { from: i, to: k - 1, kind: 'description' } : null;
    k++;
  }
  return k - 1 > j || j > i ? { from: i, to: k - 1, kind: 'description' } : null;
}

const EMPHATIC: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);
const isDoubleHyphen = (ws: readonly Word[], k: number) => ws[k]?.text === '-' && ws[k + 1]?.text === '-';
const CLOSING_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

/** Past ", the health minister," or , who backs Kell,: the word after the aside, else i. */
function skipAside(ws: readonly Word[], i: number, to: number): number {
  const w = ws[i];
  if (w?.text === '(') {
    // "Sen. Dana Kell (D-Ore.), who lost, said": past the parenthesis, then any aside.
    for (let k = i + 1; k <= Math.min(to, i + 8); k++) if (ws[k].text === ')') return skipAside(ws, k + 1, to);
    return i;
  }
  if (w?.text === '—' || w?.text === '–') {
    // "Joyce — who is listed as a lawyer — told": an aside between dashes.
    for (let k = i + 1; k <= Math.min(to, i + 24); k++) if (ws[k].text === w.text) return skipTimePhrase(ws, k + 1, to);
    return i;
  }
  if (isDoubleHyphen(ws, i)) {
    // "Whit Ayres -- author of a report -- is skeptical": a typed dash is two hyphens.
    for (let k = i + 2; k < Math.min(to, i + 30); k++) if (isDoubleHyphen(ws, k)) return skipTimePhrase(ws, k + 2, to);
    return i;
  }
  if (w && RELATIVE.has(w.key) && !ws[i - 1]?.punct) return pastRestrictive(ws, i, to);
  if (w?.key === 'of' && ws[i - 1]?.text === ',') {
    // A home town is an aside too, to the comma before a lower-case word: "Dana Kell, 33, of Leeds, Yorks., said".
    for (let k = i + 1; k <= Math.min(to, i + 8); k++) if (ws[k].text === ',' && ws[k + 1] && !ws[k + 1].capital) return skipTimePhrase(ws, k + 1, to);
    return i;
  }
  // "Sanders himself, who was not there, has toned down …": an emphatic pronoun goes with its subject.
  if (w && EMPHATIC.has(w.key)) return i + 1;
  if (!w || !(w.text === ',' || w.key === 'who' || w.key === 'which')) return skipTimePhrase(ws, i, to);
  // "Kell, who served in Iran, Turkey and France, praised …": the aside ends at the comma before a verb, else at the first.
  let first = -1;
  for (let k = i + 1; k <= Math.min(to, i + 24); k++) {
    if (ws[k].text !== ',') continue;
    if (first < 0) first = k;
    if (isFiniteVerb(ws[k + 1])) return k + 1;
    // `Hale, the star of the show "The Apprentice," said`: the comma inside a closing quote mark.
    if (CLOSING_MARKS.has(ws[k + 1]?.text ?? '') && isFiniteVerb(ws[k + 2])) return k + 2;
  }
  return first < 0 ? i : skipTimePhrase(ws, first + 1, to);
}

/**
 * Past a relative clause set off by no commas, to the reporting verb after its own verb:
 * "an official who spoke anonymously said" → "said"; else i, for no clause follows.
 */
function pastRestrictive(ws: readonly Word[], i: number, to: number): number {
  let own = i + 1;
  while (own <= Math.min(to, i + 4) && !isFiniteVerb(ws[own])) own++;
  for (let k = own + 1; k <= Math.min(to, i + 15); k++) {
    if (ws[k].punct) return i;
    if (isVerb(ws[k])) return k;
  }
  return i;
}

/** "Dana Kell, 33, of Leeds, dismisses …": past asides that follow one another. */
function pastAsides(ws: readonly Word[], v: number, to: number): number {
  for (let n = 0, next = skipAside(ws, v, to); n < 3 && next !== v; n++, next = skipAside(ws, v, to)) v = next;
  return v;
}

/** "Kell all but accused": "all but" qualifies the verb like an adverb. */
const allBut = (ws: readonly Word[], k: number) => (ws[k].key === 'all' && ws[k + 1]?.key === 'but') || (ws[k].key === 'but' && ws[k - 1]?.key === 'all');

/** Subject and verb of the clause whose subject starts at word i. */
export function clauseCue(ws: readonly Word[], i: number, to: number): Cue | null {
  const subject = subjectAt(ws, i, to);
  if (!subject) return null;
  let v = pastAsides(ws, subject.to + 1, to);
  // "Dana Kell and Piet Loos, two survivors, made …": the first of two joined names is a subject too.
  const second = subject.kind === 'name' && ws[v]?.key === 'and' && ws[v + 1]?.capital ? subjectAt(ws, v + 1, to) : null;
  if (second?.kind === 'name') v = pastAsides(ws, second.to + 1, to);
  let auxiliary = -1;
  for (; v <= to && (isModifier(ws[v]) || (classesOf(ws[v]) & AUXILIARY) !== 0 || allBut(ws, v)); v++) if ((classesOf(ws[v]) & AUXILIARY) !== 0) auxiliary = v;
  // "Tina Kell had a question": an auxiliary before its object is the verb itself.
  if (auxiliary >= 0 && HAVE.has(ws[auxiliary].key) && v <= to && (classesOf(ws[v]) & DETERMINER) !== 0) return { cueFrom: auxiliary, cueTo: auxiliary, subject };
  // "who has in the past described": the verb after a phrase of time.
  if (auxiliary >= 0) v = skipTimePhrase(ws, v, to);
  if (v > to) return null;
  // After "has" or "is" any participle does: "has gone after", "is labeling"; a preposition is none.
  const verb = finiteAt(ws, v) || (auxiliary >= 0 && !ws[v].punct && !ws[v].capital && (classesOf(ws[v]) & (DETERMINER | PREPOSITION)) === 0);
  return verb ? { cueFrom: v, cueTo: v, subject } : null;
}
