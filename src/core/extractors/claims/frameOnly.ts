import { isTrimSpace, isWordCode } from '../../charCodes';
import { lettersAt } from './phraseLeads';
import { WEEKDAYS } from '../../lexicon/temporal';

/**
 * Words that open the rest of a frame that has no content: "said at a press conference", "said in a statement.",
 * "wrote for the majority." (a clause after such a phrase comes with its "that", read before this list is).
 */
const FRAME_WORDS = byFirst([
  'at', 'in', 'into', 'on', 'onto', 'during', 'ahead', 'after', 'afterwards', 'before', 'beforehand', 'to', 'toward', 'towards', 'from', 'for',
  'via', 'while', 'when', 'amid', 'outside', 'inside', 'including', 'over the phone', 'by phone', 'by telephone',
]);
/** Adverbs of time or addition between a reporting verb and what was said: "said today the plan will pass", "say, too, that". */
const ADVERBS = byFirst(['earlier', 'later', 'yesterday', 'today', 'tonight', 'tomorrow', 'again', 'too', 'also', 'now', 'recently', 'instead']);

/** Words (lower case) by the code of their first letter, each group in list order: a look-up reads only the words that can match. */
type ByFirst = readonly (readonly string[] | undefined)[];
function byFirst(words: readonly string[]): ByFirst {
  const out: string[][] = [];
  for (const w of words) (out[w.charCodeAt(0)] ??= []).push(w);
  return out;
}

/** The length of the first word of `words` standing whole at `i`, or 0: "in" opens "in a statement", not "inflation". */
function wordAt(text: string, i: number, words: ByFirst): number {
  // the first letter as lettersAt folds it; a word never opens on anything else
  const group = words[text.charCodeAt(i) | 32];
  if (!group) return 0;
  for (let k = 0; k < group.length; k++) if (lettersAt(text, i, group[k]) && !isWordCode(text.charCodeAt(i + group[k].length))) return group[k].length;
  return 0;
}

function skipCommasAndSpace(text: string, i: number): number {
  while (i < text.length && (text.charCodeAt(i) === 44 || isTrimSpace(text.charCodeAt(i)))) i++;
  return i;
}

/** A lower-case word in -ing of five letters or more at `i`: after an adverb it goes on with the frame, "said also alluding to …". */
function ingWordAt(text: string, i: number): boolean {
  let e = i;
  while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
  return e - i > 4 && !isWordCode(text.charCodeAt(e)) && text.endsWith('ing', e);
}

/** After an adverb, what a verb was about, not a clause: "wrote recently about a student", "said again what he said before". */
const AFTER_ADVERB = byFirst(['about', 'of', 'what']);
/** The nouns of "say one thing", "say one final word": the verb takes a thing, and the clause, if any, comes later. */
const ONE_THING = byFirst(['thing', 'word', 'point', 'comment', 'example', 'quick']);
/** "that, and not his candidacy, was": a demonstrative, not the conjunction. */
const JOINERS = byFirst(['and', 'or', 'but']);

/** A phrase of time or manner opening with "for", read like an adverb: "for weeks", "for the first time", "for the record". */
const FOR_TIME = /for\s+(?:the\s+(?:record|(?:first|second|third|last)\s+time)|(?:days|weeks|months|years|decades|now|a\s+while|a\s+long\s+time))\b[\s,]*/iy;

/** Full weekday names: "on Fri" is rare in prose and "on Sun" may be a newspaper. */
const DAYS = byFirst(Object.keys(WEEKDAYS).filter((d) => d.length > 5));

/**
 * Where the clause after "on <weekday> " starts, at `i`, or -1: only a day followed by a space and a
 * word that is no frame word of its own ("on Friday at a rally", "on Friday, adding" stay frame).
 */
function dayAt(text: string, i: number): number {
  if (!lettersAt(text, i, 'on ')) return -1;
  const d = i + 3;
  const c = text.charCodeAt(d);
  if (c < 65 || c > 90) return -1;
  const len = wordAt(text, d, DAYS);
  if (len === 0 || text.charCodeAt(d + len) !== 32) return -1;
  const next = d + len + 1;
  return isWordCode(text.charCodeAt(next)) && wordAt(text, next, FRAME_WORDS) === 0 && wordAt(text, next, DAY_PARTS) === 0 ? next : -1;
}
/** Parts of the day that go on with the frame's time: "on Friday night". */
const DAY_PARTS = byFirst(['morning', 'afternoon', 'evening', 'night']);

/**
 * Where what was said starts after a reporting verb that ends at `at`, past
 * adverbs of time and a "that" after them or before a comma; -1 when the rest is frame only.
 * `contentAfterVerb("he said today the plan", 7)` → 14; `("he said, on Monday", 7)` → -1; `("he said inflation rose", 7)` → 8.
 */
export function contentAfterVerb(text: string, at: number): number {
  let i = skipCommasAndSpace(text, at);
  const first = i;
  for (let adverb = wordAt(text, i, ADVERBS); adverb > 0; adverb = wordAt(text, i, ADVERBS)) i = skipCommasAndSpace(text, i + adverb);
  // "said for weeks he was …", "noted for the record, we never …": a "for" of time or manner goes on to the clause
  FOR_TIME.lastIndex = i;
  if (FOR_TIME.test(text)) i = FOR_TIME.lastIndex;
  if (i > first && (ingWordAt(text, i) || wordAt(text, i, AFTER_ADVERB) > 0)) return -1;
  // "said on Friday he met the donor": the day is the frame's, the clause after it what was said
  const day = dayAt(text, i);
  if (day > i) i = day;
  // "say, too, that …", "said that, in May, …": the conjunction, not a demonstrative ("said that was wrong", "that’s");
  // a clause follows it, whatever phrase opens that clause
  if (lettersAt(text, i, 'that') && (text.charCodeAt(i + 4) === 44 || (i > first && isTrimSpace(text.charCodeAt(i + 4))))) {
    const next = skipCommasAndSpace(text, i + 4);
    if (wordAt(text, next, JOINERS) === 0) return next < text.length ? next : -1;
  }
  if (i === text.length || text.charCodeAt(i) === 46 || wordAt(text, i, FRAME_WORDS) > 0) return -1;
  if (lettersAt(text, i, 'one ') && wordAt(text, skipCommasAndSpace(text, i + 4), ONE_THING) > 0) return -1;
  return i;
}

/**
 * Whether the text after a reporting verb is frame only: nothing, a full
 * stop, or a phrase of place or time, maybe after adverbs.
 * `frameOnlyAt("he said, on Monday", 7)` → true, `("he said taxes", 7)` → false, `("he said inflation", 7)` → false.
 */
export function frameOnlyAt(text: string, at: number): boolean {
  return contentAfterVerb(text, at) < 0;
}
