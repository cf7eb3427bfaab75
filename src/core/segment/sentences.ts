import type { Paragraph, Sentence, Stage } from '../model';
import { headlineBreak } from './headlineBreak';
import { isSentenceBoundary } from './isSentenceBoundary';
import { lineBreakSearch } from './lineBreaks';
import { naturalSentences } from './naturalSentences';
import { trimRange } from './whiteSpace';

/** Sentence starts in [start, end): natural's splits that survive the boundary check. */
function sentenceStarts(text: string, start: number, end: number): number[] {
  const fragments = naturalSentences(text, start, end);
  const starts = [start];
  for (let i = 1; i < fragments.length; i++) {
    const before = { start: starts[starts.length - 1], end: fragments[i - 1][1] };
    const after = { start: fragments[i][0], end: fragments[i][1] };
    if (isSentenceBoundary(text, before, after)) starts.push(fragments[i][0]);
  }
  return starts;
}

/** Sentences tiling one paragraph, so no text falls between two of them. */
function paragraphSentences(text: string, p: Paragraph, firstId: number, nextLineBreak: (from: number) => number): Sentence[] {
  const cut = headlineBreak(text, p.start, p.end, nextLineBreak);
  const starts = cut < 0 ? sentenceStarts(text, p.start, p.end) : [p.start, ...sentenceStarts(text, trimRange(text, cut, p.end)[0], p.end)];
  const out: Sentence[] = [];
  for (let i = 0; i < starts.length; i++) {
    const [s, e] = trimRange(text, starts[i], i + 1 < starts.length ? starts[i + 1] : p.end);
    if (s < e) out.push({ id: `s${firstId + out.length}`, start: s, end: e, paragraphId: p.id });
  }
  return out;
}

/**
 * Third stage: natural's SentenceTokenizer, one paragraph at a time, with its
 * misses fixed (abbreviations, initials, quotes followed by their attribution,
 * a headline glued to the first sentence). Ids s1, s2, … in text order.
 */
export const sentences: Stage = {
  name: 'sentences',
  run(analysis) {
    const out: Sentence[] = [];
    // One push per sentence: spreading a long paragraph's sentences into push() can overflow the stack.
    const nextLineBreak = lineBreakSearch(analysis.text);
    for (const p of analysis.paragraphs) for (const s of paragraphSentences(analysis.text, p, out.length + 1, nextLineBreak)) out.push(s);
    return { ...analysis, sentences: out };
  },
};
