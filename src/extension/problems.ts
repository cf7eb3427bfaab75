import type { Analysis } from '../core/model';
import { isUnresolved } from '../core/hover/dateHover';
import { firstFilledLineSpan } from '../core/segment/dateline';
import type { Settings } from './settings';

export interface Problem {
  readonly start: number;
  readonly end: number;
  readonly code: 'quote-without-speaker' | 'unbalanced-quote' | 'unresolved-date' | 'no-dateline';
  readonly severity: 'warning' | 'information';
  readonly message: string;
}

/**
 * What the Problems view lists for an analysis, each kind switchable:
 * a speech quote nobody is credited with, a quotation mark never closed, a
 * relative date left unresolved (once for the article when it has no dateline).
 */
export function problems(analysis: Analysis, on: Settings['diagnostics']): Problem[] {
  const found: Problem[] = [];
  if (on.quoteWithoutSpeaker) {
    for (const q of analysis.quotes) {
      if (q.kind === 'speech' && !q.speaker && !q.parentId) {
        found.push({ start: q.start, end: q.end, code: 'quote-without-speaker', severity: 'information', message: 'Quote without a speaker: no one is credited with these words.' });
      }
    }
  }
  if (on.unbalancedQuote) {
    const seen = new Set<number>();
    for (const q of analysis.quotes.filter((x) => x.unclosed)) {
      seen.add(q.start);
      found.push({ start: q.start, end: q.start + 1, code: 'unbalanced-quote', severity: 'warning', message: 'Unbalanced quotation mark: this quote is never closed.' });
    }
    for (const w of analysis.warnings) {
      if (w.code === 'unclosed-quote' && w.start !== undefined && !seen.has(w.start)) {
        found.push({ start: w.start, end: w.end ?? w.start + 1, code: 'unbalanced-quote', severity: 'warning', message: `Unbalanced quotation mark: ${w.message}` });
      }
      // a mark the engine set aside: the quote after it was read without it
      if (w.code === 'stray-quote-mark' && w.start !== undefined) {
        found.push({ start: w.start, end: w.end ?? w.start + 1, code: 'unbalanced-quote', severity: 'warning', message: `Unbalanced quotation mark: ${w.message}` });
      }
    }
  }
  if (on.unresolvedDate) found.push(...unresolvedDates(analysis));
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Without a dateline every relative date is unresolved for the same reason, so
 * the article gets one warning on its first line, where the quick fix inserts
 * the dateline; with one, only a date that still could not be resolved is listed.
 * No dateline, "Wednesday" and "last week" → one warning: "2 relative dates (“Wednesday”, “last week”) …".
 */
function unresolvedDates(analysis: Analysis): Problem[] {
  const relative = analysis.dates.filter((d) => d.relative);
  if (analysis.article.referenceDate) {
    return relative.filter(isUnresolved).map((d) => ({
      start: d.start, end: d.end, code: 'unresolved-date', severity: 'warning', message: `“${d.text}” is relative but could not be resolved against the dateline.`,
    }));
  }
  if (relative.length === 0) return [];
  const { start, end } = firstFilledLineSpan(analysis.text);
  const named = relative.slice(0, 3).map((d) => `“${d.text}”`).join(', ') + (relative.length > 3 ? ', …' : '');
  const count = relative.length === 1 ? '1 relative date' : `${relative.length} relative dates`;
  return [{
    start, end, code: 'no-dateline', severity: 'warning',
    message: `No dateline: ${count} (${named}) cannot be resolved. Add "date YYYY-MM-DD " before the first line.`,
  }];
}
