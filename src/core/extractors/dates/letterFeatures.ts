import { spells } from './anchorWords';
import { ANY_MONTH, UNIT_WORD, WEEKDAY } from './chronoFeatures';

/**
 * The features made of letters alone, told exactly by the three letters each
 * word starts with, read as possibleFeatures' pass steps over a window: the
 * regexes of ANY_MONTH (`jan|feb|…`), WEEKDAY (`sun|mon|…|weekend|weekday`)
 * and UNIT_WORD (`second|minute|…|year`) need not run on it.
 */

/** What a run of three letters may start, by its code (five bits a letter, as `letterCode` gives them). */
const MONTH_START = 1;
const DAY_NAME = 2;
/** A unit word's first three letters: the word is checked whole. */
const UNIT_START = 4;
/** `wee`: `week` is a unit, `weekend` and `weekday` name days. */
const WEE = 8;
const STARTS = new Uint8Array(1 << 15);
/** The unit word that the three letters of a code start, as its index in UNITS plus one. */
const UNIT_OF = new Uint8Array(1 << 15);
const UNITS = ['second', 'minute', 'hour', 'day', 'month', 'quarter', 'year'];

/** A lower-case ASCII letter's code, 1 to 26: `a` → 1. */
const letterOf = (c: number): number => (c | 32) - 96;
const codeOf = (word: string): number => (letterOf(word.charCodeAt(0)) << 10) | (letterOf(word.charCodeAt(1)) << 5) | letterOf(word.charCodeAt(2));
for (const m of ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']) STARTS[codeOf(m)] |= MONTH_START;
for (const d of ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']) STARTS[codeOf(d)] |= DAY_NAME;
UNITS.forEach((u, k) => {
  STARTS[codeOf(u)] |= UNIT_START;
  UNIT_OF[codeOf(u)] = k + 1;
});
STARTS[codeOf('wee')] |= WEE;

/**
 * The features of the three letters window[at - 2, at], whose code is
 * `code`, and of the words they start: `mon` in `Monday` → WEEKDAY; in `months` → WEEKDAY and UNIT_WORD.
 */
export function lettersAt(window: string, at: number, code: number): number {
  const starts = STARTS[code];
  if (starts === 0) return 0;
  let found = 0;
  if (starts & MONTH_START) found |= ANY_MONTH;
  if (starts & DAY_NAME) found |= WEEKDAY;
  const p = at - 2;
  if (starts & UNIT_START) {
    const unit = UNITS[UNIT_OF[code] - 1];
    if (spells(window, p, p + unit.length, unit)) found |= UNIT_WORD;
  }
  if (starts & WEE) {
    if (spells(window, p, p + 4, 'week')) found |= UNIT_WORD;
    if (spells(window, p, p + 7, 'weekend') || spells(window, p, p + 7, 'weekday')) found |= WEEKDAY;
  }
  return found;
}

/** The features lettersAt tells exactly: held where it finds them, and nowhere else. */
export const LETTER_FEATURES = ANY_MONTH | WEEKDAY | UNIT_WORD;

/** The code of three letters with `c` the last: `code` is the one of the letters before it, 0 after anything else. */
export const nextCode = (code: number, c: number): number => ((code << 5) | letterOf(c)) & 0x7fff;

/** Whether `c` is an ASCII letter; NaN, past the end, is none. */
export function isLetter(c: number): boolean {
  const l = letterOf(c);
  return l >= 1 && l <= 26;
}
