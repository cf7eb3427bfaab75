import { isAccordingTo } from './attributionPatterns';
import type { Word } from './words';

/**
 * Whether the name at word k follows "according to" (and "the"): "According to the National Audit Office, …"
 * names a source the text goes on to quote, and a later "the office warned" means it.
 */
export function afterAccordingTo(ws: readonly Word[], k: number): boolean {
  const at = ws[k - 1]?.key === 'the' ? k - 3 : k - 2;
  return at >= 0 && isAccordingTo(ws, at);
}
