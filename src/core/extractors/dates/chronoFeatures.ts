/**
 * The features chronoParsers tests a window for: each is what some chrono
 * parser cannot yield a result without. Data only, as regexes and their bits.
 */
const UNIT = '(?:second|minute|hour|day|week|month|quarter|year)s?';
/** How every month name chrono knows starts; the rest of the name, and its dot, may follow. */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** How chrono's ordinal words start: `fifth`, `twenty-first`, `thirty first`. */
const ORDINAL_WORD =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|' +
  'sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty|thirtieth|thirty';
/** chrono's month names, each as it may stand before a day: `Oct. 15`, `October 15`. */
const MONTH_NAME =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?)';
/** A bare hour standing alone: `14`; chrono reads one as a clock time. */
const BARE_HOUR = '(?<!\\d)(?:[01]\\d|2[0-4])(?!\\w)';
/** How chrono's numbers of units start: `two weeks`, `the year`, `a couple of months`, `half an hour`. */
const NUMBER_WORD = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple';
/** How chrono's ordinals end: `5`, `5th`, `fifth`, `twenty-first`, `thirteenth`, `thirtieth`. */
const ORDINAL_END = '\\d|\\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth';

/**
 * What a window may hold, each tested at most once per window; each is what
 * some chrono parser cannot yield a result without (a match its extraction
 * rejects, like the hour "2026", yields none), written loosely enough to be sure.
 */
export const FEATURES: readonly RegExp[] = [
  /\d/, // a number
  new RegExp(MONTH, 'i'), // cheap, and asked first: most windows without it need no more month tests
  // a month, then its day of one or two digits (a longer number never ends there): "March 5", "Sept. fifth", not "June 2026"
  new RegExp(`${MONTH}[a-z]*\\.?(?:-|/|\\s*,?\\s*)(?:\\d{1,2}(?!\\d)|${ORDINAL_WORD})`, 'i'),
  // a day, then its month: "5 March", "fifth of March"; not "the end of March"
  new RegExp(`(?:${ORDINAL_END})(?:-|/|\\s{0,3}(?:of)?\\s{0,3})${MONTH}`, 'i'),
  new RegExp(`(?:\\d|BE|AD|BC|CE)(?:\\s*[-./,]?\\s*|\\s+of\\s+)${MONTH}`, 'i'), // a year, then its month: "2023 March"
  new RegExp(UNIT, 'i'),
  // "within two weeks", "in the year", "for a couple of months": how the number starts; not "in November"
  new RegExp(`(?:within|in|for)\\s*(?:(?:about|around|roughly|approximately|just)\\s*(?:~\\s*)?)?(?:(?:about|around)\\s{0,3})?(?:\\d|${NUMBER_WORD})`, 'i'),
  new RegExp(`${UNIT}\\s{0,5}(?:ago|before|earlier)`, 'i'),
  new RegExp(`${UNIT}\\s{0,5}(?:later|after|from now)`, 'i'),
  /sun|mon|tue|wed|thu|fri|sat|weekend|weekday/i,
  /\d{4}-\d/,
  new RegExp(`\\d{4}[-./\\s](?:${MONTH}[a-z]*\\.?|\\d{1,2})[-./\\s]\\d`, 'i'), // a year, then its month and day: "2023 Feb 13", "2023.02.13"
  // chrono keeps a day and month with a slash, or with dots or dashes only before a year: "14/2", "3.4.21"; not "8.1%"
  /\d\/\d|\d[.-]\d{1,2}[.-]\d\d/,
  /\d\/\d/,
  // a clock time chrono keeps: a bare hour but the day of "October 15" (a run of six digits or more may be cut into
  // one), minutes ("10:30"), or a digit with "at", "pm", "o'clock", "at night", "to 6"; not "2026", "8.1%".
  // The alternatives led by a digit share it, and the bare hour comes last: the regex engine then skips most places fast
  new RegExp(`(?:at|from)\\s*\\d|\\d(?:\\d{5}|[.:：]\\d\\d|\\s*(?:[ap]|o|at|in|[-–~〜?]|to|until|through|till))|(?<!(?<!\\w)${MONTH_NAME}(?:-|/|\\s*,?\\s*))${BARE_HOUR}`, 'i'),
  new RegExp(BARE_HOUR), // any bare hour, the day of "October 15" too
];
export const [DIGIT, ANY_MONTH, MONTH_DAY, DAY_MONTH, YEAR_MONTH, UNIT_WORD, WITHIN, AGO, LATER, WEEKDAY, ISO, YEAR_FIRST, SLASH, MONTH_SLASH, CLOCK, ANY_HOUR] = FEATURES.map((_, i) => 1 << i);

