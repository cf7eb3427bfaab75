import type { Paragraph, Stage } from '../model';
import { trimRange } from './whiteSpace';

/** A blank line: a line break, any white space-only lines, and the next line break. */
const BLANK_LINE = /(?:\r\n|\n|\r)[ \t\f\v\u00a0\u2000-\u200b\u202f\u3000]*(?:\r\n|\n|\r)/g;

/**
 * A single line break after a finished sentence, before a line that starts
 * one: news text set one paragraph a line. A hard-wrapped line ends mid-
 * sentence, so `"One\nstill one."` stays whole.
 */
const LINE_AFTER_SENTENCE = /(?<=[.!?…]["'”’)\]]*)[ \t\u00a0]*(?:\r\n|\n|\r)(?=[ \t\u00a0]*["“‘'(\[]?[\p{Lu}\d])/gu;

/**
 * Splits the body at blank lines, and at line breaks that end a sentence,
 * trimming white space at each paragraph's edges and skipping empty ones.
 * `"A\n\nB"` from 0 → p1 [0,1), p2 [3,4); `"A.\nB."` → p1 [0,2), p2 [3,5).
 */
export function splitParagraphs(text: string, bodyStart: number): Paragraph[] {
  const out: Paragraph[] = [];
  const push = (from: number, to: number) => {
    const [start, end] = trimRange(text, from, to);
    if (start >= end) return;
    // Searching a slice keeps each paragraph's search from running to the text's end.
    const lines = LINE_AFTER_SENTENCE;
    lines.lastIndex = 0;
    const slice = text.slice(start, end);
    let at = start;
    for (let m = lines.exec(slice); m; m = lines.exec(slice)) {
      out.push({ id: `p${out.length + 1}`, start: at, end: start + m.index });
      at = trimRange(text, start + m.index + m[0].length, end)[0];
    }
    out.push({ id: `p${out.length + 1}`, start: at, end });
  };
  const blank = BLANK_LINE;
  blank.lastIndex = bodyStart;
  let from = bodyStart;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
    blank.lastIndex = from;
  }
  push(from, text.length);
  return out;
}

/** Second stage: paragraphs of the body, ids p1, p2, … in text order. */
export const paragraphs: Stage = {
  name: 'paragraphs',
  run: (analysis) => ({ ...analysis, paragraphs: splitParagraphs(analysis.text, analysis.article.bodyStart) }),
};
