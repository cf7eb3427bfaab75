import { SENTENCE_END_MARKS } from '../lexicon/clauseWords';
import type { Draft, EntityBook } from './entityBook';
import { isPersonNoun } from './describedAsPerson';
import type { Phrase } from './phraseWords';
import { skipTimePhrase } from './timePhrase';
import { DETERMINER, ROLE, SPEAKING_NOUN, classesOf } from './wordClasses';
import type { Word } from './words';

/** "who says", "who said": a verb form that fits one person, ending in s or d. */
const isSingularVerb = (key: string) => key.endsWith('s') || key.endsWith('d');
/** How far back a noun phrase before "who" may open. */
const PHRASE_WORDS = 5;

/** The person whose latest mention ends with word k: "Emmett Crowley" in "Emmett Crowley, who …". */
function personEndingAt(ws: readonly Word[], k: number, book: EntityBook): Draft | undefined {
  const w = ws[k];
  if (!w || w.punct || !w.capital) return undefined;
  for (const d of book.drafts) {
    const m = d.mentions[d.mentions.length - 1];
    if (d.type === 'person' && m && m.end === w.end) return d;
  }
  return undefined;
}

/** The index of the first word after an aside set off by commas that opens at word i (a comma); -1 if none. */
function pastAside(ws: readonly Word[], i: number): number {
  for (let k = i + 1; k < Math.min(ws.length, i + 25); k++) {
    if (SENTENCE_END_MARKS.has(ws[k].text)) return -1;
    if (ws[k].text === ',') return k + 1;
  }
  return -1;
}

/**
 * The common-noun phrase a "who" at word i relates to, when one ends right before it:
 * `remarks by a campaign surrogate who said` → "a campaign surrogate"; null when the word
 * before is no noun for a person or group, or no determiner opens the phrase.
 */
export function relativeNoun(ws: readonly Word[], i: number): Phrase | null {
  // "his show's listeners, who wondered": a comma sets the clause off from its noun, which it still relates to.
  const h = ws[i - 1]?.text === ',' ? i - 2 : i - 1;
  const head = ws[h];
  if (!head || head.punct || head.capital) return null;
  const classes = classesOf(head);
  // "the groups who wrote": a plural right after its determiner names who they are, whatever the noun;
  // before a comma, a word in -s is a plural noun whatever opens its phrase, as no verb stands there.
  const plural = head.key.endsWith('s') && (h < i - 1 || (classesOf(ws[h - 1] ?? head) & DETERMINER) !== 0);
  if ((classes & (ROLE | SPEAKING_NOUN)) === 0 && !isPersonNoun(head.key) && !plural) return null;
  for (let k = h - 1; k >= Math.max(0, h - PHRASE_WORDS); k--) {
    const w = ws[k];
    if (w.punct) return null;
    if ((classesOf(w) & DETERMINER) !== 0) return { from: k, to: h, kind: 'description' };
    if (w.capital && k < h - 1 && !ws[k + 1].capital) return null;
  }
  return null;
}

/**
 * The person a "who" at word i relates to: a name right before its comma
 * (`Emmett Crowley, who, after a row, said …`), the name a description set off
 * after it (`Dana Kell, a lawyer who said …`; none for a phrase `noun` (see relativeNoun)
 * alone), else the latest one named earlier in its sentence. `…, backed by Dana Kell, the ranking member, who said …` → Dana Kell.
 */
export function relativeHead(ws: readonly Word[], i: number, book: EntityBook, noun: Phrase | null): Draft | undefined {
  // "Corliss and Bramley, who say …": a plain verb form means more than one.
  // "who in the past described …": the verb after a phrase of time; "who, after …, said": the verb after the aside.
  const v = ws[i + 1]?.text === ',' ? pastAside(ws, i + 1) : skipTimePhrase(ws, i + 1, i + 7);
  if (!isSingularVerb(ws[v]?.key ?? '')) return undefined;
  if (ws[i - 1]?.text === ',') {
    const named = personEndingAt(ws, i - 2, book);
    let s = i - 2;
    while (s > 0 && ws[s - 1].capital && !ws[s - 1].punct) s--;
    if (named && ws[s - 1]?.key !== 'and') return named;
  }
  // The noun phrase before "who" is its head, unless it describes a name set off before it.
  if (noun) return ws[noun.from - 1]?.text === ',' ? personEndingAt(ws, noun.from - 2, book) : undefined;
  let k = i - 1;
  while (k > 0 && i - k < 40 && !SENTENCE_END_MARKS.has(ws[k].text)) k--;
  const from = ws[k].start;
  const at = ws[i].start;
  // A place after "of" reads as a name too: someone known to be a person comes first.
  let known: Draft | undefined;
  let anyone: Draft | undefined;
  for (const d of book.drafts) {
    if (d.type !== 'person' || d.last < from || d.last >= at) continue;
    if ((d.gender !== 'unknown' || d.roles.length > 0) && (!known || d.last > known.last)) known = d;
    if (!anyone || d.last > anyone.last) anyone = d;
  }
  return known ?? anyone;
}
