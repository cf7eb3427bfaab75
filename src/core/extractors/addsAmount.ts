import { SMALL_NUMBERS, TENS } from '../lexicon/numberWords';
import { AMOUNT_LEADS } from '../lexicon/claimFrameWords';
import { CURRENCY_SYMBOLS } from '../lexicon/currencies';
import { AUXILIARIES } from '../lexicon/reportingVerbs';
import { isTrimSpace } from '../charCodes';

/** An ASCII letter, either case. */
const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** Where the run of ASCII letters from `at` ends. */
function wordEnd(seg: string, at: number): number {
  while (at < seg.length && isLetter(seg.charCodeAt(at))) at++;
  return at;
}

/** Most words between the amount and its "to": "40 minutes to", "€3 billion in fees to". */
const MAX_AMOUNT_WORDS = 5;
/** Most qualifiers before the amount: "an estimated", "roughly another". */
const MAX_LEADS = 3;

function skipSpace(seg: string, at: number): number {
  while (at < seg.length && isTrimSpace(seg.charCodeAt(at))) at++;
  return at;
}

/** Whether an amount opens at `at`: a digit, a currency symbol or a number word. */
function amountAt(seg: string, at: number): boolean {
  const c = seg.charCodeAt(at);
  if ((c >= 48 && c <= 57) || CURRENCY_SYMBOLS.has(seg.charAt(at))) return true;
  const word = seg.slice(at, wordEnd(seg, at)).toLowerCase();
  return SMALL_NUMBERS.has(word) || TENS.has(word);
}

/**
 * Whether the verb "add" at `at` takes an amount and then "to", which makes
 * it a sum, not speech: "The storm added 40 minutes to the trip" → true;
 * "She added 30 percent of patients would wait" → false (a clause of its own,
 * no "to"); "He added that 40 were hurt" → false.
 */
export function addsAmount(seg: string, at: number): boolean {
  if ((seg.charCodeAt(at) | 32) !== 97 || (seg.charCodeAt(at + 1) | 32) !== 100 || (seg.charCodeAt(at + 2) | 32) !== 100) return false;
  let i = skipSpace(seg, wordEnd(seg, at));
  for (let n = 0; n < MAX_LEADS && isLetter(seg.charCodeAt(i)); n++) {
    const e = wordEnd(seg, i);
    if (!AMOUNT_LEADS.has(seg.slice(i, e).toLowerCase())) break;
    i = skipSpace(seg, e);
  }
  if (!amountAt(seg, i)) return false;
  for (let words = 0; i < seg.length && words <= MAX_AMOUNT_WORDS; words++) {
    // the amount's own characters, then the next word
    while (i < seg.length && !isTrimSpace(seg.charCodeAt(i))) {
      const c = seg.charCodeAt(i);
      if (c === 44 || c === 59 || c === 58) return false;
      i++;
    }
    i = skipSpace(seg, i);
    const e = wordEnd(seg, i);
    const word = seg.slice(i, e).toLowerCase();
    if (word === 'to') return e < seg.length && isTrimSpace(seg.charCodeAt(e));
    if (AUXILIARIES.has(word)) return false;
  }
  return false;
}
