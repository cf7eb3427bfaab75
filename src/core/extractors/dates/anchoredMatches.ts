import type { Opens } from './openers';

/** What `\b` counts as a word character (ASCII letters, digits, `_`), one flag per ASCII code: one load in the walks below. */
const WORD_CHARS = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD_CHARS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;

/** NaN, past either end of the text, is no word character. */
function isWord(c: number): boolean {
  return c < 128 && WORD_CHARS[c] === 1;
}

/**
 * What a finder's pattern may hold between its start and its anchor word: at
 * most `words` words besides those `free` accepts (text[start, end)), joined by
 * white space, anything outside ASCII, or `extra`.
 * `leadOf("-./", 3)` accepts `the past 2.5-`, not `, `.
 */
export interface Lead {
  /** One flag per ASCII character; all others are allowed. */
  readonly allowed: Uint8Array;
  readonly words: number;
  readonly free?: (text: string, start: number, end: number) => boolean;
  /** Where a match may start, its anchor included (see openers); anywhere when absent. */
  readonly opens?: Opens;
  /** The only words a match may hold before its anchor: the walk back ends at any other, which no match can reach past. */
  readonly only?: (text: string, start: number, end: number) => boolean;
}

export function leadOf(extra: string, words = Infinity, free?: Lead['free'], opens?: Opens, only?: Lead['only']): Lead {
  // one flag per ASCII character, read in the lead walk's inner loop
  const allowed = new Uint8Array(128);
  for (let c = 0; c < 128; c++) allowed[c] = isWord(c) || c === 32 || (c >= 9 && c <= 13) || extra.includes(String.fromCharCode(c)) ? 1 : 0;
  return { allowed, words, free, opens, only };
}

/** For patterns that start at their anchor word. */
export const NO_LEAD: Lead = { allowed: new Uint8Array(128), words: 0 };

const NONE: readonly RegExpExecArray[] = [];

/** The starts of a global regex's matches from `from` on. */
function starts(re: RegExp, text: string, from: number): number[] {
  const out: number[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

/** Where a match holding the anchor at `at` may start at the earliest, not before `floor`. */
function leadStart(text: string, at: number, floor: number, lead: Lead): number {
  if (lead === NO_LEAD) return at;
  let start = at;
  let words = 0;
  while (start > floor) {
    const c = text.charCodeAt(start - 1);
    if (c < 128 && lead.allowed[c] === 0) break;
    if (isWord(c) && !isWord(text.charCodeAt(start))) {
      // stepping back into a word that ends here: count it unless it is free
      let begin = start - 1;
      while (begin > floor && isWord(text.charCodeAt(begin - 1))) begin--;
      if (lead.only && !lead.only(text, begin, start)) break;
      if (!lead.free?.(text, begin, start) && ++words > lead.words) break;
      start = begin;
      continue;
    }
    start--;
  }
  return start;
}

/**
 * Exactly the matches `matchesFrom(re, text, from)` gives, at a fraction of
 * the cost: `re` (sticky, starting with `\b` and a word character) is tried
 * only at the word starts that lead up to a cheap `anchor` (a global regex,
 * or the ascending starts of anchor words from wordAnchors).
 * The contract: every match of `re` contains an anchor match, and what comes
 * before that anchor in the match passes `lead` (and starts where
 * `lead.opens` holds); with `wordStart` false,
 * matches may also start off a word start. Each position is tried at most
 * once, so the cost stays linear in the text.
 * (DURATION, /\byears?\b/gi, leadOf('-./')) on `for two years` → [`two years`].
 */
export function anchoredMatches(
  re: RegExp,
  anchor: RegExp | readonly number[],
  lead: Lead,
  text: string,
  from: number,
  wordStart = true,
): readonly RegExpExecArray[] {
  // most calls find no anchor: the shared empty list, not a new one
  if (!(anchor instanceof RegExp) && anchor.length === 0) return NONE;
  const out: RegExpExecArray[] = [];
  let next = from; // the first position neither tried nor inside a match
  for (const at of anchor instanceof RegExp ? starts(anchor, text, from) : anchor) {
    if (at < next) continue;
    for (let i = leadStart(text, at, next, lead); i <= at; i++) {
      if (wordStart) {
        if (!isWord(text.charCodeAt(i))) continue;
        if (i > 0 && isWord(text.charCodeAt(i - 1))) {
          // inside a word: on to its last character at once, as no match starts before the next word
          while (i < at && isWord(text.charCodeAt(i + 1))) i++;
          continue;
        }
      }
      if (lead.opens && !lead.opens(text, i)) continue;
      re.lastIndex = i;
      const m = re.exec(text);
      if (!m) continue;
      out.push(m);
      next = m.index + Math.max(1, m[0].length);
      i = next - 1;
    }
    next = Math.max(next, at + 1);
  }
  return out;
}
