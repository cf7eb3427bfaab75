import type { Analysis, Warning } from './model';

/**
 * The analysis with nothing found: where every pipeline run starts, and what
 * the extension shows for text the engine is not run on. It sits in its own
 * file so the extension bundle can build one without loading the engine.
 * emptyAnalysis('x', [{ code: 'not-text', message: '…' }]) → { text: 'x', quotes: [], …, warnings: [that one] }
 */
export function emptyAnalysis(text: string, warnings: readonly Warning[] = []): Analysis {
  return {
    text,
    article: { date: null, title: null, bodyStart: 0, dateline: null, headline: null, referenceDate: null },
    paragraphs: [],
    sentences: [],
    entities: [],
    quotes: [],
    figures: [],
    dates: [],
    claims: [],
    warnings,
  };
}
