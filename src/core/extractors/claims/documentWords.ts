import { codeUnits, startUnits } from './codeUnits';
import { LeadHitList } from './leadHitList';
import { isWord, lengthOf, lexiconsOf, wordAt } from './leadWords';

/** The registered words of the whole document, and the last slice taken of it. */
const index = new LeadHitList();
let windowText: string | null = null;
let windowOffset = 0;
/** The first hit of the last slice looked up: the stage takes its slices in text order, mostly. */
let near = 0;
/** Steps tried forward from `near` before halving the rest. */
const NEAR = 4;

/**
 * The first of the first `count` ascending `starts` not below `o`, begun at
 * `hint`, where most slices' first hits are; any hint gives the same answer.
 * firstHitFrom([0, 4, 9], 3, 5, 1) → 2.
 */
export function firstHitFrom(starts: Int32Array, count: number, o: number, hint: number): number {
  let lo = 0;
  let hi = count;
  if (hint <= count && (hint === 0 || starts[hint - 1] < o)) {
    for (let k = hint; k < hint + NEAR; k++) if (k === count || starts[k] >= o) return k;
    lo = hint + NEAR;
  } else if (hint <= count) hi = hint - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the registered words of a whole document once, so that the slices the
 * stage takes of it (sliceWords) need no scan of their own. Rescans on every call.
 */
export function indexWords(doc: string): void {
  startUnits(doc);
  index.scan(doc);
  windowText = null;
  near = 0;
}

/** doc.slice(start, end), remembered as part of the indexed document when `doc` is it. */
export function sliceWords(doc: string, start: number, end: number): string {
  const text = doc.slice(start, end);
  windowText = index.holds(doc) ? text : null;
  windowOffset = start;
  return text;
}

/**
 * Fills `hits` with those of `text` from the document's when `text` is the
 * last slice taken of it; false otherwise. Only a word the slice cuts is spelled
 * again: "needed" cut to "ed" may be a word of its own.
 */
export function hitsFromDocument(text: string, hits: LeadHitList): boolean {
  const doc = index.text;
  if (text !== windowText || doc === null || !index.holds(doc)) return false;
  const o = windowOffset;
  const end = o + text.length;
  const units = codeUnits(doc);
  hits.reset(text);
  let k = (near = firstHitFrom(index.starts, index.count, o, near));
  let from = o;
  if (o > 0 && o < end && isWord(doc.charCodeAt(o - 1)) && isWord(doc.charCodeAt(o))) {
    // the slice opens inside a word: its first word is that word's tail
    while (from < end && isWord(doc.charCodeAt(from))) from++;
    hits.push(0, wordAt(units, o, from));
  }
  // a word of the document runs past the slice only when the slice closes inside it
  const cutsEnd = end > from && end < doc.length && isWord(doc.charCodeAt(end - 1)) && isWord(doc.charCodeAt(end));
  // room for every whole word of the slice and the one it may cut at its end, written without push's check
  hits.reserve(hits.count + ((end - from) >> 1) + 2);
  const { starts, wordIds, mayOpen } = hits;
  let n = hits.count;
  let lexicons = hits.lexicons;
  for (; k < index.count && index.starts[k] < end; k++) {
    const start = index.starts[k];
    if (start < from) continue;
    const w = index.wordIds[k];
    if (cutsEnd && start + lengthOf(w) > end) break;
    // the document's white space and letter after the word are the slice's, or lie past its end where no cue matches
    starts[n] = start - o;
    wordIds[n] = w;
    mayOpen[n++] = index.mayOpen[k];
    lexicons |= lexiconsOf(w);
  }
  hits.count = n;
  hits.lexicons = lexicons;
  if (cutsEnd) {
    // the slice closes inside a word: its last word is that word's head
    let start = end - 1;
    while (start > from && isWord(doc.charCodeAt(start - 1))) start--;
    hits.push(start - o, wordAt(units, start, end));
  }
  return true;
}
