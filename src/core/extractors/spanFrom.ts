import { spanAt } from './spanAt';

/**
 * spanAt(spans, at) for offsets read mostly in increasing order: steps on from
 * `hint`, an earlier answer, rather than searching all spans again.
 * `[{start:0},{start:5},{start:9}]`, 7 from 0 → 1.
 */
export function spanFrom(spans: readonly { readonly start: number }[], at: number, hint: number): number {
  if (hint >= spans.length || spans[hint].start > at) return spanAt(spans, at);
  let k = hint;
  while (k + 1 < spans.length && spans[k + 1].start <= at) k++;
  return k;
}
