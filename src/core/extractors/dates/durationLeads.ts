import { isDigitCode, isTrimSpace, isWordCode } from '../../charCodes';
import { spells } from './anchorWords';
import { leadOf } from './anchoredMatches';
import { UNIT_ADJECTIVES } from './countedUnits';
import { IS_NUMBER_TOKEN, NUMBER_TOKENS } from './numberPhrase';
import { spelledAmong } from './spelledAmong';
import { openers } from './openers';

/**
 * What durations' patterns may hold before their unit word (see anchoredMatches),
 * and where they may start.
 */

/** `/^\d+$/` without a regex call: the lead walk asks this of every word it steps over. */
export function isDigits(word: string): boolean {
  return isDigitRun(word, 0, word.length);
}

function isDigitRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigitCode(text.charCodeAt(i))) return false;
  return end > start;
}

/** Qualifiers that news TIMEX3 annotation keeps inside the span ("more than four hours", "the past three months"). */
export const QUALIFIER = 'nearly|almost|some|more\\s+than|less\\s+than|fewer\\s+than|under|at\\s+least|at\\s+most|up\\s+to|barely|(?:the\\s+)?(?:past|last|next|first|coming|previous|final|remaining|following)|the';
/**
 * Every word DURATION may hold before its unit, digits aside: of its qualifiers, its counts and
 * the adjectives after them. The lead walk stops at any other (`for` in `for two years`).
 */
const IS_DURATION_WORD = spelledAmong([...QUALIFIER.split(/[^a-z]+/).filter((w) => w.length > 1), ...NUMBER_TOKENS, ...UNIT_ADJECTIVES]);

/** The first words of QUALIFIER and of NUMBER_PHRASE, or a digit: where a duration may start. */
const OPENERS = openers(['nearly', 'almost', 'some', 'more', 'less', 'fewer', 'under', 'at', 'up', 'barely', 'the', 'past', 'last', 'next', 'first', 'coming', 'previous', 'final', 'remaining', 'following', ...NUMBER_TOKENS], true);
/** DURATION's lead: a count (`10,000`), and at most three other words (`more than`, `consecutive`). */
export const NUMBER_LEAD = leadOf('-./,', 3, (text, start, end) => isDigitRun(text, start, end) || IS_NUMBER_TOKEN(text, start, end), OPENERS, (text, start, end) => isDigitRun(text, start, end) || IS_DURATION_WORD(text, start, end));
const VAGUE_OPENERS = openers(['the', 'years', 'months', 'weeks', 'days', 'decades', 'centuries']);
/** VAGUE's look behind, read by hand: most unit words stand after no such preposition, and VAGUE is not tried there. */
const PREPOSITIONS = ['for', 'within', 'over', 'in'];
function afterPreposition(text: string, at: number): boolean {
  if (!isTrimSpace(text.charCodeAt(at - 1))) return false;
  let start = at - 1;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  return PREPOSITIONS.some((word) => spells(text, start, at - 1, word));
}
/** VAGUE's lead: at most `the`, after `for`, `within`, `over` or `in`: `over the years`. */
export const THE = leadOf('', 1, undefined, (text, at) => VAGUE_OPENERS(text, at) && afterPreposition(text, at));
