import type { Quote, Sentence } from '../model';
import { INDIRECT_SPEECH_VERBS } from '../lexicon/reportingVerbs';
import { cueAfter, cueBefore, subjectOf, type Cue } from './attributionPatterns';
import { sentenceSubject } from './sentenceSubject';
import type { Word } from './words';

/** A cue with its speaker phrase, for a quote (quote index) or for indirect speech (-1). */
export interface Attribution extends Cue {
  readonly quote: number;
}

/** A quote ending on , ? ! or a dash, inside its marks, waits for its attribution. */
const OPEN_END = /[,?!\u2014\u2013-]\s*$/;

/** Index of the first word starting at or after `at`. */
export function wordAt(ws: readonly Word[], at: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/**
 * The cue of each top-level quote, looked for first right after it, then
 * before it in its sentence (never past the previous quote).
 * `"…," he said.` → said/he; `Stoltenberg said: "…"` → said/Stoltenberg.
 */
export function quoteAttributions(ws: readonly Word[], quotes: readonly Quote[], sentences: readonly Sentence[]): Attribution[] {
  const out: Attribution[] = [];
  const top = quotes.map((q, i) => ({ q, i })).filter(({ q }) => !q.parentId);
  top.forEach(({ q, i }, t) => {
    const next = top[t + 1]?.q.start ?? Infinity;
    const prev = top[t - 1]?.q.end ?? -Infinity;
    const endSentence = sentenceAt(sentences, q.end - 1);
    const stop = Math.min(next, q.end + 200, endSentence && endSentence.end >= q.end ? endSentence.end : q.end + 200);
    const after = cueAfter(ws, wordAt(ws, q.end), wordAt(ws, stop) - 1, OPEN_END.test(q.content.text));
    const startSentence = sentenceAt(sentences, q.start);
    const from = wordAt(ws, Math.max(prev, startSentence && startSentence.start <= q.start ? startSentence.start : q.start - 200));
    const before = wordAt(ws, q.start) - 1;
    const cue = after ?? cueBefore(ws, from, before, q.kind === 'speech') ?? (startSentence && q.kind !== 'title' ? sentenceSubject(ws, wordAt(ws, startSentence.start), before) : null);
    if (cue) out.push({ ...cue, quote: i });
  });
  return out;
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
      if (ws[v].punct || !INDIRECT_SPEECH_VERBS.has(ws[v].key)) continue;
      const subject = subjectOf(ws, v, from, to);
      if (subject) out.push({ cueFrom: v, cueTo: v, subject, quote: -1 });
      break;
    }
  }
  return out;
}
