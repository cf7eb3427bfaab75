import { JUDGED_SPEECH, JUDGING_VERBS } from '../lexicon/quoteSlots';
import type { Cue } from './attributionPatterns';
import { phraseAfter } from './phraseAfter';
import type { Phrase } from './phraseWords';
import type { Word } from './words';

/**
 * A judging verb: lower case, in -d or -s, and listed. The word packs no room for one more lexicon class,
 * and the cue loop asks of every word before a quote: the first tests spare most words the lookup.
 */
export function isJudging(w: Word): boolean {
  if (w.punct || w.capital || w.text.length < 5) return false;
  const last = w.text.charCodeAt(w.text.length - 1);
  return (last === 100 || last === 115) && JUDGING_VERBS.has(w.key);
}

/** "for calling", "of saying": the link and an act of speech at `link` and `link + 1`. */
const judgedAct = (ws: readonly Word[], link: number): boolean =>
  !!ws[link] && !!ws[link + 1] && (ws[link].key === 'for' || ws[link].key === 'of') && !ws[link + 1].punct && JUDGED_SPEECH.has(ws[link + 1].key);

/** The named person a judging verb at `v` takes as its object, when "for"/"of" and an act of speech follow it. */
function judgedAfter(ws: readonly Word[], v: number): Phrase | null {
  if (!isJudging(ws[v])) return null;
  const person = phraseAfter(ws, v + 1, ws.length - 1);
  return person && person.kind === 'name' && judgedAct(ws, person.to + 1) ? person : null;
}

/**
 * The cue of words a judging verb holds against its object: in `Pell rebuked Tom Hale for calling the
 * minister "…"` the quote is Tom Hale's, cued by "calling". Read from the judging verb at `v` or from the
 * act of speech at `v`, all within words [from, to] before the quote; null for any other shape, as for
 * `Ortiz thanked the staff for "…"`, where the judge's own words are quoted.
 */
export function judgedSpeaker(ws: readonly Word[], from: number, v: number, to: number): Cue | null {
  if (v - 3 >= from && JUDGED_SPEECH.has(ws[v].key) && judgedAct(ws, v - 1)) {
    // back from the act to the verb: the name between holds at most a few words
    for (let k = v - 3; k >= Math.max(from, v - 8); k--) {
      const person = judgedAfter(ws, k);
      if (person && person.to === v - 2) return { cueFrom: v, cueTo: v, subject: person };
    }
    return null;
  }
  const person = judgedAfter(ws, v);
  return person && person.to + 2 <= to ? { cueFrom: person.to + 2, cueTo: person.to + 2, subject: person } : null;
}
