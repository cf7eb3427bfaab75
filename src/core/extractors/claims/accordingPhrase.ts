import { ACCORDING_TO_PHRASES } from '../../lexicon/reportingCues';
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { isTrimSpace } from '../../charCodes';
import { leadHits, leadingWords } from './cueAnchors';
import { lexiconsOf } from './leadWords';

/** One unit of a source: no clause mark, but a title's stop may stand inside ("according to Ms. Lee"). */
const SOURCE_UNIT = `(?:[^,;:.]|\\b(?:${[...TITLE_ABBREVIATIONS].join('|')})\\.(?=\\s))`;
/** An according-to phrase opening the frame ("According to the ministry, …") or closing it; its source in group 1. */
export const ACCORDING_FIRST = new RegExp(`^[\\s,;]*(?:${ACCORDING_TO_PHRASES.join('|')})\\s+(${SOURCE_UNIT}{1,80}?)\\s*(?:,|$)`, 'i');
export const ACCORDING_LAST = new RegExp(`[\\s,;]*\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s+(${SOURCE_UNIT}{1,80}?)[\\s.,;]*$`, 'i');
/** Whether an according-to phrase occurs at all: the anchored regexes above cost a try at every position. */
const ACCORDING_ANY = new RegExp(`\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s`, 'i');
/** Whether text unit t matches phrase unit c (lower-case ASCII) as a non-unicode `i` regex reads them: only letters fold. */
const sameUnit = (c: number, t: number): boolean => (c >= 97 && c <= 122 ? (t | 32) === c : t === c);

/**
 * Whether an according-to phrase and then white space stand at `at`, what
 * /(?:according to|as per|…)\s/iy tells there, read without the regex: most
 * "as" and "in" are not the phrase's. ASCII letters fold; a space is a space.
 */
function accordingAt(seg: string, at: number): boolean {
  for (const phrase of ACCORDING_TO_PHRASES) {
    let k = 0;
    while (k < phrase.length && sameUnit(phrase.charCodeAt(k), seg.charCodeAt(at + k))) k++;
    if (k === phrase.length && isTrimSpace(seg.charCodeAt(at + k))) return true;
  }
  return false;
}
/** Their first words ("according", "as", …): ACCORDING_ANY can match only where one of them is a whole run of `\w`. */
const ACCORDING_LEADS = leadingWords(ACCORDING_TO_PHRASES.map((p) => /^\w+/.exec(p)?.[0] ?? ''));

/** ACCORDING_ANY.test(seg), tried only at the leading words instead of at every position: most "as" and "in" open no such phrase. */
export function mayBeAccording(seg: string): boolean {
  if (ACCORDING_LEADS < 0) return ACCORDING_ANY.test(seg);
  const hits = leadHits(seg);
  const bit = 1 << ACCORDING_LEADS;
  if (!(hits.lexicons & bit)) return false;
  for (let k = 0; k < hits.count; k++) {
    if (!(lexiconsOf(hits.wordIds[k]) & bit)) continue;
    if (accordingAt(seg, hits.starts[k])) return true;
  }
  return false;
}
