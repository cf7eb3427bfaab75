import { Chrono, en } from 'chrono-node';
import type { Parser, ParsingContext } from 'chrono-node';

const UNIT = '(?:second|minute|hour|day|week|month|quarter|year)s?';
/** How every month name chrono knows starts; the rest of the name, and its dot, may follow. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** How chrono's ordinal words start: `fifth`, `twenty-first`, `thirty first`. */
const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';

/**
 * What a window may hold, each tested at most once per window; each is what
 * some chrono pattern cannot match without, written loosely enough to be sure.
 */
const FEATURES: readonly RegExp[] = [
  /\d/, // a number
  new RegExp(MONTH, 'i'), // cheap, and asked first: most windows without it need no more month tests
  new RegExp(`${MONTH}[a-z]*\\.?[-/\\s,]*(?:\\d|${ORDINAL_WORD})`, 'i'), // a month, then its day: "March 5", "Sept. fifth"
  new RegExp(`(?:\\d|st|nd|rd|th)(?:-|/|\\s{0,3}(?:of)?\\s{0,3})${MONTH}`, 'i'), // a day, then its month: "5 March", "fifth of March"
  new RegExp(`(?:\\d|BE|AD|BC|CE)(?:\\s*[-./,]?\\s*|\\s+of\\s+)${MONTH}`, 'i'), // a year, then its month: "2023 March"
  new RegExp(UNIT, 'i'),
  new RegExp(`${UNIT}\\s{0,5}(?:ago|before|earlier)`, 'i'),
  new RegExp(`${UNIT}\\s{0,5}(?:later|after|from now)`, 'i'),
  /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  /\d{4}-\d/,
  /\d{4}[-./\s]/,
  /\d[/.-]\d/,
  /\d\/\d/,
  // a clock time chrono keeps: two digits ("14", "10:30"), or one with "at", "pm", "o'clock", "at night", "to 6"
  /\d\d|(?:at|from)\s*\d|\d\s*(?:[ap]|o|at|in|[-–~〜?]|to|until|through|till)/i,
];
const [DIGIT, ANY_MONTH, MONTH_DAY, DAY_MONTH, YEAR_MONTH, UNIT_WORD, AGO, LATER, WEEKDAY, ISO, YEAR_FIRST, SLASH, MONTH_SLASH, CLOCK] = FEATURES.map((_, i) => 1 << i);

/**
 * chrono's strict English parsers, known by a piece of their pattern's source,
 * with the features (bits of FEATURES, all of them) a window must hold for
 * that pattern to match at all. A parser that cannot match in a window yields
 * nothing there, so leaving it out of that window's call changes no result.
 */
const NEEDS: readonly (readonly [source: string, needs: number])[] = [
  [String.raw`\s{0,5}(?:ago|before|earlier)(?=\W|$)`, UNIT_WORD | AGO], // two weeks ago
  [String.raw`\s{0,5}(later|after|from now)(?=\W|$)`, UNIT_WORD | LATER], // two weeks later
  [String.raw`(\W|^)(?:within|in|for)\s*`, UNIT_WORD], // within two weeks
  [String.raw`(\W|^)(?:on\s{0,3})?((?:(?:twenty seventh`, ANY_MONTH | DAY_MONTH], // 5 March
  [String.raw`(\W|^)((?:september|february|`, ANY_MONTH | MONTH_DAY], // March 5
  [String.raw`(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}))(?:`, DIGIT | ANY_MONTH | YEAR_MONTH], // 2023 March
  [String.raw`|weekend|weekday)`, WEEKDAY], // Monday
  [String.raw`([0-9]{4})\-([0-9]{1,2})\-([0-9]{1,2})`, ISO], // 2023-02-13
  [String.raw`([0-9]{4})[-\.\/\s](?:(`, YEAR_FIRST], // 2023/02/13, 2023 Feb 13
  [String.raw`([^\d]|^)([0-3]{0,1}[0-9]{1})[\/\.\-]`, SLASH], // 14/2
  [String.raw`([0-9]|0[1-9]|1[012])\/([0-9]{4})`, MONTH_SLASH], // 2/2023
  [String.raw`(^|\s|T|\b)(?:(?:at|from)\s*)??(\d{1,4})`, DIGIT | CLOCK], // 10:30, 10 p.m.
];

/** Reading a pattern needs no text; a parser whose pattern cannot be read always runs. */
const NO_TEXT = { option: {} } as unknown as ParsingContext;

/** The features a parser needs; none (0) for a parser not known here, which then always runs. */
function needsOf(parser: Parser): number {
  let source = '';
  try {
    source = parser.pattern(NO_TEXT).source;
  } catch {
    return 0;
  }
  return NEEDS.find(([piece]) => source.includes(piece))?.[1] ?? 0;
}

const PARSERS = en.strict.parsers;
const REFINERS = en.strict.refiners;
/** A mask holds 30 parsers (chrono's strict English has 12); any beyond always run. */
const PARSER_NEEDS = PARSERS.slice(0, 30).map(needsOf);
/** One chrono per set of parsers, built when first needed: at most one per subset, in practice a handful. */
const BY_MASK = new Map<number, Chrono>();

/** Which of chrono's strict parsers can match in `window`, as a bit mask; 0 when none can. */
export function parserMask(window: string): number {
  let tested = 0;
  let held = 0;
  let mask = 0;
  for (let i = 0; i < PARSER_NEEDS.length; i++) {
    const needs = PARSER_NEEDS[i];
    let ok = true;
    for (let f = 0; ok && f < FEATURES.length; f++) {
      const bit = 1 << f;
      if (!(needs & bit)) continue;
      if (!(tested & bit)) {
        tested |= bit;
        if (FEATURES[f].test(window)) held |= bit;
      }
      ok = (held & bit) !== 0;
    }
    if (ok) mask |= 1 << i;
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
  return PARSER_NEEDS.filter((needs) => needs !== 0).length;
}
