import type { Paragraph, Stage } from '../model';
import { BlankLines } from './blankLines';
import { lineBreakSearch } from './lineBreaks';
import { sentenceLineBreak } from './sentenceLineBreak';
import { trimRange } from './whiteSpace';

/**
 * Splits the body at blank lines, and at line breaks that end a sentence
 * before a line that starts one (news text set one paragraph a line; a
 * hard-wrapped line ends mid-sentence, so `"One\nstill one."` stays whole),
 * trimming white space at each paragraph's edges and skipping empty ones.
 * `"A\n\nB"` from 0 → p1 [0,1), p2 [3,4); `"A.\nB."` → p1 [0,2), p2 [3,5).
 */
export function splitParagraphs(text: string, bodyStart: number): Paragraph[] {
  const out: Paragraph[] = [];
  const nextLineBreak = lineBreakSearch(text);
  const push = (from: number, to: number) => {
    const [start, end] = trimRange(text, from, to);
    if (start >= end) return;
    let at = start;
    for (let lineBreak = nextLineBreak(start); lineBreak >= 0 && lineBreak < end; ) {
      const cut = sentenceLineBreak(text, start, end, lineBreak);
      if (cut) {
        out.push({ id: `p${out.length + 1}`, start: at, end: cut[0] });
        at = trimRange(text, cut[1], end)[0];
      }
      lineBreak = nextLineBreak(cut ? cut[1] : lineBreak + 1);
    }
    out.push({ id: `p${out.length + 1}`, start: at, end });
  };
  const blank = new BlankLines(text);
  let from = bodyStart;
  while (blank.find(from)) {
    push(from, blank.start);
    from = blank.end;
  }
  push(from, text.length);
  return out;
}

/** Second stage: paragraphs of the body, ids p1, p2, … in text order. */
export const paragraphs: Stage = {
  name: 'paragraphs',
  run: (analysis) => ({ ...analysis, paragraphs: splitParagraphs(analysis.text, analysis.article.bodyStart) }),
};
