import { SCALE_ABBREVIATIONS } from '../../lexicon/numberWords';
import { FREQUENCY_ADVERBS, MONTHS, SEASONS, WEEKDAYS } from '../../lexicon/temporal';
import { pad } from './calendar';
import { anchoredMatches, leadOf, NO_LEAD } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass, wordSet } from './wordIndex';
import { durationValue, toUnit } from './durationValue';
import { NUMBER_PHRASE, toNumber } from './numberPhrase';
import { openers } from './openers';
import { lookup } from './lookup';

const UNIT = 'hours?|days?|weeks?|months?|years?|quarters?|decades?';
/** Month names written out, as recurring times take them: `each July`, not `each Jul`. */
const MONTH_NAMES = Object.keys(MONTHS).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
const SET = new RegExp(
  `\\b(?:(${alternation(Object.keys(FREQUENCY_ADVERBS))})|(?:every|each|per)\\s+(?:other\\s+)?(?:(${NUMBER_PHRASE})\\s+)?(${UNIT}|${alternation(Object.keys(WEEKDAYS).filter((w) => w.endsWith('day')))}|${alternation(MONTH_NAMES)}|${alternation(Object.keys(SEASONS))}))\\b`,
  'iy',
);
/** The word every SET match starts with. */
const SET_WORDS = wordClass([...Object.keys(FREQUENCY_ADVERBS), 'every', 'each', 'per']);
const ADVERBS = lookup(FREQUENCY_ADVERBS);
const WEEKDAY_NUMBERS = lookup(WEEKDAYS);
const MONTH_NUMBERS = lookup(MONTHS);
const SEASON_CODES = lookup(SEASONS);
/** "a year" after an amount: "$5 million a year", "3% a year", "twice a day", "a £6-a-day charge". */
const RATE = new RegExp(`\\ban?(?:\\s+|-(?=[a-z]))(${UNIT})\\b`, 'iy');
const UNIT_WORDS = wordClass(wordSet(UNIT));
const ARTICLE = leadOf('-', 1, undefined, openers(['a']));
/** "£2bn a year", "an hour a day": an amount with an abbreviated scale, or one unit of time, is an amount too. */
const AMOUNT_BEFORE = new RegExp(
  `(?:\\d(?:${alternation([...SCALE_ABBREVIATIONS.keys()])})?|%|percent|cent|dollars|euros|pounds|million|billion|times|twice|once|seconds|minutes|hours|\\ban?\\s+(?:second|minute|hour|day|week|month))(?:\\s+|-)$`,
  'i',
);

/** "two nights a week", "three meals a day": a count of things per unit. */
const COUNTED_BEFORE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\s+[a-z]+s\s+$/i;
/** "14 million kroner a year", "40,000 tonnes a year": an amount in any unit, one or two words after its number. */
const UNIT_AMOUNT_BEFORE = /(?:\d|\bmillion|\bbillion|\bthousand|\bhundred)[\d,.]*\s+(?:\p{L}+\s+){1,2}$/iu;

const LAPSE_AFTER = /^\s+(?:later|earlier|after|before|ago)\b/i;
/**
 * "3,000 signatures in a week", "sold out within a day": a span of time after a preposition, not a rate; so is a
 * share or a delay after "by": "cut NO2 by a quarter", "delayed by a year".
 */
const SPAN_BEFORE = /\b(?:in|within|inside|over|for|after|under|than|than\s+in|by)\s+$/i;

/** "its quarterly dividend": after a determiner the adverb is an adjective, not a time. */
const DETERMINER = /\b(?:its|the|a|an|their|his|her|our|initial|regular)\s+$/i;

/**
 * Recurring times: `every week` → SET `P1W`; `annually` → SET `P1Y`;
 * `every Monday` → SET `XXXX-WXX-1`; `each July` → SET `XXXX-07`; `$5 million a year` → `a year`, SET `P1Y`.
 */
export function sets(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const push = (start: number, end: number, value: string) => out.push(candidate(start, end, 'SET', value, false, 3));
  for (const m of anchoredMatches(SET, wordAnchors(ctx, SET_WORDS), NO_LEAD, ctx.text, ctx.from)) {
    if (m[1] && DETERMINER.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const end = m.index + m[0].length;
    const word = m[3]?.toLowerCase();
    if (m[1]) push(m.index, end, ADVERBS.get(m[1].toLowerCase()) ?? '');
    else if (word && WEEKDAY_NUMBERS.has(word)) push(m.index, end, `XXXX-WXX-${WEEKDAY_NUMBERS.get(word) ?? ''}`);
    else if (word && MONTH_NUMBERS.has(word)) {
      // "each may choose": a month name is capitalised
      if (/^[A-Z]/.test(m[3])) push(m.index, end, `XXXX-${pad(MONTH_NUMBERS.get(word) ?? 0)}`);
    } else if (word && SEASON_CODES.has(word)) push(m.index, end, `XXXX-${SEASON_CODES.get(word) ?? ''}`);
    else if (word) push(m.index, end, durationValue(m[2] ? toNumber(m[2]) ?? 1 : 1, toUnit(word)));
  }
  for (const m of anchoredMatches(RATE, wordAnchors(ctx, UNIT_WORDS), ARTICLE, ctx.text, ctx.from)) {
    // "12 hours a day" is a rate, "hours a day later" a lapse of time
    const rate =
      ctx.text.charCodeAt(m.index - 1) === 45 ||
      AMOUNT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 10), m.index)) ||
      COUNTED_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 24), m.index)) ||
      UNIT_AMOUNT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 32), m.index));
    if (rate && !SPAN_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 8), m.index)) && !LAPSE_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 9))) push(m.index, m.index + m[0].length, durationValue(1, toUnit(m[1])));
  }
  return out;
}
