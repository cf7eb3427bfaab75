import type { Quote, Sentence } from '../model';
import { INDIRECT_SPEECH_VERBS } from '../lexicon/reportingVerbs';
import { isAccordingTo, subjectOf, type Cue } from './attributionPatterns';
import { phraseAfter } from './phraseAfter';
import { wordAt, type Word } from './words';

/** A cue with its speaker phrase, for a quote (quote index) or for indirect speech (-1). */
export interface Attribution extends Cue {
  readonly quote: number;
}

/** "Stoltenberg said that …" outside quotes: it makes Stoltenberg the subject a later "he" prefers. */
export function indirectAttributions(ws: readonly Word[], sentences: readonly Sentence[], quotes: readonly Quote[]): Attribution[] {
  const out: Attribution[] = [];
  let q = 0;
  for (const s of sentences) {
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    if (q < quotes.length && quotes[q].start < s.end) continue;
    const from = wordAt(ws, s.start);
    const to = wordAt(ws, s.end) - 1;
    for (let v = from; v <= to; v++) {
      if (isAccordingTo(ws, v)) {
        // "…, according to Ines Moreau." makes her the one a later "she" means.
        const source = phraseAfter(ws, v + 2, to);
        if (source && source.kind === 'name') out.push({ cueFrom: v, cueTo: v + 1, subject: source, quote: -1 });
        if (source) break;
      }
      if (ws[v].punct || !INDIRECT_SPEECH_VERBS.has(ws[v].key)) continue;
      const subject = subjectOf(ws, v, from, to);
      if (subject) out.push({ cueFrom: v, cueTo: v, subject, quote: -1 });
      break;
    }
  }
  return out;
}
