import { START, readToken, token } from './hashedTokens';

/** What hashWeights found: the sum of the first `count` bucket weights, and `count`. */
export class HashWeights {
  sum = 0;
  count = 0;
}

/**
 * The bucket weights of hashInto's hashes of the code units [from, to) of a
 * text (see codeUnits), summed in their order as they are made, so that no
 * hash is stored: `weights[index[h & mask]]` weighs hash h, `index.length` a
 * power of two. "Taxes rose" → the weights of "taxes", "<s> taxes", "rose",
 * "taxes rose", count 4.
 */
export function hashWeights(
  units: Uint16Array,
  from: number,
  to: number,
  index: Uint16Array | Uint32Array,
  weights: Float64Array,
  into: HashWeights,
): HashWeights {
  // hashInto keeps at most (to - from) + 2 hashes
  const cap = to - from + 2;
  const mask = index.length - 1;
  let n = 0;
  let sum = 0;
  let previous = START;
  for (let i = from; (i = readToken(units, i, to, previous)) >= 0; ) {
    // the signed hash has the unsigned one's low bits
    if (n < cap) sum += weights[index[token.word & mask]];
    if (n + 1 < cap) sum += weights[index[token.pair & mask]];
    n += 2;
    previous = token.word;
  }
  into.sum = sum;
  into.count = Math.min(n, cap);
  return into;
}
