import { LOWER_CASE_TIME_WORDS } from '../lexicon/temporal';
import type { DateCandidate } from '../extractors/dates/candidate';
import { spelledAmong } from '../extractors/dates/spelledAmong';
import { filtered } from './unchangedOr';

/** By hash, without copying the word: most capitalised words in dates are month and weekday names. */
const IS_TIME_WORD = spelledAmong(LOWER_CASE_TIME_WORDS);

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => isUpper(c) || (c >= 97 && c <= 122);
/** Marks after which a word starts a sentence or a quotation: . ! ? : “ ‘ ( [ and line breaks. */
const OPENERS = new Set([46, 33, 63, 58, 0x201c, 0x2018, 40, 91, 10, 13]);

/** Where the letters of the word at `start` end. */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (isLetter(text.charCodeAt(i))) i++;
  return i;
}

/** The start of the word right before `start`, across spaces only; -1 when punctuation or none stands between. */
function wordBefore(text: string, start: number): number {
  let i = start - 1;
  if (text.charCodeAt(i) !== 32) return text.charCodeAt(i) === 47 && isLetter(text.charCodeAt(i - 1)) ? wordStart(text, i) : -1;
  while (text.charCodeAt(i) === 32) i--;
  return isLetter(text.charCodeAt(i)) ? wordStart(text, i + 1) : -1;
}

function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Does a sentence, a line or a quotation open at the word at `start`? A straight `"` opens when a space or nothing stands before it. */
function opensSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return OPENERS.has(c) || ((c === 34 || c === 39) && (i === 0 || /\s/.test(text.charAt(i - 1))));
}

/** A line in title case: no word of four or more letters starting in lower case ("Marwick Is Now Calling Ashgrove The Culprit"). */
function titleLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  return !/(?:^|[^A-Za-z])[a-z][a-z]{3}/.test(text.slice(from, to < 0 ? text.length : to));
}

/** Is the capitalised time word at [start, end) part of a name: a capitalised word stands next to it, and neither opens the sentence? */
function inName(text: string, start: number, end: number): boolean {
  const before = wordBefore(text, start);
  const caps = end - start > 2 && isUpper(text.charCodeAt(end - 1));
  if (before >= 0 && isUpper(text.charCodeAt(before)) && (!opensSentence(text, before) || (caps && isUpper(text.charCodeAt(wordEnd(text, before) - 1))))) return true;
  if (opensSentence(text, start)) return false;
  let after = end;
  while (text.charCodeAt(after) === 32) after++;
  return (after > end || text.charCodeAt(after) === 47) && isUpper(text.charCodeAt(after === end ? after + 1 : after));
}

/**
 * Drops the dates that are parts of names: a time word written capitalised
 * beside another capitalised word, outside a title-case line.
 * `editor at the Tarbury Daily Courier` → no SET `Daily`; `Today, prices rose` keeps `Today`.
 */
export function dropNameParts(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  return filtered(candidates, (c) => {
    for (let i = c.start; i < c.end; i++) {
      if (!isUpper(text.charCodeAt(i)) || isLetter(text.charCodeAt(i - 1))) continue;
      const end = wordEnd(text, i);
      if (IS_TIME_WORD(text, i, end) && inName(text, i, end) && !titleLine(text, i)) return false;
      i = end;
    }
    return true;
  });
}
