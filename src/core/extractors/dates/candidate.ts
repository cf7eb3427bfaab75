import type { TimexType } from '../../model';
import type { RefDate } from './calendar';

/** A date found by one finder, before overlaps are settled and ids are given. */
export interface DateCandidate {
  readonly start: number;
  readonly end: number;
  readonly type: TimexType;
  /** TIMEX3 value; `XXXX` placeholders mark what a resolver refiner still has to fill in. */
  readonly value: string;
  readonly relative: boolean;
  readonly range?: { readonly from: string; readonly to: string };
  /** Breaks ties between overlapping candidates of equal length: explicit dates beat vague ones. */
  readonly priority: number;
  /** Set on "a year ago", "two years earlier": how many years back, for alignYearShifts. */
  readonly yearsBack?: number;
  /** Set on "the quarter", "the year-ago quarter": the story's quarter decides, for alignYearShifts. */
  readonly quarterOfStory?: boolean;
  /** Set on "that year", "the following year", "two years earlier": years from the story's last year, for anchorStoryYears. */
  readonly yearsFromStory?: number;
  /** Set on a date that names an event (`9/11`, `the Sept. 11 attacks`): no story is set in its year for that. */
  readonly namesEvent?: boolean;
  /**
   * Set on "the morning", "overnight", "that night": the part of the day (`MO`, `NI`; empty for the whole
   * day) and how many days before the story's day, for anchorStoryDays. `behindOnly`: only a day the
   * dateline has reached can be the story's day ("polls closed at 8 p.m."); `anyDay`: a day named however
   * long ago ("On Jan. 20, 2009 … that night"); `namedOnly`: with no day named, no date ("the next day");
   * `afterEvening`: the night that follows an evening the story names ("Wednesday evening … overnight").
   */
  readonly partOfStoryDay?: { readonly part: string; readonly daysBefore: number; readonly behindOnly?: boolean; readonly anyDay?: boolean; readonly namedOnly?: boolean; readonly afterEvening?: boolean };
  /**
   * Set on "the following month", "that week", "that spring": the unit (`month`, `week`, or a season's
   * code, `SP`) and how many of them after the story's last date, for anchorStoryUnits.
   */
  readonly unitsFromStory?: { readonly unit: string; readonly shift: number };
  /** Set on "two weeks ago": the one day the week's point falls on, for a clock time beside it (mergeDayAndTime). */
  readonly dayOfPoint?: string;
}

/**
 * A candidate with every field of DateCandidate present, the optional ones
 * undefined, always in this order: all candidates then share one object
 * shape, and a field read in the refiners meets one shape instead of a dozen.
 * Extra fields, and every later change, go through `changed`.
 * (0, 4, 'DATE', '2014', false, 1) → `{ start: 0, end: 4, …, range: undefined, priority: 1, yearsBack: undefined, … }`.
 */
export function candidate(start: number, end: number, type: TimexType, value: string, relative: boolean, priority: number): DateCandidate {
  return {
    start,
    end,
    type,
    value,
    relative,
    range: undefined,
    priority,
    yearsBack: undefined,
    quarterOfStory: undefined,
    yearsFromStory: undefined,
    namesEvent: undefined,
    partOfStoryDay: undefined,
    unitsFromStory: undefined,
    dayOfPoint: undefined,
  };
}

/**
 * A copy of `c` with the fields of `change` that are set, in candidate's one
 * shape: a spread, `{ ...c, value }`, would give each copy a shape of its own.
 * A change never clears a field. (c, { value: '2023-02-14', relative: true }) → c with that value, relative.
 */
export function changed(c: DateCandidate, change: Partial<DateCandidate>): DateCandidate {
  return {
    start: change.start ?? c.start,
    end: change.end ?? c.end,
    type: change.type ?? c.type,
    value: change.value ?? c.value,
    relative: change.relative ?? c.relative,
    range: change.range ?? c.range,
    priority: change.priority ?? c.priority,
    yearsBack: change.yearsBack ?? c.yearsBack,
    quarterOfStory: change.quarterOfStory ?? c.quarterOfStory,
    yearsFromStory: change.yearsFromStory ?? c.yearsFromStory,
    namesEvent: change.namesEvent ?? c.namesEvent,
    partOfStoryDay: change.partOfStoryDay ?? c.partOfStoryDay,
    unitsFromStory: change.unitsFromStory ?? c.unitsFromStory,
    dayOfPoint: change.dayOfPoint ?? c.dayOfPoint,
  };
}

/**
 * `c` with a new value, and relative flag and range when given: what most
 * refiners change, with no object of changes whose many shapes would make
 * `changed`'s reads slow. (c, '2023-02-14', true) → c with that value, relative.
 */
export function revalued(c: DateCandidate, value: string, relative = c.relative, range = c.range): DateCandidate {
  return {
    start: c.start,
    end: c.end,
    type: c.type,
    value,
    relative,
    range,
    priority: c.priority,
    yearsBack: c.yearsBack,
    quarterOfStory: c.quarterOfStory,
    yearsFromStory: c.yearsFromStory,
    namesEvent: c.namesEvent,
    partOfStoryDay: c.partOfStoryDay,
    unitsFromStory: c.unitsFromStory,
    dayOfPoint: c.dayOfPoint,
  };
}

/** What every finder reads: the whole text, where to look, and the reference date if any. */
export interface FinderContext {
  readonly text: string;
  /** Offset where finders start looking (the dateline's own date is not a mention). */
  readonly from: number;
  readonly ref: RefDate | null;
  /** The text's word index, built by the first finder that asks (wordIndex.ts) and shared by the rest. */
  wordIndex?: (number[] | undefined)[];
}

/** A finder scans the text and proposes candidates; it never throws on user text. */
export type DateFinder = (ctx: FinderContext) => DateCandidate[];

/** Every match of a global regex from `from` on, without allocating per character. */
export function* matchesFrom(re: RegExp, text: string, from: number): Generator<RegExpExecArray> {
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    yield m;
  }
}

/** Builds a regex alternation from lexicon keys, longest first so "sept" beats "sep". */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
}
