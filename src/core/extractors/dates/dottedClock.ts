/**
 * British copy writes clock times with a dot: "at about 9.30", "until 10.15". With no "am" or "pm" the number is a
 * time only after a word that leads one, and not where a level is told: "stood at 6.45", "closed at 9.30" (a price; but "closed at 10.00" is on the hour),
 * "fell from 1.25" are values. A unit after the number ("9.30 points", "6.45 per cent") is the figures' to settle.
 */
const DOTTED = /(?<![\d.,:£$€])([1-9]|1\d|2[0-3])\.([0-5]\d)(?![\d%]|[.,]\d)/y;
/** The words that lead a time, with a hedge between: `at about `, `shortly after `, `until around `. */
const LEAD = /\b(at|from|until|till|before|after|around|about|since|between)\s+(?:(?:about|around|roughly|approximately|exactly|precisely|just|shortly)\s+)?$/i;
/** A level or a change told before the lead: the number after it is a value, not the hour. "were called at" is no level. */
export const LEVEL =
  /\b(?:(?:stood|stands|standing|closed|closing|ended|finished|traded|trading|quoted|valued|priced|fixed|set|pegged|capped|rose|risen|fell|fallen|climbed|dropped|slipped|jumped|gained|lost|rate|rates|yield|index|level|score|ratio)(?:\s+(?:higher|lower|up|down|back|[a-z]+ly))?)\s+$/i;
/** A verb of closing, which a price shares with a poll or a shop: an hour on the dot is the clock's ("polls closed at 10.00"). */
const CLOSING = /\b(?:closed|closing|ended|finished)\s+$/i;
/** A form of "be" before the lead tells a level ("the rate was at 6.45") unless a day follows: "the vote is at 9.30 on Tuesday". */
export const BE = /\b(?:is|are|was|were|be|been|being)\s+$/i;
const DAY_AFTER = /^\s*(?:on\s+[A-Z]|(?:this|that|the\s+next|the\s+following)\s+(?:morning|afternoon|evening|night)|tomorrow|today|tonight|yesterday|last\s+night|in\s+the\s+(?:morning|afternoon|evening))/;
/** A second time after a first, told with a dash, "to", "and" or a contrast: `from 9.30 to 11.00`, `at 5.50 rather than 6.10`. */
const SECOND = /^\s*(?:[-–]|to|and|or|until|till|rather\s+than|instead\s+of)\s*$/i;

/** The last words of LEAD: the lead itself, or the hedge after it. */
const LEAD_WORDS: ReadonlySet<string> = new Set(['at', 'from', 'until', 'till', 'before', 'after', 'around', 'about', 'since', 'between', 'roughly', 'approximately', 'exactly', 'precisely', 'just', 'shortly']);

/** The word that ends one space before `at`, in lower case; empty when none does. */
function wordBefore(text: string, at: number): string {
  if (text.charCodeAt(at - 1) !== 32) return '';
  let start = at - 1;
  while (start > 0 && at - start < 16 && ((text.charCodeAt(start - 1) | 32) - 97) >>> 0 < 26) start--;
  return text.slice(start, at - 1).toLowerCase();
}

/** The hour and minutes of a dotted clock time at `at`, if one is told there; `previousEnd`, where a time just read ends. */
export function dottedClockAt(text: string, at: number, previousEnd: number): readonly [hour: number, minutes: string, end: number] | null {
  const led = previousEnd >= at - 14 && previousEnd < at ? SECOND.test(text.slice(previousEnd, at)) : false;
  // most decimals follow no word that leads a time: one word read, no regex
  if (!led && !LEAD_WORDS.has(wordBefore(text, at))) return null;
  DOTTED.lastIndex = at;
  const m = DOTTED.exec(text);
  if (!m) return null;
  const end = at + m[0].length;
  const before = text.slice(Math.max(0, at - 40), at);
  if (!led) {
    const lead = LEAD.exec(before);
    if (!lead) return null;
    const told = before.slice(0, lead.index);
    // a price is rarely a whole number told with ".00": "shares closed at 6.45" is a level, "polls closed at 10.00" a time
    const level = LEVEL.test(told) && !(m[2] === '00' && CLOSING.test(told));
    if (level || (BE.test(told) && !DAY_AFTER.test(text.slice(end, end + 30)))) return null;
  }
  return [Number(m[1]), m[2], end];
}
