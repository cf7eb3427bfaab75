/**
 * The model's bucket weights as stored in lexicon/claimWeights.json: the
 * trainer rounds each weight to 1/scale, so a bucket is the small integer
 * round(w × scale) − min, `bits` wide, and the buckets are those integers end to
 * end, most significant bit first, written 6 bits a character in the base64
 * alphabet (the same text as standard base64 of the packed bytes, padding
 * dropped). 16,384 buckets of 9 bits are 24,576 characters where a JSON list
 * of decimals took 73 KB of the engine bundle. [0.5, -0.25, 0] at scale 100 →
 * min -25, bits 7, integers 75 0 25.
 */
export interface PackedBuckets {
  readonly count: number;
  readonly scale: number;
  readonly min: number;
  readonly bits: number;
  readonly data: string;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The weights, which must each be a whole number of 1/scale, packed; throws on any other weight, which could not round-trip. */
export function packBuckets(weights: readonly number[], scale: number): PackedBuckets {
  const steps = weights.map((w) => {
    const step = Math.round(w * scale);
    if (step / scale !== w) throw new Error(`bucket weight ${w} is not a whole number of 1/${scale}`);
    return step;
  });
  const min = Math.min(0, ...steps);
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(...steps, 0) - min + 1)));
  let data = '';
  let acc = 0;
  let held = 0;
  for (const step of steps) {
    // fewer than 6 bits held before: acc stays below 2^(bits + 6), exact in a double for any width up to 47
    acc = acc * 2 ** bits + (step - min);
    held += bits;
    for (; held >= 6; held -= 6) {
      const top = Math.floor(acc / 2 ** (held - 6));
      data += ALPHABET[top];
      acc -= top * 2 ** (held - 6);
    }
  }
  if (held) data += ALPHABET[acc * 2 ** (6 - held)];
  return { count: weights.length, scale, min, bits, data };
}

/** The weights packBuckets packed, each the very double it was: (min + integer) / scale. */
export function unpackBuckets(p: PackedBuckets): Float64Array {
  const out = new Float64Array(p.count);
  const sixes = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) sixes[ALPHABET.charCodeAt(i)] = i;
  let acc = 0;
  let held = 0;
  let c = 0;
  for (let i = 0; i < p.count; i++) {
    for (; held < p.bits; held += 6) acc = acc * 64 + sixes[p.data.charCodeAt(c++)];
    held -= p.bits;
    const step = Math.floor(acc / 2 ** held);
    acc -= step * 2 ** held;
    out[i] = (p.min + step) / p.scale;
  }
  return out;
}
