import { ADVERBIAL_OPENERS, AMOUNT_OBJECT_VERBS, NOT_PARTICIPLES, OBJECT_VERBS, TOPIC_PREPOSITIONS } from '../../lexicon/claimFrameWords';
import { ARTICLES_AND_POSSESSIVES, INDEFINITE_PRONOUNS } from '../../lexicon/pronouns';
import { SMALL_NUMBERS, TENS } from '../../lexicon/numberWords';
import { isTrimSpace } from '../../charCodes';
import { frameOnlyAt } from './frameOnly';
import { wordsUpTo } from './spanText';
import { hasWordAt, wordTable } from './wordTable';

const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isLetter = (c: number): boolean => isLower(c | 32);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Where the white space and commas from `at` end. */
function skipGap(seg: string, at: number): number {
  while (at < seg.length && (seg.charCodeAt(at) === 44 || isTrimSpace(seg.charCodeAt(at)))) at++;
  return at;
}
/** Whether a comma stands in [from, to) of the segment. */
function commaIn(seg: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (seg.charCodeAt(k) === 44) return true;
  return false;
}
/** The end of the run of letters from `at`. */
export function wordEnd(seg: string, at: number): number {
  while (at < seg.length && isLetter(seg.charCodeAt(at))) at++;
  return at;
}

/**
 * Where a participle that goes on with a frame ends (`, referring to …`,
 * `, sitting at …`), read at `at`, or -1: lower-case, ending in -ing, set off
 * by a comma. Without one the word opens the reported clause as its subject:
 * "said spending rose". `participleAt("said, citing data", 4)` → 12.
 */
export function participleAt(seg: string, at: number): number {
  const i = skipGap(seg, at);
  const e = wordEnd(seg, i);
  // "said something about it": a pronoun in -ing opens no clause either, comma or not
  if (!commaIn(seg, at, i) && !hasWordAt(seg, i, e, INDEFINITE_TABLE)) return -1;
  return e - i > 4 && isLower(seg.charCodeAt(i)) && endsInIng(seg, e) && !NOT_PARTICIPLES.has(seg.slice(i, e)) ? e : -1;
}

/** Whether the letters before `e` are a lower-case "ing", read without a slice. */
const endsInIng = (seg: string, e: number): boolean =>
  seg.charCodeAt(e - 1) === 103 && seg.charCodeAt(e - 2) === 110 && seg.charCodeAt(e - 3) === 105;

/** Words that open a description of the speaker after a frame, not a new clause: `said X, who …`. */
const ASIDE_WORDS: ReadonlySet<string> = new Set(['who', 'whose', 'which', 'whom', 'where']);
/** Words that open a second clause after the frame: "…, he said, but the board disagreed" holds two claims. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'whereas', 'although', 'though', 'yet', 'so']);

/**
 * Whether the frame's verb at `after` is set off by commas inside one clause:
 * "A longer season, he said, would help …". A short phrase may come before the
 * comma ("said in an interview, …"); what follows must be a clause of at least
 * three words, not a participle or an aside about the speaker.
 */
export function parentheticalAt(seg: string, after: number): boolean {
  let i = after;
  let words = 0;
  for (; i < seg.length; i++) {
    const c = seg.charCodeAt(i);
    // a comma between digits groups a number: "said 40,000 ballots …" has no comma of a frame
    if (c === 44 && !(isDigit(seg.charCodeAt(i - 1)) && isDigit(seg.charCodeAt(i + 1)))) break;
    // a sentence stop, a clause mark or a quote mark ends the frame: no comma to find
    if (c === 46 || c === 59 || c === 58 || c === 34 || c === 0x201c || c === 0x201d || c === 0x2014) return false;
    if (isLetter(c) && (i === after || !isLetter(seg.charCodeAt(i - 1))) && ++words > 6) return false;
  }
  if (i >= seg.length) return false;
  const rest = skipGap(seg, i);
  if (participleAt(seg, i) >= 0) return false;
  const next = seg.slice(rest, wordEnd(seg, rest)).toLowerCase();
  // "said on Tuesday, after a review found …" goes on with the frame's own time
  if (ASIDE_WORDS.has(next) || CLAUSE_JOINERS.has(next) || (words > 0 && ADVERBIAL_OPENERS.has(next))) return false;
  return wordsUpTo(seg, rest, seg.length, 3) >= 3;
}

/** Whether the text after the verb at `after` holds a clause of its own: "said she was leaving", not "said on Monday". */
export function contentAfter(seg: string, after: number): boolean {
  return !frameOnlyAt(seg, after) && participleAt(seg, after) < 0 && wordsUpTo(seg, after, seg.length, 3) >= 3;
}

/**
 * Whether the verb at `after` takes a thing, not a clause: "wrote of his
 * reign", "said of the vote", "announced his engagement" (a verb of
 * publishing, then an article or a possessive). "said the vote was close" → false.
 */
export function objectAfter(seg: string, after: number, verb: string): boolean {
  const i = skipGap(seg, after);
  const e = wordEnd(seg, i);
  // looked up where the word stands: most frames go on with a word of neither kind
  if (hasWordAt(seg, i, e, TOPIC_TABLE)) return !approximates(seg, e);
  // "announced 200 new jobs", "admitted 14 counts": an amount opens an object as an article does
  const key = verb.toLowerCase();
  if (hasWordAt(seg, i, e, ARTICLE_TABLE)) return OBJECT_VERBS.has(key);
  return (OBJECT_VERBS.has(key) || AMOUNT_OBJECT_VERBS.has(key)) && approximates(seg, i);
}
const TOPIC_TABLE = wordTable(TOPIC_PREPOSITIONS);
const INDEFINITE_TABLE = wordTable(INDEFINITE_PRONOUNS);
const ARTICLE_TABLE = wordTable(ARTICLES_AND_POSSESSIVES);

/** Whether a number or an amount of money follows `at`: "said about 2,300 homes" is an amount, not a topic. */
function approximates(seg: string, at: number): boolean {
  const i = skipGap(seg, at);
  const c = seg.charCodeAt(i);
  if ((c >= 48 && c <= 57) || c === 36 || c === 0xa3 || c === 0x20ac) return true;
  const word = seg.slice(i, wordEnd(seg, i)).toLowerCase();
  return SMALL_NUMBERS.has(word) || TENS.has(word) || word === 'half';
}
