import { emptyAnalysis as emptyWith } from '../core/emptyAnalysis';
import type { Analysis } from '../core/model';

/**
 * An analysis with nothing found and one warning, for text the engine is not
 * run on (binary content) or failed on.
 * ("\u0089PNG…", 'not-text', "…") → { text, warnings: [{ code: 'not-text' }] }.
 */
export function emptyAnalysis(text: string, code: string, message: string): Analysis {
  return emptyWith(text, [{ code, message }]);
}
