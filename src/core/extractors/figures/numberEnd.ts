import { isDigitCode, isWordCode } from '../../charCodes';

/**
 * Digits with thousands groups (commas, or spaces only in groups of three),
 * decimals and exponents; read where a digit (or ".5") starts. Only numbers
 * grouped by spaces need it: numberEnd reads the others by hand.
 */
const NUMBER = /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d|,\d)|\d+(?:[.,]\d+)*(?:[eE][-+]?\d+(?!\w))?|\.\d+/y;

/** Where the run of digits from k ends. */
export function digitsEnd(text: string, k: number): number {
  while (isDigitCode(text.charCodeAt(k))) k++;
  return k;
}

/** The spaces that may group thousands: "10 000", "10\u00a0000". */
function isGroupSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/**
 * Where NUMBER, tried at i, ends, or -1 when it does not match there.
 * A run of at most three digits, a space and three digits may be grouped
 * by spaces, and only then is the regex run; any other number is digits,
 * then points or commas each before more digits, then maybe an exponent
 * not followed by a letter or digit. "1,500.5 people" → after "1,500.5";
 * "2.5e6" → after "6"; "2021." → after "2021"; ".5" → after "5".
 */
export function numberEnd(text: string, i: number): number {
  const run = digitsEnd(text, i);
  if (run === i) return text.charCodeAt(i) === 46 && isDigitCode(text.charCodeAt(i + 1)) ? digitsEnd(text, i + 1) : -1;
  if (run - i <= 3 && isGroupSpace(text.charCodeAt(run)) && isDigitCode(text.charCodeAt(run + 1)) && isDigitCode(text.charCodeAt(run + 2)) && isDigitCode(text.charCodeAt(run + 3))) {
    NUMBER.lastIndex = i;
    return NUMBER.test(text) ? NUMBER.lastIndex : -1;
  }
  let k = run;
  for (let c = text.charCodeAt(k); (c === 46 || c === 44) && isDigitCode(text.charCodeAt(k + 1)); c = text.charCodeAt(k)) k = digitsEnd(text, k + 1);
  const e = text.charCodeAt(k);
  if (e !== 101 && e !== 69) return k;
  const sign = text.charCodeAt(k + 1);
  const digits = sign === 43 || sign === 45 ? k + 2 : k + 1;
  const end = digitsEnd(text, digits);
  return end > digits && !isWordCode(text.charCodeAt(end)) ? end : k;
}
