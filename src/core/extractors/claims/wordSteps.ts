import { AUXILIARIES } from '../../lexicon/reportingVerbs';
import { isTrimSpace } from '../../charCodes';
import { hasWordAt, wordTable } from './wordTable';

/** A letter, or an apostrophe inside a word ("don't"). */
export const isWordChar = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 0x2019;

/** Where the white space from `at` ends: the next word's start. */
export function skipSpaces(seg: string, at: number): number {
  while (at < seg.length && isTrimSpace(seg.charCodeAt(at))) at++;
  return at;
}

/** Where the word starting at `at` ends; `at` itself when no word starts there. */
export function wordEnd(seg: string, at: number): number {
  while (at < seg.length && isWordChar(seg.charCodeAt(at))) at++;
  return at;
}

const AUXILIARY_WORDS = wordTable(AUXILIARIES);

/** Whether the word at [start, end) is an auxiliary ("were", "has", "didn't"): after "that", it opens a relative clause. */
export const isAuxiliary = (seg: string, start: number, end: number): boolean => hasWordAt(seg, start, end, AUXILIARY_WORDS);
