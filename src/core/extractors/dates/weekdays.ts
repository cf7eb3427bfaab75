import { isDigitCode } from '../../charCodes';
import { DAY_PARTS, WEEKDAYS, WEEKLY_NOUNS } from '../../lexicon/temporal';
import { addDays } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { spelledAmong } from './spelledAmong';

const NAMES = alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 4 || w.endsWith('day')));
/** `Monday`, `last Friday`, `Wednesday night`, `10 p.m. EST Tuesday`, `on Sundays`; the name itself must be capitalised. */
const WEEKDAY = new RegExp(
  `\\b(?:(?:(\\d{1,2})(?:[:.](\\d\\d))?\\s*([ap])\\.?m\\b\\.?|(noon|midnight))\\s+(?:[A-Z]{3}\\s+)?(?:on\\s+)?)?` +
    `(?:(last|next|this|this\\s+past|early|late|earlier|later)\\s+)?(${NAMES})(s)?\\b(?:\\s+(${alternation(Object.keys(DAY_PARTS))})(s)?\\b)?`,
  'iy',
);
/** WEEKDAYS as a Map: the words looked up are cut from the text, and an object's lookup by such a string first has to find it among the engine's own. */
const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(WEEKDAYS));
const FULL_NAMES = Object.keys(WEEKDAYS).filter((w) => w.length > 4 || w.endsWith('day'));
const NAME_WORDS = wordClass([...FULL_NAMES, ...FULL_NAMES.filter((w) => w.endsWith('day')).map((w) => `${w}s`)]);
/** The longer words WEEKDAY may hold before the name; the rest are numbers and words of three letters at most (`p`, `EST`, `on`). */
const IS_LEAD_WORD = spelledAmong(['noon', 'midnight', 'last', 'next', 'this', 'past', 'early', 'late', 'earlier', 'later']);
/** `10:30 p.m. EST on this past`: what may come before the name; the walk back stops at any other word. */
const CLOCK_LEAD = leadOf(':.', 8, undefined, openers(['noon', 'midnight', 'last', 'next', 'this', 'early', 'earlier', 'late', ...Object.keys(WEEKDAYS)], true), (text, start, end) =>
  end - start <= 3 || isDigitCode(text.charCodeAt(start)) || IS_LEAD_WORD(text, start, end));

/** `talk` in `Sunday talk show`, by hash, without copying the word. */
const IS_WEEKLY_NOUN = spelledAmong(WEEKLY_NOUNS);

/** A determiner before a weekday that a noun follows: `a Sunday talk show`, `the Friday edition`; not `a poll released Friday shows`. */
const DETERMINER = /\b(?:a|an|the|his|her|its|their|every|each)\s+$/i;

/** Does a noun of a weekly thing follow the weekday at [start, end) after one space, with a determiner before: `a Sunday talk show`? */
function weeklyAfter(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32 || !DETERMINER.test(text.slice(Math.max(0, start - 7), start))) return false;
  let to = end + 1;
  while (to < text.length && text.charCodeAt(to) >= 97 && text.charCodeAt(to) <= 122) to++;
  return to > end + 1 && IS_WEEKLY_NOUN(text, end + 1, to);
}

/** `10 p.m.` → `T22:00`, `noon` → `T12:00`; else nothing. */
function timeOf(m: RegExpExecArray): string {
  if (m[4]) return m[4].toLowerCase() === 'noon' ? 'T12:00' : 'T24:00';
  if (m[1]) {
    const hour = (Number(m[1]) % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
    return `T${String(hour).padStart(2, '0')}:${m[2] ?? '00'}`;
  }
  // "Friday evening" is that day's evening, as "this evening" is today's: `XXXX-WXX-5TEV`; but "Friday night"
  // in news is mostly annotated as the day itself, its part left in the span only
  const named = m[8]?.toLowerCase();
  return named && named !== 'night' ? `T${DAY_PARTS[named]}` : '';
}

/**
 * Weekday names. "last"/"next" resolve here; a bare weekday keeps the
 * placeholder `XXXX-WXX-1` for resolveWeekdays, which reads the tense:
 * `next Monday` (reference Wednesday 2023-02-15) → `2023-02-20`.
 */
export function weekdays(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(WEEKDAY, wordAnchors(ctx, NAME_WORDS), CLOCK_LEAD, ctx.text, ctx.from)) {
    // what comes before the name holds no weekday name, so the first one found is it (spares the `d` flag's indices)
    const nameAt = m.index + m[0].indexOf(m[6]);
    if (ctx.text[nameAt] < 'A' || ctx.text[nameAt] > 'Z') continue;
    const weekday = WEEKDAY_NUMBERS.get(m[6].toLowerCase()) ?? NaN;
    const shift = m[5]?.toLowerCase().replace(/\s+/g, ' ');
    const part = timeOf(m);
    // "on Sundays", "Saturday nights", "a Sunday talk show", "6pm on Fridays": a weekday that recurs
    if ((m[7] || m[9] || (!m[8] && !part && weeklyAfter(ctx.text, m.index, m.index + m[0].length))) && !shift) {
      out.push(candidate(m.index, m.index + m[0].length, 'SET', `XXXX-WXX-${weekday}${part || (m[8] ? `T${DAY_PARTS[m[8].toLowerCase()]}` : '')}`, false, 2));
      continue;
    }
    let day = `XXXX-WXX-${weekday}`;
    if (ctx.ref && (shift === 'last' || shift === 'this past')) day = addDays(ctx.ref, -(((ctx.ref.weekday - weekday + 6) % 7) + 1)).iso;
    if (ctx.ref && shift === 'next') day = addDays(ctx.ref, ((weekday - ctx.ref.weekday + 6) % 7) + 1).iso;
    out.push(candidate(m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', day + part, true, 2));
  }
  return out;
}
