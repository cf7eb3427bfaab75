import type { Quote, Sentence } from '../model';
import type { Cue } from './attributionPatterns';
import { isAccordingTo, subjectOf } from './attributionPatterns';
import { phraseAfter } from './phraseAfter';
import type { Word } from './words';
import { wordAfter } from './words';
import { INDIRECT, classesOf } from './wordClasses';

/** A cue with its speaker phrase, for a quote (quote index) or for indirect speech (-1). */
export interface Attribution extends Cue {
  readonly quote: number;
}

/** "Stoltenberg said that …" outside quotes: it makes Stoltenberg the subject a later "he" prefers. */
export function indirectAttributions(ws: readonly Word[], sentences: readonly Sentence[], quotes: readonly Quote[]): Attribution[] {
  const out: Attribution[] = [];
  let q = 0;
  let next = 0;
  for (const s of sentences) {
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (q < quotes.length && quotes[q].start < s.end) continue;
    const from = wordAfter(ws, s.start, next);
    const to = wordAfter(ws, s.end, from) - 1;
    next = to + 1;
    for (let v = from; v <= to; v++) {
      if (isAccordingTo(ws, v)) {
        // "…, according to Ines Moreau." makes her the one a later "she" means.
        const source = phraseAfter(ws, v + 2, to);
        if (source && source.kind === 'name') out.push({ cueFrom: v, cueTo: v + 1, subject: source, quote: -1 });
        if (source) break;
      }
      if (ws[v].punct || (classesOf(ws[v]) & INDIRECT) === 0) continue;
      const subject = subjectOf(ws, v, from, to);
      if (subject) out.push({ cueFrom: v, cueTo: v, subject, quote: -1 });
      break;
    }
  }
  return out;
}
