import { FNV_OFFSET, START, inNumber, step } from './hashedTokens';
import { type BucketTable, type HashWeights, RARE } from './hashWeights';
import { CLASS, DIGIT, LATIN, LOWER, MAX_CAPITALS, SPACE, SURFACE, type Surface, UPPER, WORD, yearAt } from './surfaceScan';

const LETTER = UPPER | LOWER;
const APOSTROPHE = 39;
const ZERO = 48;
const SPACE_CODE = 32;

/** What the scorer reads of a claim's characters: surfaceScan's flags, capitals and words, hashWeights' sum and count. */
export interface ClaimScan {
  readonly flags: number;
  readonly capitals: number;
  readonly words: number;
  readonly hashSum: number;
  readonly hashCount: number;
}

/** The weight of hash h in the table (see hashWeights). */
function weightOf(table: BucketTable, mask: number, h: number): number {
  const b = h & mask;
  const place = table.index[b];
  return place !== RARE ? table.weights[place] : table.buckets[b];
}

/**
 * surfaceScan and hashWeights of the code units [from, to) in one pass, so
 * that each word's end is found once instead of twice; false, with `surface`
 * and `hashed` unfinished, when a run of `\w` mixes letters with digits or `_`
 * ("12th", "COVID19"), which the two read differently: the caller then runs both.
 * "Taxes rose 40%." → true, the same Surface and HashWeights the two give.
 */
export function claimScan(units: Uint16Array, from: number, to: number, table: BucketTable, surface: Surface, hashed: HashWeights): boolean {
  const mask = table.index.length - 1;
  // hashWeights keeps at most (to - from) + 2 hashes
  const cap = to - from + 2;
  let flags = 0;
  let capitals = 0;
  let words = 0;
  let seenNonSpace = false;
  let inWord = false;
  let sum = 0;
  let n = 0;
  let previous = START;
  // a number token runs on over ',' and '.' ("1,200.5"): the digit runs before this end are in it already
  let numberUntil = from;
  for (let i = from; i < to; ) {
    const c = units[i];
    let k = CLASS[c];
    if (k & LETTER) {
      const start = i;
      let word = FNV_OFFSET;
      let pair = step(previous, SPACE_CODE);
      do {
        const l = units[i] | 32;
        word = step(word, l);
        pair = step(pair, l);
      } while (++i < to && (k = CLASS[units[i]]) & LETTER);
      if (i < to && k & WORD) return false;
      if (!inWord) {
        words++;
        inWord = true;
      }
      if (i - start >= 5 && (units[i - 1] | 32) === 100 && (units[i - 2] | 32) === 101) flags |= SURFACE.pastSuffix;
      if (capitals < MAX_CAPITALS && CLASS[c] & UPPER && start + 1 < to && CLASS[units[start + 1]] & LOWER && seenNonSpace && start > from && CLASS[units[start - 1]] & SPACE) capitals++;
      seenNonSpace = true;
      // "don't", "it’s": an apostrophe between letters joins them into one token, as readToken reads it
      const a = i + 1 < to ? units[i] : 0;
      if ((a === APOSTROPHE || a === 0x2019) && CLASS[units[i + 1]] & LETTER) {
        // the apostrophe, for the surface: no word character, no space
        if (a === APOSTROPHE) flags |= SURFACE.apostrophe;
        inWord = false;
        word = step(word, APOSTROPHE);
        pair = step(pair, APOSTROPHE);
        const second = ++i;
        do {
          const l = units[i] | 32;
          word = step(word, l);
          pair = step(pair, l);
        } while (++i < to && (k = CLASS[units[i]]) & LETTER);
        if (i < to && k & WORD) return false;
        words++;
        inWord = true;
        if (i - second >= 5 && (units[i - 1] | 32) === 100 && (units[i - 2] | 32) === 101) flags |= SURFACE.pastSuffix;
      }
      if (n < cap) sum += weightOf(table, mask, word);
      if (n + 1 < cap) sum += weightOf(table, mask, pair);
      n += 2;
      previous = word;
      continue;
    }
    if (k & DIGIT) {
      const start = i;
      while (++i < to && (k = CLASS[units[i]]) & DIGIT);
      if (i < to && k & WORD) return false;
      if (!inWord) {
        words++;
        inWord = true;
      }
      flags |= SURFACE.digit | (yearAt(units, start, i) ? SURFACE.year : 0);
      seenNonSpace = true;
      if (start >= numberUntil) {
        numberUntil = i;
        while (numberUntil < to && inNumber(units[numberUntil])) numberUntil++;
        const word = step(FNV_OFFSET, ZERO);
        if (n < cap) sum += weightOf(table, mask, word);
        if (n + 1 < cap) sum += weightOf(table, mask, step(step(previous, SPACE_CODE), ZERO));
        n += 2;
        previous = word;
      }
      continue;
    }
    // `_` opens a run of \w that is no token
    if (k & WORD) return false;
    if (c === 37) flags |= SURFACE.percentSign;
    else if (c === 36 || c === 0x20ac || c === 0xa3) flags |= SURFACE.moneySign;
    else if (c === APOSTROPHE) flags |= SURFACE.apostrophe;
    else if (c === 63) flags |= SURFACE.questionMark;
    if (!(k & SPACE)) seenNonSpace = true;
    if (!(k & LATIN)) inWord = false;
    else if (!inWord) {
      words++;
      inWord = true;
    }
    i++;
  }
  surface.flags = flags;
  surface.capitals = capitals;
  surface.words = words;
  hashed.sum = sum;
  hashed.count = Math.min(n, cap);
  return true;
}
