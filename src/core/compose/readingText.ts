import { lowerBound } from '../lowerBound';

/**
 * What is rewritten: a paragraph or line separator, a lone carriage return, a run of full-width or Arabic-Indic
 * digits, or a base character and the combining marks after it.
 */
const REWRITTEN = /[\u2028\u2029]|\r(?!\n)|[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]+|\P{M}\p{M}+/gu;
const MAY_REWRITE = /[\p{M}\u2028\u2029\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]|\r(?!\n)/u;
/** The zero of each digit block other than ASCII that a figure may be written in. */
const DIGIT_ZEROS: readonly number[] = [0xff10, 0x0660, 0x06f0];

/** The text the stages read, and the way back to the original's offsets. */
export interface ReadingText {
  readonly text: string;
  /** The original offset of a reading one; inside a rewritten run, a start goes to the run's start and an end to its end. */
  readonly toOriginal: (offset: number, edge: 'start' | 'end') => number;
}

/** `"\u2029"` → a blank line, `"\u2028"` → a line break, `"Jose\u0301"` → "José" (NFC, run by run). */
function rewrite(run: string): string {
  if (run === '\u2029') return '\n\n';
  if (run === '\u2028' || run === '\r') return '\n';
  const zero = DIGIT_ZEROS.find((z) => run.charCodeAt(0) >= z && run.charCodeAt(0) <= z + 9);
  if (zero !== undefined) return String.fromCharCode(...Array.from(run, (c) => 48 + c.charCodeAt(0) - zero));
  return run.normalize('NFC');
}

/**
 * The article as the stages expect to read it, or null when it already is,
 * which is almost every article. Decomposed accents ("Jose" + U+0301, as
 * some PDFs and macOS give text) are composed, so "José" is one word; the
 * Unicode paragraph and line separators (U+2029, U+2028, from some word
 * processors) and the lone carriage returns of old Mac files become the
 * blank line and line break every stage splits on; full-width digits (from
 * East Asian text) and Arabic-Indic ones are read as the digits they are.
 * Nothing else changes: a lone character NFC would also replace (the
 * Ångström sign) is left as written.
 * readingText('Jose\u0301 said') → { text: 'José said', toOriginal: 4 → 5 }
 */
export function readingText(text: string): ReadingText | null {
  if (!MAY_REWRITE.test(text)) return null;
  // each rewritten run: where it starts and ends in the reading text, and in the original
  const runs: { from: number; to: number; origFrom: number; origTo: number }[] = [];
  let out = '';
  let copied = 0;
  for (const m of text.matchAll(REWRITTEN)) {
    const read = rewrite(m[0]);
    if (read === m[0]) continue;
    out += text.slice(copied, m.index);
    runs.push({ from: out.length, to: out.length + read.length, origFrom: m.index, origTo: m.index + m[0].length });
    out += read;
    copied = m.index + m[0].length;
  }
  if (runs.length === 0) return null;
  out += text.slice(copied);
  const starts = runs.map((r) => r.from);
  const toOriginal = (offset: number, edge: 'start' | 'end') => {
    const i = lowerBound(starts, offset + 1) - 1; // the last run starting at or before offset
    if (i < 0) return offset;
    const run = runs[i];
    if (offset >= run.to) return offset + run.origTo - run.to;
    if (offset === run.from) return run.origFrom;
    return edge === 'start' ? run.origFrom : run.origTo;
  };
  return { text: out, toOriginal };
}
