/**
 * The model's bucket weights as stored in lexicon/claimWeights.json. The
 * trainer rounds each weight to 1/scale, so a bucket is the integer
 * round(w × scale), and a few hundred integers fill all 16,384 buckets, some
 * far more often than others: each is written as its canonical Huffman code
 * (the commonest shortest), the codes end to end, most significant bit first,
 * 6 bits a character in the base64 alphabet (the same text as standard base64
 * of the packed bytes, padding dropped). `symbols` lists the integers by code
 * length, then by value, and `lengths[k]` says how many codes are k + 1 bits
 * long. About 7.5 bits a bucket: 21 KB of the engine bundle where a JSON list
 * of decimals took 73 KB. [0.5, 0.5, -0.25] at scale 100 → symbols [-25, 50],
 * lengths [2], codes 1 1 0.
 */
export interface PackedBuckets {
  readonly count: number;
  readonly scale: number;
  readonly symbols: readonly number[];
  readonly lengths: readonly number[];
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
  const depth = codeLengths(steps);
  const symbols = [...depth.keys()].sort((a, b) => depth.get(a)! - depth.get(b)! || a - b);
  const lengths = new Array<number>(Math.max(0, ...depth.values())).fill(0);
  for (const s of symbols) lengths[depth.get(s)! - 1]++;
  // canonical codes: consecutive within a length, doubled from one length to the next
  const codes = new Map<number, number>();
  let code = 0;
  let k = 0;
  for (const n of lengths) {
    for (let i = 0; i < n; i++) codes.set(symbols[k++], code++);
    code *= 2;
  }
  const bits = new BitWriter();
  for (const s of steps) bits.write(codes.get(s)!, depth.get(s)!);
  return { count: weights.length, scale, symbols, lengths, data: bits.end() };
}

/** Each integer's Huffman code length; ties broken by value, so that the same weights always pack the same way. */
function codeLengths(steps: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of steps) counts.set(s, (counts.get(s) ?? 0) + 1);
  type Node = { count: number; least: number; symbols: number[] };
  let nodes: Node[] = [...counts].map(([s, count]) => ({ count, least: s, symbols: [s] }));
  const depth = new Map<number, number>(nodes.map((n) => [n.least, nodes.length === 1 ? 1 : 0]));
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.count - b.count || a.least - b.least);
    const [a, b] = nodes;
    for (const s of [...a.symbols, ...b.symbols]) depth.set(s, depth.get(s)! + 1);
    nodes = [{ count: a.count + b.count, least: Math.min(a.least, b.least), symbols: [...a.symbols, ...b.symbols] }, ...nodes.slice(2)];
  }
  return depth;
}

class BitWriter {
  private text = '';
  private acc = 0;
  private held = 0;

  write(code: number, length: number): void {
    for (let bit = length - 1; bit >= 0; bit--) {
      this.acc = this.acc * 2 + (Math.floor(code / 2 ** bit) % 2);
      if (++this.held === 6) {
        this.text += ALPHABET[this.acc];
        this.acc = 0;
        this.held = 0;
      }
    }
  }

  end(): string {
    return this.held ? this.text + ALPHABET[this.acc * 2 ** (6 - this.held)] : this.text;
  }
}

/** The weights packBuckets packed, each the very double it was: integer / scale. */
export function unpackBuckets(p: PackedBuckets): Float64Array {
  const out = new Float64Array(p.count);
  const sixes = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) sixes[ALPHABET.charCodeAt(i)] = i;
  let c = 0;
  let six = 0;
  let held = 0;
  for (let i = 0; i < p.count; i++) {
    // canonical decoding: `code` read so far, `first` code and `index` of the first symbol of its length
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 0; len < p.lengths.length; len++) {
      if (held === 0) {
        six = sixes[p.data.charCodeAt(c++) & 127];
        held = 6;
      }
      code |= (six >> --held) & 1;
      const n = p.lengths[len];
      if (code - first < n) {
        out[i] = p.symbols[index + code - first] / p.scale;
        break;
      }
      index += n;
      first = (first + n) * 2;
      code *= 2;
    }
  }
  return out;
}
