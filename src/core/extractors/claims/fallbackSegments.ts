import type { Analysis, Paragraph, Sentence } from '../../model';

/** Titles and short forms whose period does not end a sentence. */
const NO_BREAK_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Sgt|Jr|Sr|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;
/** A sentence end: closing punctuation (and quote marks), then space and a likely opener, or a period glued to a capital after a lower-case word ("Canada.I"). */
const SENTENCE_END = /[.!?]+["'\u201D\u2019)]*(?=\s+["'\u201C\u2018(]?[A-Z0-9])|(?<=[a-z]{2}\.)(?=[A-Z])/g;
const PARAGRAPH_BREAK = /\r?\n[ \t]*(?:\r?\n\s*)+/g;

/** Text extents [start, end) between separators, trimmed of white space, empty ones dropped. */
function pieces(text: string, start: number, end: number, separator: RegExp, keepSeparator: boolean): [number, number][] {
  const out: [number, number][] = [];
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push([a, b]);
  };
  const body = text.slice(start, end);
  let from = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(body); m; m = separator.exec(body)) {
    const cut = keepSeparator ? m.index + m[0].length : m.index;
    if (keepSeparator && NO_BREAK_BEFORE.test(body.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    push(start + from, start + cut);
    from = keepSeparator ? cut : m.index + m[0].length;
    if (m[0].length === 0) separator.lastIndex++;
  }
  push(start + from, end);
  return out;
}

/**
 * Paragraphs and sentences for when the segment stages left none, so that
 * claims still work on their own: "A b c. D e f." → two sentences.
 * The real stages win whenever they produced anything.
 */
export function withSegments(analysis: Analysis): Analysis {
  if (analysis.sentences.length > 0) return analysis;
  const { text } = analysis;
  const paragraphs: readonly Paragraph[] =
    analysis.paragraphs.length > 0
      ? analysis.paragraphs
      : pieces(text, analysis.article.bodyStart, text.length, PARAGRAPH_BREAK, false).map(([start, end], i) => ({
          id: `p${i + 1}`,
          start,
          end,
        }));
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    for (const [start, end] of pieces(text, p.start, p.end, SENTENCE_END, true)) {
      sentences.push({ id: `s${sentences.length + 1}`, start, end, paragraphId: p.id });
    }
  }
  return { ...analysis, paragraphs, sentences };
}
