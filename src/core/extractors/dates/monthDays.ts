import { candidate, type DateCandidate, type FinderContext } from './candidate';
import { monthValue, pad } from './calendar';
import { CLOCK_STARTS, wordAnchors } from './wordIndex';

/** A day of the month alone: `20th`, `1st`, `3rd`. */
const DAY = /(\d{1,2})(?:st|nd|rd|th)\b/y;
/** "the" after a word that leads a date: `on the `, `by the `, `until the `. */
const LEAD = /\b(?:on|by|until|till|from|since|before|after|between|and|or|to)\s+the\s+$/i;
/**
 * What may follow a day alone: a mark, or a word that goes on with the clause; not the noun an ordinal
 * counts ("the 20th century", "the 20th anniversary", "the 5th floor").
 */
const AFTER = /^(?:\s*(?:[.,;:!?)—–-]|$)|\s+(?:and|or|at|when|as|but|with|in|to|until|till|through|if|for|of\s+the\s+month)\b)/i;
/** The month told after the day, which the span takes in: `the 21st of this month`. */
const OF_MONTH = /^\s+of\s+(this|next|last)\s+month\b/i;
const SHIFT: Readonly<Record<string, number>> = { this: 0, next: 1, last: -1 };

/**
 * A day of a month that the text does not name: `on the 20th`, `by the 3rd`. The month is left for
 * daysOfMonth to find (`XXXX-XX-20`): the one named just before, or the dateline's; `the 21st of next month`
 * names its own.
 */
export function monthDays(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  const { text } = ctx;
  for (const at of wordAnchors(ctx, CLOCK_STARTS)) {
    // "the" and a space stand right before: most numbers fail here, with no regex
    if (text.charCodeAt(at - 1) !== 32 || (text.charCodeAt(at - 2) | 32) !== 101 || (text.charCodeAt(at - 3) | 32) !== 104) continue;
    DAY.lastIndex = at;
    const m = DAY.exec(text);
    const day = m ? Number(m[1]) : 0;
    if (!m || day < 1 || day > 31 || !LEAD.test(text.slice(Math.max(0, at - 16), at))) continue;
    const end = at + m[0].length;
    const after = text.slice(end, end + 24);
    const month = ctx.ref ? OF_MONTH.exec(after) : null;
    if (month && ctx.ref) out.push(candidate(at - 4, end + month[0].length, 'DATE', `${monthValue(ctx.ref, SHIFT[month[1].toLowerCase()])}-${pad(day)}`, true, 1));
    else if (AFTER.test(after)) out.push(candidate(at - 4, end, 'DATE', `XXXX-XX-${pad(day)}`, true, 1));
  }
  return out;
}
