import type { Quote, Sentence } from '../model';
import type { Cue } from './attributionPatterns';
import type { Phrase } from './phraseWords';
import { isAccordingTo, subjectOf } from './attributionPatterns';
import { phraseAfter } from './phraseAfter';
import { reportsNoSpeech } from './notSpeech';
import type { Word } from './words';
import { wordAfter } from './words';
import { ACCORDING, INDIRECT, classesOf } from './wordClasses';

/** A cue with its speaker phrase, for a quote (quote index) or for indirect speech (-1). */
export interface Attribution extends Cue {
  readonly quote: number;
  /** A list item's or transcript's label before a quote whose cue is a pronoun: `- Ana Ruiz: "…," she said`. */
  readonly label?: Phrase;
}

/** "Stoltenberg said that …" outside quotes: it makes Stoltenberg the subject a later "he" prefers. */
export function indirectAttributions(text: string, ws: readonly Word[], sentences: readonly Sentence[], quotes: readonly Quote[]): Attribution[] {
  const out: Attribution[] = [];
  let q = 0;
  let next = 0;
  for (const s of sentences) {
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (q < quotes.length && quotes[q].start < s.end) continue;
    const from = wordAfter(ws, s.start, next);
    // Most words are neither "according" nor a verb of indirect speech: one walk passes them on the
    // way to the sentence's end, instead of finding the end first and then reading the words.
    let v = from;
    while (v < ws.length && ws[v].start < s.end && (classesOf(ws[v]) & (ACCORDING | INDIRECT)) === 0) v++;
    const to = wordAfter(ws, s.end, v) - 1;
    next = to + 1;
    for (; v <= to; v++) {
      if ((classesOf(ws[v]) & (ACCORDING | INDIRECT)) === 0) continue;
      if (isAccordingTo(ws, v)) {
        // "…, according to Ines Moreau." makes her the one a later "she" means.
        const source = phraseAfter(ws, v + 2, to);
        if (source && source.kind === 'name') out.push({ cueFrom: v, cueTo: v + 1, subject: source, quote: -1 });
        if (source) break;
      }
      if (ws[v].punct || (classesOf(ws[v]) & INDIRECT) === 0) continue;
      const subject = subjectOf(ws, v, from, to);
      if (subject && !reportsNoSpeech(text, ws, v, subject)) out.push({ cueFrom: v, cueTo: v, subject, quote: -1 });
      break;
    }
  }
  return out;
}
