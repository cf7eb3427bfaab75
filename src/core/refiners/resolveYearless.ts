import { changed, type DateCandidate, revalued } from '../extractors/dates/candidate';
import { dayNumber, type RefDate } from '../extractors/dates/calendar';
import { clearlyPast } from '../extractors/dates/clearlyPast';
import { scheduledAfter } from '../extractors/dates/scheduledAfter';
import { tenseAt, type Tense } from '../extractors/dates/tense';

/** `XXXX-10`, `XXXX-02-14`, `XXXX-02-14T09:00`, `XXXX-Q3`, `XXXX-SU`, `XXXX-H1`. */
const YEARLESS = /^XXXX-(\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI)(T[A-Z0-9:]+)?$/;
/**
 * The first and last month of a quarter, half or season, as first * 100 +
 * last, 0 for two digits (a month): `Q3` → 709, `WI` → 1214. Read by
 * character codes: a lookup by a string cut from the value would first have
 * to find that string among the engine's own.
 */
function span(period: string): number {
  const second = period.charCodeAt(1);
  switch (period.charCodeAt(0)) {
    case 81: return 303 * (second - 48) - 200; // Q1 … Q4: 103, 406, 709, 1012
    case 72: return second === 49 ? 106 : 712; // H1, H2
    case 83: return second === 80 ? 305 : 608; // SP, SU
    case 70: return 911; // FA
    case 87: return 1214; // WI
    default: return 0;
  }
}

/**
 * A yearless period as months, read once per mention into a scratch buffer
 * rather than a new array: `02-14` → [2, 14, 2, 14]; `10` → [10, 1, 11, 0];
 * `Q3` → [7, 1, 10, 0]. The last day is day 0 of the month after.
 */
const MONTHS = new Float64Array(4);
const twoDigits = (s: string, at: number): number => (s.charCodeAt(at) - 48) * 10 + s.charCodeAt(at + 1) - 48;
function readMonths(period: string): void {
  const code = span(period);
  if (code) {
    MONTHS[0] = Math.floor(code / 100);
    MONTHS[1] = 1;
    MONTHS[2] = (code % 100) + 1;
    MONTHS[3] = 0;
    return;
  }
  // YEARLESS left two digits, or two and two: read by their codes, with no copy
  const mm = twoDigits(period, 0);
  const dd = period.length === 5 ? twoDigits(period, 3) : 0;
  MONTHS[0] = mm;
  MONTHS[1] = dd || 1;
  MONTHS[2] = dd ? mm : mm + 1;
  MONTHS[3] = dd;
}

/**
 * How much farther a reading against the lean may be and still win: in past
 * tense, "payable Dec. 15" (seven weeks ahead) beats the December eleven
 * months back, but "began in May" in March means last year's May; "since"
 * and "ended" all but rule out a period still ahead: "since the spring" in February is last year's.
 */
const AGAINST_LEAN: Readonly<Record<Tense, [past: number, future: number]>> = {
  past: [1, 5], future: [10, 1], 'sure-future': [10, 1], none: [1, 2], 'firm-past': [1, 100], 'firm-future': [10, 1],
};
/**
 * A future verb leans less on a quarter or half, reported once it is over ("expects
 * to report a third-quarter loss" in October is the quarter just ended), and on a
 * period that a determiner ties to a noun ("is unlikely to back her after her March
 * comment"), where "will vote in November" in January is the November ahead.
 */
const WEAK_FUTURE: [past: number, future: number] = [3, 1];
// the determiner is looked for only where it can matter: a future tense on a month or a day
const weightsOf = (period: string, tense: Tense, attributive: () => boolean): [number, number] =>
  (tense === 'future' || tense === 'sure-future') && (period.charCodeAt(0) === 81 || period.charCodeAt(0) === 72 || attributive()) ? WEAK_FUTURE : AGAINST_LEAN[tense];
/** A determiner just before the mention: `her March comment`, `the October report`. */
const DETERMINER = /\b(?:the|a|an|his|her|its|their|our|my|your|this|that)\s+$/i;

/**
 * How far the period lies from the reference date in the reference year, the
 * year before and the year after: [days ahead, days behind] each, one of them 0,
 * into a scratch buffer that each mention fills anew.
 */
const FAR = new Float64Array(6);
function distances(period: string, ref: RefDate): Float64Array {
  const today = dayNumber(ref.year, ref.month, ref.day);
  readMonths(period);
  for (let k = 0; k < 3; k++) {
    const y = k === 0 ? ref.year : k === 1 ? ref.year - 1 : ref.year + 1;
    const s = dayNumber(y, MONTHS[0], MONTHS[1]);
    const e = s > today ? s : dayNumber(y, MONTHS[2], MONTHS[3]);
    FAR[2 * k] = s > today ? s - today : 0;
    FAR[2 * k + 1] = e < today ? today - e : 0;
  }
  return FAR;
}

/** The year that puts the period nearest the reference date, distances weighted by the tense's [past, future] weights. */
function pickYear(ref: RefDate, far: Float64Array, weights: readonly [number, number]): number {
  const [pastWeight, futureWeight] = weights;
  const cost = (k: number) => far[2 * k] * futureWeight + far[2 * k + 1] * pastWeight;
  // the first of the cheapest, in this order of preference
  let best = ref.year;
  let bestCost = cost(0);
  const before = cost(1);
  if (before < bestCost) {
    best = ref.year - 1;
    bestCost = before;
  }
  return cost(2) < bestCost ? ref.year + 1 : best;
}

/** Each pair of weights once: tenses that weigh alike ("future", "sure-future") need no second try. */
const LEANS: readonly (readonly [number, number])[] = [...new Map(Object.values(AGAINST_LEAN).map((w) => [w.join(), w])).values()];

/** pickYear, reading the tense only when it matters: a period near the reference date falls in one year whatever the tense. */
function yearOf(period: string, ref: RefDate, tense: () => Tense, attributive: () => boolean): number {
  const far = distances(period, ref);
  const year = pickYear(ref, far, LEANS[0]);
  for (let t = 1; t < LEANS.length; t++) if (pickYear(ref, far, LEANS[t]) !== year) return pickYear(ref, far, weightsOf(period, tense(), attributive));
  return year;
}

/**
 * The tense around a date, weighed against a scheduled event after it: "the
 * Nov. 8 election" is most often the coming one, so it leans ahead where no
 * verb tells, and a past verb ("she called the Nov. 8 election a test") leans no way.
 */
function leanAt(text: string, start: number, end: number): Tense {
  const tense = tenseAt(text, start, end);
  if (tense !== 'none' && tense !== 'past') return tense;
  if (scheduledAfter(text, end)) return tense === 'none' ? 'future' : 'none';
  // a past verb that plainly governs the time puts it behind, however near ahead: "Exports sank in October" in August
  return tense === 'past' && clearlyPast(text, start, end) ? 'firm-past' : tense;
}

/** Does a letter or a comma stand before `at`, spaces aside: a clock time inside a sentence, not a timestamp heading one? */
function inSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i) | 32;
  return (c >= 97 && c <= 122) || c === 44 + 32;
}

const isYearless = (c: DateCandidate): boolean => c.type !== 'SET' && c.value.startsWith('XXXX-');

/**
 * Fills in the year a date left out, and the day of a bare clock time.
 * Reference 2023-02-13: `met in October` → `2022-10`; `on February 14-15` → `2023-02-14`.
 */
export function resolveYearless(candidates: readonly DateCandidate[], text: string, ref: RefDate | null): readonly DateCandidate[] {
  // a text without a yearless date passes unchanged, not copied
  if (!ref || !candidates.some(isYearless)) return candidates;
  return candidates.map((c) => {
    if (!isYearless(c)) return c;
    if (c.value.startsWith('XXXX-XX-XXT')) {
      const today = (v: string) => (v.startsWith('XXXX-XX-XXT') ? ref.iso + v.slice(10) : v);
      // a clock time inside a sentence ("polls closed at 8 p.m.") is on the day the story last named, if
      // that day is past (anchorStoryDays); one that opens a line (a live blog's "9:34 p.m. Marwick says") is the dateline's
      const story = !inSentence(text, c.start) ? {} : { partOfStoryDay: { part: c.value.slice(11), daysBefore: 0, behindOnly: true } };
      return changed(c, { value: today(c.value), relative: true, ...story, ...(c.range ? { range: { from: today(c.range.from), to: today(c.range.to) } } : {}) });
    }
    const m = YEARLESS.exec(c.value);
    if (!m) return c;
    const year = String(yearOf(m[1], ref, () => leanAt(text, c.start, c.end), () => DETERMINER.test(text.slice(Math.max(0, c.start - 8), c.start))));
    const fill = (v: string) => (v.startsWith('XXXX-XX-XX') ? `${year}${c.value.slice(4, 10)}${v.slice(10)}` : (v.startsWith('XXXX') ? year + v.slice(4) : v));
    const to = c.range ? fill(c.range.to) : '';
    // a range that crosses New Year ends in the next year: "December 30-January 2"
    const range = c.range ? { from: fill(c.range.from), to: to < fill(c.range.from) && c.range.to.startsWith('XXXX') ? String(Number(year) + 1) + to.slice(4) : to } : undefined;
    return revalued(c, fill(c.value), true, range);
  });
}
