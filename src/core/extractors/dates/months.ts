import { AMBIGUOUS_MONTHS, MONTHS, SCHEDULING_WORDS } from '../../lexicon/temporal';
import { pad, type RefDate } from './calendar';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { capitalised } from './capitalisedMonths';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { openers } from './openers';
import { spelledAmong } from './spelledAmong';
import { SPELLED_YEAR, spelledYearValue } from './spelledYears';

/** `October`, `early March 1996`, `Sept. of 1990`, `January this year`, `January of last year`, `mid-June`, `January nineteen ninety-seven`. */
const MONTH = new RegExp(
  `\\b(?:(this|last|next)\\s+)?(?:(early|late|mid|the\\s+(?:end|beginning|start|middle)\\s+of)[\\s-]*)?(${alternation(Object.keys(MONTHS))})(\\.)?(?![\\w-])` +
    `(?:,?\\s+(?:of\\s+)?(?:(\\d{4})(?!\\d)|(${SPELLED_YEAR}))|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
  'iy',
);
/** The name as a whole word, or run on from `mid`, `early`, `late` or `of`: `midJune`. */
const NAME_WORDS = wordClass(Object.keys(MONTHS).flatMap((name) => ['', 'mid', 'early', 'late', 'of'].map((run) => run + name)));
/** At most `this the end of` before the name; the walk back stops at any word MONTH does not hold there. */
const WORDS = leadOf('-', 4, undefined, openers(['this', 'last', 'next', 'early', 'late', 'mid', 'the', ...Object.keys(MONTHS)]),
  spelledAmong(['this', 'last', 'next', 'early', 'late', 'mid', 'the', 'end', 'beginning', 'start', 'middle', 'of']));
const SHIFT: ReadonlyMap<string, number> = new Map([['this', 0], ['last', -1], ['next', 1]]);
/** MONTHS as a Map: the names looked up are cut from the text, and an object's lookup by such a string first has to find it among the engine's own. */
const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(MONTHS));
/**
 * A determiner before and a noun after make "March" a month that modifies the
 * noun: `her March comment`; not `the March of Dimes`. Not "May", which names
 * people too: `the May government`.
 */
const DETERMINER = /\b(?:the|a|an|his|her|their|its|our)\s+$/i;
const NOUN_AFTER = /^\s+(?!(?:of|for|on|to|in|against|and|or)\b)[a-z]{3,}\b/;
const MONTH_CUE = /\b(?:in|since|until|till|by|from|through|during|of|early|late|mid|last|next|this|each|every|between|and|to|before|after|or|until|end|beginning|start|middle)[\s-]*$/i;
/** A time set with "for": `set for May`, `is now scheduled for March`, `pushed back for May`. */
/** A day told before the month: `1 April`, `the 3rd of April`; the month finder takes it in when a shifted year follows. */
const DAY_BEFORE = /(?<![\d.,])(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?$/i;
const SCHEDULED_FOR = new RegExp(`\\b(?:${SCHEDULING_WORDS.map((w) => w.replace(' ', '\\s+')).join('|')})\\s+(?:(?:now|tentatively|provisionally|again|back|initially|originally)\\s+)?for\\s+$`, 'i');

/**
 * "last February": the latest February before last month, as the month just
 * ended is "last month" (in March, "last February" is a year back); "next May":
 * the first after this month; "this May": this year's.
 */
function shiftedYear(ref: RefDate, month: number, word: string): number {
  if (word === 'last') return month < ref.month - 1 ? ref.year : ref.year - 1;
  if (word === 'next') return month > ref.month ? ref.year : ref.year + 1;
  return ref.year;
}

/**
 * Month names, with a year when one follows; a bare month keeps the
 * placeholder `XXXX-10` for resolveYearless. Capitalised only, and the
 * ambiguous ones ("May", "March") need a cue: `in May` yes, `May I` no.
 */
export function months(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(MONTH, capitalised(ctx.text, wordAnchors(ctx, NAME_WORDS)), WORDS, ctx.text, ctx.from)) {
    // what comes before the name holds no month name, so the first one found is it (spares the `d` flag's indices)
    const nameAt = m.index + m[0].indexOf(m[3]);
    const name = m[3].toLowerCase();
    if (ctx.text[nameAt] < 'A' || ctx.text[nameAt] > 'Z') continue;
    const stated = m[5] ?? (m[6] ? spelledYearValue(m[6]) : null);
    const full = name.length > 4 || name === 'may' || name === 'june' || name === 'july';
    if (!full && !m[4] && !stated) continue;
    // "early March", "the end of May": the modifier is itself a cue
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const cued = m[1] || m[2] || stated || m[7] || MONTH_CUE.test(before) || (name !== 'may' && DETERMINER.test(before) && NOUN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16)));
    if (AMBIGUOUS_MONTHS.has(name) && !cued && !SCHEDULED_FOR.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    const month = MONTH_NUMBERS.get(name) ?? 0;
    let year = stated ?? 'XXXX';
    if (m[7] && ctx.ref) year = String(ctx.ref.year + (SHIFT.get(m[7].toLowerCase()) ?? NaN));
    if (m[1] && !stated && !m[7] && ctx.ref) year = String(shiftedYear(ctx.ref, month, m[1].toLowerCase()));
    const nameEnd = nameAt + m[3].length;
    const end = stated || m[7] ? m.index + m[0].length : full ? nameEnd : nameEnd + (m[4] ? 1 : 0);
    // "1 April next year": chrono reads the day and month alone, and this, the longer span, would drop the day
    const day = m[7] && !m[1] && !m[2] ? DAY_BEFORE.exec(ctx.text.slice(Math.max(0, m.index - 9), m.index)) : null;
    const dayOf = day ? Number(day[1]) : 0;
    if (day && dayOf >= 1 && dayOf <= 31) out.push(candidate(m.index - day[0].length, end, 'DATE', `${year}-${pad(month)}-${pad(dayOf)}`, true, 1));
    else out.push(candidate(m.index, end, 'DATE', `${year}-${pad(month)}`, !stated, 1));
  }
  return out;
}
