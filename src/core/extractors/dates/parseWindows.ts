import { CLOCK_PARSER, chronoOf, DAY_MONTH_PARSER, MONTH_DAY_ONLY, parserMask, WITHIN_ONLY } from './chronoParsers';
import { withoutClockLeads } from './clockLeads';
import { clockParserIdle } from './clockParserIdle';
import { monthDayReadings, type DateParts } from './monthDayReadings';

/** chrono needs an instant; the resolvers, not chrono, choose years, so any will do. */
const INSTANT = new Date(Date.UTC(2000, 0, 1, 12));
/**
 * Between two windows: white space that chrono's patterns stop at like a text
 * end, and a `;` that none of them (nor its range and date-time merges) reads.
 */
const GAP = '\n;\n';
/**
 * What chrono's zone refiners add to a result: a zone name (`EST`, which may
 * hold a month's letters) or an offset (`+02:00`, digits around a colon).
 */
const ZONE_LIKE = /[A-Z]{3}|[+-]\d/;

/** A result as calendarDates reads it: chrono's own, or a month-day reading of the same. */
export interface Reading {
  readonly text: string;
  readonly start: DateParts;
  readonly end?: DateParts | null;
}
type Found = { at: number; r: Reading };

/** chrono's results over the windows `read`, with the parsers of `mask`, in text order. */
function readByChrono(read: readonly [from: number, window: string][], mask: number): Found[] {
  if (!read.length) return [];
  const chrono = chronoOf(mask);
  const oneByOne = () => read.flatMap(([from, window]) => chrono.parse(window, INSTANT).map((r) => ({ at: from + r.index, r })));
  if (read.length === 1) return oneByOne();
  const offsets: number[] = []; // where each window starts in the joined text
  let joined = '';
  for (const [, window] of read) {
    offsets.push(joined ? joined.length + GAP.length : 0);
    joined += (joined ? GAP : '') + window;
  }
  const out: Found[] = [];
  let w = 0;
  for (const r of chrono.parse(joined, INSTANT)) {
    while (w + 1 < offsets.length && offsets[w + 1] <= r.index) w++;
    const local = r.index - offsets[w];
    if (local < 0 || local + r.text.length > read[w][1].length) return oneByOne();
    out.push({ at: read[w][0] + local, r });
  }
  return out;
}

/**
 * chrono's results over each window of a text, with `at`, where each starts
 * in the whole text, in text order: what one chrono call per window gives.
 * Only the parsers that can match in some window run, and windows where none
 * can are skipped; a window only the month-day parser can read in ("on
 * October 15."), or that and the clock-time parser where clockParserIdle
 * shows it adds nothing, is read without chrono where monthDayReadings can. The rest
 * are read in one call rather than one per window, which costs chrono's
 * set-up once: they are joined with GAP. Should a result reach into a gap,
 * the windows are read one by one instead.
 */
export function parseWindows(text: string, windows: readonly [number, number][]): Found[] {
  let mask = 0;
  const read: [from: number, window: string][] = [];
  const quick: Found[] = [];
  for (const [from, to] of windows) {
    const raw = text.slice(from, to);
    const needs = parserMask(raw);
    // "from 1 July": only where both the clock and the day-month parsers may read is a lead blanked
    const window = (needs & CLOCK_PARSER) !== 0 && (needs & DAY_MONTH_PARSER) !== 0 ? withoutClockLeads(raw) : raw;
    // "in the year", "for two weeks" alone hold no month, no clock time, no digits around a / : or -:
    // calendarDates keeps none of them, nor of what chrono joins them into, unless a zone is added
    if (!needs || (needs === WITHIN_ONLY && !ZONE_LIKE.test(window))) continue;
    // the clock-time parser, woken by any number, mostly reads nothing that survives beside the dates
    const monthDay = needs === MONTH_DAY_ONLY || (MONTH_DAY_ONLY !== 0 && needs === (MONTH_DAY_ONLY | CLOCK_PARSER));
    const readings = monthDay ? monthDayReadings(window) : null;
    if (readings && (needs === MONTH_DAY_ONLY || clockParserIdle(window, readings))) {
      for (const r of readings) quick.push({ at: from + r.index, r });
      continue;
    }
    mask |= needs;
    read.push([from, window]);
  }
  const found = readByChrono(read, mask);
  // both in text order, from windows apart: one merge
  return quick.length ? [...found, ...quick].sort((a, b) => a.at - b.at) : found;
}
