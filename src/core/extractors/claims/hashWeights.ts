import { START, readToken, token } from './hashedTokens';

/** What hashWeights found: the sum of the first `count` bucket weights, and `count`. */
export class HashWeights {
  sum = 0;
  count = 0;
}

/** A model's bucket weights as hashWeights reads them (see CompiledModel). */
export interface BucketTable {
  readonly index: Uint8Array;
  readonly weights: Float64Array;
  readonly buckets: Float64Array;
}
/** index[b] of a bucket whose weight only `buckets` holds. */
export const RARE = 255;

/**
 * The bucket weights of hashInto's hashes of the code units [from, to) of a
 * text (see codeUnits), summed in their order as they are made, so that no
 * hash is stored: `weights[index[h & mask]]` weighs hash h (`buckets[h & mask]`
 * where the index says RARE), `index.length` a power of two. "Taxes rose" →
 * the weights of "taxes", "<s> taxes", "rose", "taxes rose", count 4.
 */
export function hashWeights(units: Uint16Array, from: number, to: number, table: BucketTable, into: HashWeights): HashWeights {
  // hashInto keeps at most (to - from) + 2 hashes
  const cap = to - from + 2;
  const { index, weights, buckets } = table;
  const mask = index.length - 1;
  let n = 0;
  let sum = 0;
  let previous = START;
  for (let i = from; (i = readToken(units, i, to, previous)) >= 0; ) {
    // the signed hash has the unsigned one's low bits
    if (n < cap) {
      const b = token.word & mask;
      const place = index[b];
      sum += place !== RARE ? weights[place] : buckets[b];
    }
    if (n + 1 < cap) {
      const b = token.pair & mask;
      const place = index[b];
      sum += place !== RARE ? weights[place] : buckets[b];
    }
    n += 2;
    previous = token.word;
  }
  into.sum = sum;
  into.count = Math.min(n, cap);
  return into;
}
