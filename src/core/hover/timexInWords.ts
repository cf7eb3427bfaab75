import { MONTHS, WEEKDAYS } from '../lexicon/temporal';

/** The name of each number 1…count in a lexicon table, capitalised; the longest spelling is the unabbreviated one. */
function fullNames(table: Readonly<Record<string, number>>, count: number): string[] {
  const names = new Array<string>(count).fill('');
  for (const [word, n] of Object.entries(table)) {
    if (word.length > names[n - 1].length) names[n - 1] = word[0].toUpperCase() + word.slice(1);
  }
  return names;
}

const MONTH_NAMES = fullNames(MONTHS, 12);
/** ISO order: Monday first, Sunday last. */
const WEEKDAY_NAMES = fullNames(WEEKDAYS, 7);
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFS: Readonly<Record<string, string>> = { PRESENT_REF: 'the present', PAST_REF: 'the past', FUTURE_REF: 'the future' };
const DURATION_UNITS: Readonly<Record<string, [string, string]>> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], MIN: ['minute', 'minutes'], S: ['second', 'seconds'], DE: ['decade', 'decades'], CE: ['century', 'centuries'],
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const MONTH = /^(\d{4}|XXXX)-(\d{2})$|^(XXXX)-(\d{2})-(\d{2})$/;

/** A calendar day in words: "2023-02-14" → "Tuesday 14 February 2023"; null when not a real day. */
function dayInWords(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  const day = `${WEEKDAY_NAMES[(date.getUTCDay() + 6) % 7]} ${d} ${MONTH_NAMES[mo - 1]} ${y}`;
  return m[4] ? `${day} at ${m[4]}:${m[5]}` : day;
}

/** "P2Y6M" → "2 years 6 months"; "PXY" → "some years"; null when not a duration. */
function durationInWords(value: string): string | null {
  const m = /^PT?((?:[\dX.]+(?:DE|CE|MIN|[YMWDHS]))+)$/.exec(value);
  if (!m) return null;
  const timePart = value.startsWith('PT');
  const parts = [...m[1].matchAll(/([\dX.]+)(DE|CE|MIN|[YMWDHS])/g)].map(([, n, u]) => {
    const unit = timePart && u === 'M' ? 'MIN' : u;
    const [one, many] = DURATION_UNITS[unit];
    return n === 'X' ? `some ${many}` : `${n} ${Number(n) === 1 ? one : many}`;
  });
  return parts.join(' ');
}

/**
 * A TIMEX3 value in words, for hovers: "2023-02-14" → "Tuesday 14 February 2023",
 * "2023-W07" → "week 7 of 2023", "XXXX-02-14" → "14 February (year unknown)".
 * Values it does not know are returned as written.
 */
export function timexInWords(value: string): string {
  const day = dayInWords(value);
  if (day) return day;
  if (REFS[value]) return REFS[value];
  const month = MONTH.exec(value);
  const monthNumber = month ? Number(month[2] ?? month[4]) : 0;
  if (month && monthNumber >= 1 && monthNumber <= 12) {
    const name = MONTH_NAMES[monthNumber - 1];
    const year = (month[1] ?? month[3]) === 'XXXX' ? ' (year unknown)' : ` ${month[1]}`;
    return month[5] ? `${Number(month[5])} ${name}${year}` : `${name}${year}`;
  }
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return `${m[3] ? 'the weekend of ' : ''}week ${Number(m[2])} of ${m[1]}`;
  m = /^(\d{4})-([QH])([1-4])$/.exec(value);
  if (m) return `${m[2] === 'Q' ? 'quarter' : 'half'} ${m[3]} of ${m[1]}`;
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) return `${SEASONS[m[2]]} ${m[1]}`;
  m = /^(\d{3})X$/.exec(value);
  if (m) return `the ${m[1]}0s`;
  if (/^\d{4}$/.test(value)) return value;
  return durationInWords(value) ?? value;
}
