import type { Paragraph, Sentence, Stage } from '../model';
import { quoteOffsets } from './quoteOffsets';
import { headlineBreak } from './headlineBreak';
import { isSentenceBoundary } from './isSentenceBoundary';
import { lineBreakSearch } from './lineBreaks';
import { naturalSentences } from './naturalSentences';
import { trimmedEnd, trimmedStart } from './whiteSpace';

/** What every paragraph of one text is split with. */
interface TextScan {
  readonly text: string;
  readonly nextLineBreak: (from: number) => number;
  /** Offsets of the text's quote marks, for the boundary check. */
  readonly quotes: readonly number[];
}

/** Appends the sentence starts in [start, end): natural's splits that survive the boundary check. */
function sentenceStarts(scan: TextScan, start: number, end: number, starts: number[]): void {
  const fragments = naturalSentences(scan.text, start, end);
  starts.push(start);
  // One pair of ranges, moved along the fragments.
  const before = { start, end };
  const after = { start, end };
  for (let i = 2; i < fragments.length; i += 2) {
    before.end = fragments[i - 1];
    after.start = fragments[i];
    after.end = fragments[i + 1];
    if (!isSentenceBoundary(scan.text, before, after, scan.quotes)) continue;
    starts.push(after.start);
    before.start = after.start;
  }
}

/** Appends the sentences tiling one paragraph, so no text falls between two of them. */
function paragraphSentences(scan: TextScan, p: Paragraph, out: Sentence[]): void {
  const { text } = scan;
  const cut = headlineBreak(text, p.start, p.end, scan.nextLineBreak);
  const starts: number[] = [];
  if (cut < 0) sentenceStarts(scan, p.start, p.end, starts);
  else {
    starts.push(p.start);
    sentenceStarts(scan, trimmedStart(text, cut, p.end), p.end, starts);
  }
  for (let i = 0; i < starts.length; i++) {
    const next = i + 1 < starts.length ? starts[i + 1] : p.end;
    const s = trimmedStart(text, starts[i], next);
    const e = trimmedEnd(text, s, next);
    if (s < e) out.push({ id: `s${out.length + 1}`, start: s, end: e, paragraphId: p.id });
  }
}

/**
 * Third stage: natural's SentenceTokenizer, one paragraph at a time, with its
 * misses fixed (abbreviations, initials, quotes followed by their attribution,
 * a headline glued to the first sentence). Ids s1, s2, … in text order.
 */
export const sentences: Stage = {
  name: 'sentences',
  run(analysis) {
    const { text } = analysis;
    const scan: TextScan = { text, nextLineBreak: lineBreakSearch(text), quotes: quoteOffsets(text) };
    const out: Sentence[] = [];
    for (const p of analysis.paragraphs) paragraphSentences(scan, p, out);
    return { ...analysis, sentences: out };
  },
};
