import { AUXILIARIES } from '../../lexicon/reportingVerbs';
import { isTrimSpace } from '../../charCodes';
import type { CueMatch } from './cuePattern';
import { hasWordAt, wordTable } from './wordTable';

/**
 * Words before a bare verb that make it no statement of its subject's: "could predict that",
 * "did not expect that", "to forecast that". "has projected that" is one.
 */
const UNASSERTED = wordTable(
  new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'never', 'to']),
  new Set([...AUXILIARIES].filter((w) => w.endsWith("n't") || w.endsWith('n\u2019t'))),
);
/** An auxiliary right after "that" makes it the relative of a noun: "new projects that were approved". */
const AFTER_RELATIVE = wordTable(AUXILIARIES);

/** A letter, or an apostrophe inside a word ("don't"). */
const isWordChar = (c: number): boolean => ((c | 32) >= 97 && (c | 32) <= 122) || c === 39 || c === 0x2019;

/**
 * Whether a reporting phrase that ends on "that" ("expects that", "projects that") hands over to
 * a clause its subject asserts; any other reporting verb passes. "She expects that rents …" → true;
 * "projects that were approved", "could not predict that" → false.
 */
export function thatFrameHolds(seg: string, m: CueMatch): boolean {
  const end = m.index + m[0].length;
  // the phrase's last four letters: most reporting verbs end otherwise and pass at once
  if (end < 5 || (seg.charCodeAt(end - 1) | 32) !== 116 || (seg.charCodeAt(end - 4) | 32) !== 116 || !isTrimSpace(seg.charCodeAt(end - 5))) return true;
  let s = end;
  while (s < seg.length && isTrimSpace(seg.charCodeAt(s))) s++;
  let e = s;
  while (e < seg.length && isWordChar(seg.charCodeAt(e))) e++;
  if (hasWordAt(seg, s, e, AFTER_RELATIVE)) return false;
  let b = m.index;
  while (b > 0 && isTrimSpace(seg.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > 0 && isWordChar(seg.charCodeAt(a - 1))) a--;
  return !hasWordAt(seg, a, b, UNASSERTED);
}
