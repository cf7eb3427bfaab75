import { AUXILIARIES } from '../../lexicon/reportingVerbs';
import { isTrimSpace } from '../../charCodes';
import type { CueMatch } from './cuePattern';
import { hasWordAt, wordTable } from './wordTable';
import { isAuxiliary, isWordChar, skipSpaces, wordEnd } from './wordSteps';

/**
 * Words before a bare verb that make it no statement of its subject's: "could predict that",
 * "did not expect that", "to forecast that". "has projected that" is one.
 */
const UNASSERTED = wordTable(
  new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do', 'not', 'never', 'to']),
  new Set([...AUXILIARIES].filter((w) => w.endsWith("n't") || w.endsWith('n\u2019t'))),
);

/**
 * Whether a reporting phrase that ends on "that" ("expects that", "projects that") hands over to
 * a clause its subject asserts; any other reporting verb passes. "She expects that rents …" → true;
 * "projects that were approved", "could not predict that" → false.
 */
export function thatFrameHolds(seg: string, m: CueMatch): boolean {
  const end = m.index + m[0].length;
  // the phrase's last four letters: most reporting verbs end otherwise and pass at once
  if (end < 5 || (seg.charCodeAt(end - 1) | 32) !== 116 || (seg.charCodeAt(end - 4) | 32) !== 116 || !isTrimSpace(seg.charCodeAt(end - 5))) return true;
  const s = skipSpaces(seg, end);
  // an auxiliary right after "that" makes it the relative of a noun: "new projects that were approved"
  if (isAuxiliary(seg, s, wordEnd(seg, s))) return false;
  let b = m.index;
  while (b > 0 && isTrimSpace(seg.charCodeAt(b - 1))) b--;
  let a = b;
  while (a > 0 && isWordChar(seg.charCodeAt(a - 1))) a--;
  if (hasWordAt(seg, a, b, UNASSERTED)) return false;
  return !isFinding(seg, m.index) || findingHolds(seg, a, b, s);
}

/** Verbs of finding and ruling, whose "that" is as often a determiner: "found that action unlawful". */
const FINDINGS = wordTable(new Set(['found', 'finds', 'ruled', 'rules', 'concluded', 'concludes']));
/** Whether the word at `at` is a verb of finding or ruling. */
export const isFinding = (seg: string, at: number): boolean => {
  let e = at;
  while (e < seg.length && isWordChar(seg.charCodeAt(e))) e++;
  return hasWordAt(seg, at, e, FINDINGS);
};

/** Words before the verb that leave it without a subject of its own: ", and found that", "even after a judge ruled that". */
const NO_OWN_SUBJECT = wordTable(
  new Set(['and', 'or', 'but', 'after', 'before', 'when', 'because', 'since', 'until', 'if', 'although', 'though', 'while', 'as', 'once', 'unless', 'who', 'which']),
);
/** Words that open a clause's subject: determiners and pronouns. */
const SUBJECT_OPENERS = wordTable(
  new Set([
    'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'no', 'most', 'many', 'all', 'both', 'each', 'every', 'several', 'few', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'there', 'none', 'neither',
    // a bound or qualifier before a number that opens the subject: "found that only 212,000 homes had"
    'only', 'just', 'nearly', 'almost', 'about', 'around', 'roughly', 'more', 'fewer', 'less', 'over', 'under', 'half', 'one', 'two', 'three',
  ]),
);
/** Most words from "that" to the clause's verb: "that the three ballot boxes had". */
const MAX_TO_VERB = 5;
/** Most words back from the verb to the clause's start that are read for a word leaving it without a subject. */
const MAX_SUBJECT_WORDS = 6;

/** Where the word or the amount ("212,000", "£4.2m", "40%") at `at` ends; `at` when neither starts there. */
function wordOrAmountEnd(seg: string, at: number): number {
  const e = wordEnd(seg, at);
  if (e > at) return e;
  let i = at;
  let digits = false;
  for (let c = seg.charCodeAt(i); i < seg.length && (isDigit(c) || AMOUNT_MARKS.includes(seg[i])); c = seg.charCodeAt(++i)) digits ||= isDigit(c);
  // "m" in "£4.2m" goes on the amount
  return digits ? wordEnd(seg, i) : at;
}
const AMOUNT_MARKS = '.,%£$€';
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Whether a verb of finding at [a, b)'s next word hands over to a clause of its subject's: the
 * verb has a subject of its own (no conjunction or subordinator before it in its clause), and
 * after "that" (at `s`) come a determiner, pronoun, name or number, then a finite verb
 * (an auxiliary or a word in -ed) within a few words.
 */
function findingHolds(seg: string, a: number, b: number, s: number): boolean {
  // back through the subject to a comma or the segment's start
  let words = 0;
  for (let end = b, start = a; end > start && words < MAX_SUBJECT_WORDS; words++) {
    if (hasWordAt(seg, start, end, NO_OWN_SUBJECT)) return false;
    let k = start;
    while (k > 0 && isTrimSpace(seg.charCodeAt(k - 1))) k--;
    if (k === 0 || !isWordChar(seg.charCodeAt(k - 1))) break;
    end = k;
    start = k;
    while (start > 0 && isWordChar(seg.charCodeAt(start - 1))) start--;
  }
  const e = wordEnd(seg, s);
  const c = seg.charCodeAt(s);
  const opens = hasWordAt(seg, s, e, SUBJECT_OPENERS) || (c >= 65 && c <= 90) || isDigit(c) || c === 0xa3 || c === 0x24 || c === 0x20ac;
  if (!opens) return false;
  for (let n = 1, i = e; n <= MAX_TO_VERB; n++) {
    i = skipSpaces(seg, i);
    const j = wordOrAmountEnd(seg, i);
    if (j === i) return false;
    if (isAuxiliary(seg, i, j) || (j - i > 3 && seg.charCodeAt(j - 1) === 100 && seg.charCodeAt(j - 2) === 101)) return true;
    i = j;
  }
  return false;
}
