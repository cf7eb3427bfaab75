import type { Article, Span, Stage, Warning } from '../model';

/**
 * ` date 2023-02-13 Headline`: leading white space (and a BOM) allowed, headline optional.
 * Any space between the parts, as text copied from a web page often has a no-break space there.
 */
const DATELINE = /^(\uFEFF?[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*)(date)[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+(\d{4}-\d{2}-\d{2})(?:[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+([^\r\n]*?))?[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]*$/;

export interface ParsedDateline {
  readonly line: Span;
  readonly keyword: Span;
  /** The date as written, even when it is not a real calendar date. */
  readonly dateText: Span;
  /** The ISO date when valid, else null. */
  readonly date: string | null;
  readonly headline: Span | null;
  /** Offset just past the dateline's line break. */
  readonly bodyStart: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date: "2023-02-30" is false. Years before 100
 * are false too, as Date.UTC reads them as 19xx.
 */
export function isValidIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 100 || mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 && leap ? 29 : DAYS_IN_MONTH[mo - 1]);
}

const span = (start: number, s: string): Span => ({ start, end: start + s.length, text: s });

/**
 * Where the first line holding more than spaces and tabs starts, past a BOM: blank lines before a
 * dateline (a file saved with an empty first line) are no part of it. `"\n\n  date …"` → 2.
 */
function firstFilledLine(text: string): number {
  let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (let at = lineStart; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13) lineStart = at + 1;
    else if (c !== 32 && c !== 9) break;
  }
  return lineStart;
}

/**
 * The first line holding more than white space, without its line break: where a
 * dateline belongs when an article has none. `"\nTalks resume\n…"` → [1, 13).
 */
export function firstFilledLineSpan(text: string): { start: number; end: number } {
  const start = firstFilledLine(text);
  return { start, end: lineAt(text, start).end };
}

/** The extent of the line starting at `from`, without its line break (CRLF, LF or CR): a CR can only come before the next LF. */
function lineAt(text: string, from: number): { end: number; next: number } {
  const lf = text.indexOf('\n', from);
  const cr = text.lastIndexOf('\r', lf < 0 ? text.length : lf);
  const end = cr < from ? lf : text.indexOf('\r', from);
  if (end < 0) return { end: text.length, next: text.length };
  return { end, next: end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1) };
}

/**
 * Parses the dateline, or returns null when the first line is not one.
 * `" date 2023-02-13 Talks resume\r\n…"` → date "2023-02-13", headline "Talks resume".
 */
export function parseDateline(text: string): ParsedDateline | null {
  const lineStart = firstFilledLine(text);
  const { end, next } = lineAt(text, lineStart);
  const m = DATELINE.exec(text.slice(lineStart, end));
  if (!m) return null;
  const keywordStart = lineStart + m[1].length;
  const dateStart = text.indexOf(m[3], keywordStart + m[2].length);
  const headlineText = m[4] ?? '';
  const headline = headlineText ? span(text.indexOf(headlineText, dateStart + m[3].length), headlineText) : null;
  const lineEnd = headline ? headline.end : dateStart + m[3].length;
  return {
    line: span(lineStart, text.slice(lineStart, lineEnd)),
    keyword: span(keywordStart, m[2]),
    dateText: span(dateStart, m[3]),
    date: isValidIsoDate(m[3]) ? m[3] : null,
    headline,
    bodyStart: next,
  };
}

/** First stage: the dateline gives the article's date, title and reference date. */
export const dateline: Stage = {
  name: 'dateline',
  run(analysis, options) {
    const parsed = parseDateline(analysis.text);
    const warnings: Warning[] = [];
    if (parsed && !parsed.date) {
      warnings.push({
        code: 'invalid-date',
        message: `The dateline's date ${parsed.dateText.text} is not a calendar date.`,
        start: parsed.dateText.start,
        end: parsed.dateText.end,
      });
    }
    if (!parsed && analysis.text.trim().length > 0) {
      warnings.push({ code: 'no-dateline', message: 'The first line is not a dateline ("date YYYY-MM-DD Headline").' });
    }
    const fallback = options.referenceDate && isValidIsoDate(options.referenceDate) ? options.referenceDate : null;
    // A caller's reference date that is no calendar date is left out, and said so, rather than quietly ignored.
    if (options.referenceDate !== undefined && !fallback) {
      warnings.push({ code: 'invalid-reference-date', message: `The reference date ${JSON.stringify(String(options.referenceDate))} is not a calendar date (YYYY-MM-DD); it is not used.` });
    }
    const article: Article = {
      date: parsed?.date ?? null,
      title: parsed?.headline?.text ?? null,
      bodyStart: parsed ? parsed.bodyStart : analysis.text.charCodeAt(0) === 0xfeff ? 1 : 0,
      dateline: parsed?.line ?? null,
      headline: parsed?.headline ?? null,
      referenceDate: parsed?.date ?? fallback,
    };
    return { ...analysis, article, warnings: [...analysis.warnings, ...warnings] };
  },
};
