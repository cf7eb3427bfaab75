import type { Analysis } from '../core/model';

/**
 * An analysis with nothing found and one warning, for text the engine is not
 * run on (binary content) or failed on; built here so the extension bundle
 * never loads the engine. ("\u0089PNG…", 'not-text', "…") → { text, warnings: [{ code: 'not-text' }] }.
 */
export function emptyAnalysis(text: string, code: string, message: string): Analysis {
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
    warnings: [{ code, message }],
  };
}
