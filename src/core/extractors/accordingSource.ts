import { isAccordingTo } from './attributionPatterns';
import type { Word } from './words';

/**
 * Whether the name at words [k, to], closing its phrase, follows "according to" (and "the"): "According to the National Audit Office, …"
 * names a source the text goes on to quote, and a later "the office warned" means it.
 */
export function afterAccordingTo(ws: readonly Word[], k: number, to: number): boolean {
  // "according to the FBI summary": a name that qualifies a noun is no source of its own.
  if (ws[to + 1] !== undefined && !ws[to + 1].punct) return false;
  const at = ws[k - 1]?.key === 'the' ? k - 3 : k - 2;
  return at >= 0 && isAccordingTo(ws, at);
}
