import { CUE, nextCue } from './cueReader';
import { newClauseBetween } from './newClause';
import { spelledAmong } from './spelledAmong';
import { clause } from './tense';

/** The preposition that ties a time to the verb of its clause: `sank in October`, `met on Dec. 3`; not `extended to Nov. 20`. */
const TIED = /\b(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
/**
 * Words that part a verb from a time after it, so that the time may belong to another event:
 * `decided to admit them in March`, `a cutback of supply in May`, `a plan that starts on June 1`.
 */
const PARTING = /[,;:]|\b(?:of|for|that|which|who|when|while|where|and|or|but|than|as|until|before|after|to(?!\s+[\d$€£]))\b/i;
/** The opening of a clause that a time starts: `In October, exports sank`. */
const OPENING = /^[\s"“‘'(]*(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
/** The words, at most, between a verb and the time it governs: `raised rates by half a point in March`. */
const MAX_WORDS = 6;

/** Past cues that are no verbs: `last`, `ago`. */
const NOT_VERBS = spelledAmong(['ago', 'last', 'earlier', 'yesterday']);
const ARTICLE = /\b(?:a|an|the)\s+$/i;

const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/**
 * Does a past verb surely govern the time at [start, end), in a clause that says nothing of
 * the future? Its own clause's finite verb, near it, with only in, on or during between them:
 * `Exports sank in October.`, `In October, exports sank.`; not `said it would pay in October`,
 * `invited them to a ceremony on March 12`, `extended the offer to Nov. 20`.
 */
export function clearlyPast(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const tied = TIED.exec(before);
  if (!tied) return false;
  const prep = start - before.length + tied.index;
  const [from, to] = clause(text, start, end, 120);
  const opens = OPENING.test(text.slice(from, start)) && !afterWord(text, from);
  let governed = false;
  for (let next = from, at = nextCue(text, next, to); at >= 0; at = nextCue(text, next, to)) {
    next = CUE.end;
    if (at >= start && at < end) continue;
    // a clause of its own after the time, with its own subject, tells its own time: "said in September it would cut"
    if (governed && at >= end && newClauseBetween(text, end, at)) break;
    // any word of the future in the clause leaves the time to the verb reader's lean
    if (CUE.kind !== 3) return false;
    if (at < prep) governed = isVerbBefore(text, from, at, CUE.end, prep);
    else if (opens && !governed && at >= end) governed = isVerbAfter(text, end, at);
  }
  return governed;
}

/**
 * The past cue at [at, cueEnd) is a verb, with few words and nothing parting it from the preposition at `prep`.
 * Not an adverb ("ago", "last"); not a capitalised word mid-clause, a name ("Mohammed"); not a word after an article,
 * an adjective ("the expected vote").
 */
function isVerbBefore(text: string, from: number, at: number, cueEnd: number, prep: number): boolean {
  if (NOT_VERBS(text, at, cueEnd)) return false;
  const c = text.charCodeAt(at);
  if (c >= 65 && c <= 90 && text.slice(from, at).trim() !== '') return false;
  if (ARTICLE.test(text.slice(Math.max(0, at - 5), at))) return false;
  const gap = text.slice(cueEnd, prep);
  return wordsIn(gap) <= MAX_WORDS && !PARTING.test(gap);
}

/** A past cue after a clause-opening time, its subject at most a few words after the comma: `In October, exports sank`. */
function isVerbAfter(text: string, end: number, at: number): boolean {
  const gap = text.slice(end, at);
  return /^\s*,/.test(gap) && wordsIn(gap.slice(gap.indexOf(',') + 1)) <= 4 && !/[;:]|\b(?:that|which|who|when|if|and|but|or)\b/i.test(gap);
}

/** Does a word end right before `at`, its closing quote mark aside: a quotation's end (`America" on April 15`), not a sentence's start? */
function afterWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2);
  return at >= 2 && (text.charCodeAt(at - 1) === 34 || text.charCodeAt(at - 1) === 0x201d) && ((c | 32) >= 97 && (c | 32) <= 122);
}
