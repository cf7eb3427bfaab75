import { INDEX_NAMES } from './identifierWords';

/**
 * Words of time, as data: the finders in extractors/dates build their
 * patterns from these tables, so a new spelling is added here only.
 */

/** Month names and their news abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/** Months that are also common English words: they need a date-like neighbour. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sep']);

/**
 * Words that set a time for something, before "for": `set for May`, `planned for
 * March`, where "for" makes the ambiguous month a date (and not "a win for May").
 */
export const SCHEDULING_WORDS: readonly string[] = [
  'set', 'planned', 'scheduled', 'rescheduled', 'slated', 'due', 'expected', 'penciled', 'pencilled', 'earmarked', 'targeted',
  'timed', 'pegged', 'fixed', 'booked', 'postponed', 'delayed', 'deferred', 'moved', 'called', 'pushed back', 'brought forward',
];

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4,
  thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Seasons → TIMEX3 season codes (`2023-SU`). */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/**
 * Nouns that a part of the day describes, which then names no time: "the evening services", "the morning papers",
 * "the afternoon shift".
 */
export const DAY_PART_NOUNS: readonly string[] = [
  'news', 'paper', 'papers', 'service', 'services', 'shift', 'shifts', 'rush', 'peak', 'commute', 'show', 'shows',
  'bulletin', 'bulletins', 'edition', 'editions', 'prayer', 'prayers', 'star', 'sun', 'light', 'traffic', 'meal',
  'class', 'classes', 'train', 'trains', 'flight', 'flights', 'bus', 'buses', 'routes', 'timetable', 'slot', 'slots',
  'cut', 'cuts', 'programme', 'programmes', 'program', 'programs', 'lessons', 'surgery', 'surgeries', 'clinic', 'clinics',
  'visits',
];

/** Parts of the day → TIMEX3 codes (`2023-02-13TMO`). */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

/** Time zones written after a clock time, upper case as written: `11:30 GMT`, `9 a.m. ET`. */
export const CLOCK_ZONES: readonly string[] = [
  'GMT', 'UTC', 'BST', 'WET', 'WEST', 'CET', 'CEST', 'EET', 'EEST', 'MSK', 'IST', 'PKT', 'SGT', 'HKT', 'JST', 'KST', 'AEST', 'AEDT', 'NZST', 'NZDT',
  'ET', 'EST', 'EDT', 'CT', 'CST', 'CDT', 'MT', 'MST', 'MDT', 'PT', 'PST', 'PDT', 'AKST', 'HST',
];

/** Duration units → [TIMEX3 letter, multiplier, is it a time (PT) unit]. */
export const DURATION_UNITS: Readonly<Record<string, readonly [string, number, boolean]>> = {
  second: ['S', 1, true], minute: ['M', 1, true], hour: ['H', 1, true], day: ['D', 1, false],
  week: ['W', 1, false], fortnight: ['W', 2, false], month: ['M', 1, false], quarter: ['Q', 1, false],
  year: ['Y', 1, false], decade: ['Y', 10, false], century: ['Y', 100, false],
};

/** Plural spellings that are not the singular plus "s". */
export const UNIT_PLURALS: Readonly<Record<string, string>> = { centuries: 'century' };

/** Ordinals used for quarters and halves → number. */
export const PERIOD_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
};

/** Decade words → the decade's three-digit TIMEX3 prefix within the 1900s. */
export const DECADE_WORDS: Readonly<Record<string, string>> = {
  twenties: '192', thirties: '193', forties: '194', fifties: '195', sixties: '196',
  seventies: '197', eighties: '198', nineties: '199',
};

/** Adverbs of frequency → TIMEX3 SET value. */
export const FREQUENCY_ADVERBS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W',
  monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', biannually: 'P6M',
};

/**
 * Phrases that point at the present, past or future without a date. Left out on
 * purpose, as news uses them mostly for sequence, not time: earlier, once, soon, so far.
 */
export const REFERENCE_PHRASES: Readonly<Record<string, string>> = {
  now: 'PRESENT_REF', 'right now': 'PRESENT_REF', currently: 'PRESENT_REF', 'at present': 'PRESENT_REF',
  presently: 'PRESENT_REF', nowadays: 'PRESENT_REF', 'these days': 'PRESENT_REF', 'the present': 'PRESENT_REF',
  recently: 'PAST_REF', lately: 'PAST_REF', 'the past': 'PAST_REF', 'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF', 'the near term': 'FUTURE_REF', 'the long term': 'FUTURE_REF',
};

/**
 * Time words that running text writes in lower case: capitalised among other
 * capitalised words they belong to a name (`Daily News`, `USA TODAY`, `Last Week
 * Tonight`, `Good Morning America`). Month, weekday and holiday names are left out.
 */
export const LOWER_CASE_TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'daily', 'nightly', 'weekly', 'monthly', 'yearly', 'annually',
  'week', 'weekend', 'month', 'night', 'morning', 'evening', 'afternoon', 'future', 'recently', 'currently',
]);

/** Nouns of things that come back each week, which a weekday before them makes a set: `a Sunday talk show`, `the Friday edition`. */
export const WEEKLY_NOUNS: ReadonlySet<string> = new Set([
  'talk', 'show', 'shows', 'program', 'programs', 'programme', 'column', 'columns', 'edition', 'editions', 'newscast',
  'newscasts', 'broadcast', 'broadcasts', 'newspaper', 'newspapers', 'paper', 'papers', 'school',
]);

/** Numeric dates that name an event of one year: `the 9/11 attacks` are those of 2001, not this year's September 11. */
export const EVENT_DATES: Readonly<Record<string, string>> = { '9/11': '2001-09-11' };

/**
 * Yearless days that name an event of one year when a word of that event
 * follows or leads them: `the Sept. 11 attacks`, `the attacks of Sept. 11`,
 * `post-Sept. 11` are 2001's; `on Sept. 11 he will speak` and `a Sept. 11 memorial
 * service` are this year's, and `the Sept. 11 attack` in the singular may be another one.
 */
export const EVENT_DAYS: Readonly<Record<string, { readonly value: string; readonly words: ReadonlySet<string> }>> = {
  'XXXX-09-11': {
    value: '2001-09-11',
    words: new Set([
      'attacks', 'attackers', 'terrorist', 'terrorists', 'terror', 'hijacker', 'hijackers', 'hijackings',
      'commission', 'museum', 'victims', 'families', 'responders', 'plot', 'plotters', 'era', 'generation',
    ]),
  },
};

/**
 * Names that a four-digit number completes as a count or a model, never a
 * year: `the Russell 2000`, `Windows 2000`, `the Wilshire 5000`. Names for a
 * target or event year (`Agenda 2030`, `Rio 2016`) are left out: their number is a year.
 */
export const NUMBERED_NAMES: ReadonlySet<string> = new Set([
  ...INDEX_NAMES, 'wilshire', 'global', 'windows', 'boeing', 'airbus', 'section', 'resolution', 'form',
  'room', 'flight', 'route', 'highway', 'interstate', 'suite', 'model',
]);

/** Nouns that "of the Year" makes a title, not a date: `Person of the Year`, `coach of the year`. */
export const TITLES_OF_THE_YEAR: readonly string[] = [
  'person', 'man', 'woman', 'player', 'coach', 'rookie', 'teacher', 'athlete', 'sportsman', 'sportswoman', 'word',
  'car', 'album', 'song', 'record', 'book', 'film', 'movie', 'team', 'executive', 'manager', 'pitcher', 'artist',
  'entertainer', 'newcomer', 'businessman', 'businesswoman', 'citizen', 'volunteer', 'scientist', 'journalist',
];

/** Words that make "overnight" mean "suddenly", not a night: the hedge before it (`almost overnight`) and the noun after it (`an overnight success`). */
export const OVERNIGHT_IDIOM = {
  hedges: ['almost', 'virtually', 'seemingly', 'practically', 'nearly', 'literally', 'quite', 'all but'],
  nouns: ['success', 'successes', 'sensation', 'sensations', 'star', 'stars', 'celebrity', 'celebrities', 'millionaire', 'millionaires', 'fame', 'hit'],
  /** Verbs of change that a negation before them makes the idiom: `will not change overnight`, `cannot be fixed overnight`. */
  changes: ['happen', 'change', 'come', 'disappear', 'vanish', 'go away', 'be fixed', 'be solved', 'be done', 'be built', 'be undone', 'be won', 'fix', 'solve', 'build'],
} as const;
