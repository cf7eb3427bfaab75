import { Chrono, en } from 'chrono-node';
import type { Parser, ParsingContext } from 'chrono-node';
import { AGO, ANY_HOUR, ANY_MONTH, CLOCK, DAY_MONTH, DIGIT, FEATURES, ISO, LATER, MONTH_DAY, MONTH_SLASH, SLASH, UNIT_WORD, WEEKDAY, WITHIN, YEAR_FIRST, YEAR_MONTH } from './chronoFeatures';
import { maybeOf, possibleFeatures, sureOf } from './possibleFeatures';

/**
 * chrono's strict English parsers, known by a piece of their pattern's source,
 * with the features (bits of FEATURES, all of them, in one of the
 * alternatives) a window must hold for that parser to yield a result that
 * survives: a parser that yields nothing in a window adds nothing for the
 * refiners either, so leaving it out of that window's call changes no result.
 * DIGIT, implied by every feature of digits, is named too: one cheap test
 * then rules out those parsers in a window without a digit.
 */
/** chrono's parser of "March 5", "March 5-6, 2023", known by a piece of its pattern. */
const MONTH_DAY_PIECE = String.raw`(\W|^)((?:september|february|`;
/** chrono's parser of "within two weeks", "in the year". */
const WITHIN_PIECE = String.raw`(\W|^)(?:within|in|for)\s*`;
/** chrono's parser of "5 March", "the 5th of March", known by a piece of its pattern. */
const DAY_MONTH_PIECE = String.raw`(\W|^)(?:on\s{0,3})?((?:(?:twenty seventh`;
const NEEDS: readonly (readonly [source: string, needs: number | readonly number[]])[] = [
  [String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, UNIT_WORD | AGO], // two weeks ago
  [String.raw`\s{0,5}(later|after|from now)(?=\W|$)`, UNIT_WORD | LATER], // two weeks later
  [WITHIN_PIECE, UNIT_WORD | WITHIN], // within two weeks
  [DAY_MONTH_PIECE, ANY_MONTH | DAY_MONTH], // 5 March
  [MONTH_DAY_PIECE, ANY_MONTH | MONTH_DAY], // March 5
  [String.raw`(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))(?:`, DIGIT | ANY_MONTH | YEAR_MONTH], // 2023 March
  [String.raw`|weekend|weekday)`, WEEKDAY], // Monday
  [String.raw`([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})`, DIGIT | ISO], // 2023-02-13
  [String.raw`([0-9]{4})[-\.\/\s](?:(`, DIGIT | YEAR_FIRST], // 2023/02/13, 2023 Feb 13
  [String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, DIGIT | SLASH], // 14/2
  [String.raw`([0-9]|0[1-9]|1[012])\/([0-9]{4})`, DIGIT | MONTH_SLASH], // 2/2023
  // 10:30, 10 p.m.; the hour "15" in "October 15" only where a longer date may hold that month but not the day
  // ("fifth of October 15", "2023 October 15"): elsewhere the month's date, longer, takes its place
  [String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`, [DIGIT | CLOCK, DIGIT | ANY_HOUR | DAY_MONTH, DIGIT | ANY_HOUR | YEAR_MONTH, DIGIT | ANY_HOUR | YEAR_FIRST]],
];

/** Reading a pattern needs no text; a parser whose pattern cannot be read always runs. */
const NO_TEXT = { option: {} } as unknown as ParsingContext;

/** A parser's pattern source; '' when it cannot be read without a text. */
function sourceOf(parser: Parser): string {
  try {
    return parser.pattern(NO_TEXT).source;
  } catch {
    return '';
  }
}

/** The features a parser needs, as alternatives; none ([0]) for a parser not known here, which then always runs. */
function needsOf(parser: Parser): readonly number[] {
  const source = sourceOf(parser);
  const needs = (source && NEEDS.find(([piece]) => source.includes(piece))?.[1]) || 0;
  return typeof needs === 'number' ? [needs] : needs;
}

const PARSERS = en.strict.parsers;
const REFINERS = en.strict.refiners;
/** A mask holds 30 parsers (chrono's strict English has 12); any beyond always run. */
const PARSER_NEEDS = PARSERS.slice(0, 30).map(needsOf);
const MONTH_DAY_AT = PARSERS.findIndex((p) => sourceOf(p).includes(MONTH_DAY_PIECE));
/** The bit of the parser at `at` alone; 0 when that parser is not found. */
const onlyBit = (at: number): number => (at >= 0 && at < 30 ? 1 << at : 0);
/** The mask of a window that only chrono's month-day parser can read in. */
export const MONTH_DAY_ONLY = onlyBit(MONTH_DAY_AT);
/** The bit of chrono's day-month parser ("1 July", "the 5th of March"). */
export const DAY_MONTH_PARSER = onlyBit(PARSERS.findIndex((p) => sourceOf(p).includes(DAY_MONTH_PIECE)));
/** The mask of a window that only chrono's "within two weeks" parser can read in. */
export const WITHIN_ONLY = onlyBit(PARSERS.findIndex((p) => sourceOf(p).includes(WITHIN_PIECE)));
/** That parser's own pattern, global: `(\W|^)` and the month, the day, a second day, a year. */
export const MONTH_DAY_PATTERN = MONTH_DAY_ONLY ? new RegExp(sourceOf(PARSERS[MONTH_DAY_AT]), 'gi') : null;
/** chrono's clock-time parser, known by the start of its pattern; its bit, 0 when not found. */
const CLOCK_PIECE = String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`;
const CLOCK_AT = PARSERS.findIndex((p) => sourceOf(p).startsWith(CLOCK_PIECE));
export const CLOCK_PARSER = onlyBit(CLOCK_AT);
/**
 * That parser's pattern without its left boundary, sticky: tried at a digit,
 * it gives the text a result starting there holds before any range. Null when
 * the pattern is not the one known here.
 */
export const CLOCK_BODY = CLOCK_PARSER ? new RegExp(`()${sourceOf(PARSERS[CLOCK_AT]).slice('(^|\\s|T|\\b)'.length)}`, 'iy') : null;
/** Its pattern of a second time after the first, `^`-anchored: ` to 6`, `-13`. */
export const CLOCK_RANGE: RegExp | null = CLOCK_PARSER ? followingOf(PARSERS[CLOCK_AT]) : null;

function followingOf(parser: Parser): RegExp | null {
  const read = (parser as { getFollowingTimePatternThroughCache?: () => unknown }).getFollowingTimePatternThroughCache;
  const re: unknown = typeof read === 'function' ? read.call(parser) : null;
  return re instanceof RegExp && re.source.startsWith('^') ? re : null;
}

/** One chrono per set of parsers, built when first needed: at most one per subset, in practice a handful. */
const BY_MASK = new Map<number, Chrono>();

/** Which of chrono's strict parsers can match in `window`, as a bit mask; 0 when none can. */
export function parserMask(window: string): number {
  // what one pass over the characters decides needs no regex
  const facts = possibleFeatures(window);
  let held = sureOf(facts);
  let tested = ~maybeOf(facts) | held;
  let mask = 0;
  for (let i = 0; i < PARSER_NEEDS.length; i++) {
    for (const needs of PARSER_NEEDS[i]) {
      let ok = true;
      // the needed features only, lowest bit first, the first missing one ending the alternative
      for (let rest = needs; ok && rest !== 0; rest &= rest - 1) {
        const bit = rest & -rest;
        if (!(tested & bit)) {
          tested |= bit;
          if (FEATURES[31 - Math.clz32(bit)].test(window)) held |= bit;
        }
        ok = (held & bit) !== 0;
      }
      if (ok) {
        mask |= 1 << i;
        break;
      }
    }
  }
  return mask;
}

/** chrono's strict configuration with only the parsers in `mask`, refiners unchanged. */
export function chronoOf(mask: number): Chrono {
  let chrono = BY_MASK.get(mask);
  if (!chrono) {
    chrono = new Chrono({ parsers: PARSERS.filter((_, i) => i >= 30 || mask & (1 << i)), refiners: [...REFINERS] });
    BY_MASK.set(mask, chrono);
  }
  return chrono;
}

/** How many of chrono's parsers are known here; the rest always run. For the tests. */
export function knownParsers(): number {
  return PARSER_NEEDS.filter((needs) => needs.every((n) => n !== 0)).length;
}
