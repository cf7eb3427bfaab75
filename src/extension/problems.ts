import type { Analysis } from '../core/model';
import { isUnresolved } from '../core/hover/dateHover';
import type { Settings } from './settings';

export interface Problem {
  readonly start: number;
  readonly end: number;
  readonly code: 'quote-without-speaker' | 'unbalanced-quote' | 'unresolved-date';
  readonly severity: 'warning' | 'information';
  readonly message: string;
}

/**
 * What the Problems view lists for an analysis, each kind switchable:
 * a speech quote nobody is credited with, a quotation mark never closed, a
 * relative date left unresolved because there is no dateline.
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
  if (on.unresolvedDate) {
    for (const d of analysis.dates) {
      if (d.relative && (isUnresolved(d) || !analysis.article.referenceDate)) {
        found.push({ start: d.start, end: d.end, code: 'unresolved-date', severity: 'warning', message: `“${d.text}” is relative but the article has no dateline to resolve it against.` });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
