import { REFERENCE_PHRASES } from '../../lexicon/temporal';
import { anchoredMatches, leadOf } from './anchoredMatches';
import { alternation, candidate, type DateCandidate, type FinderContext } from './candidate';
import { wordAnchors, wordClass } from './wordIndex';
import { NUMBER_TOKENS } from './numberPhrase';
import { openers } from './openers';
import { spelledAmong } from './spelledAmong';

/** The phrases, kept whole; "now that" is a conjunction, not a time. */
const REFERENCE = new RegExp(`\\b(?:${alternation(Object.keys(REFERENCE_PHRASES))})\\b(?!\\s+that\\b)`, 'iy');
/** The last word of each phrase: rarer than its first ("the"). */
const LAST_WORDS = wordClass(Object.keys(REFERENCE_PHRASES).map((p) => p.split(' ').pop() ?? p));
/** At most `the near` before the last word. */
const WORDS = leadOf('', 2, undefined, openers(Object.keys(REFERENCE_PHRASES).map((p) => p.split(' ')[0])));

/** REFERENCE_PHRASES as a Map: the words looked up are cut from the text, and an object's lookup by such a string first has to find it among the engine's own. */
const VALUES: ReadonlyMap<string, string> = new Map(Object.entries(REFERENCE_PHRASES));

/** `the past months`: a stretch of uncounted units, kept whole. */
const PAST_UNITS = /^\s+(days|weeks|months|years|decades)\b/i;
const UNIT_LETTER: Readonly<Record<string, string>> = { days: 'D', weeks: 'W', months: 'M', years: 'Y', decades: 'DE' };
/** Counted seasons are times too: `the past three summers`. */
const SEASONAL = /^(?:summer|winter|spring|fall|autumn)s?$/i;
const IS_COUNT = spelledAmong([...NUMBER_TOKENS, 'several', 'many']);
/** "the present candidate", "the future president": a lower-case word after them other than these makes them adjectives. */
const ADJECTIVE_USE = /^ (?!(?:of|and|or|but|is|was|are|were|will|would|could|may|might|with|if|by|in|than|to|as|for|that|at|on|when|where|looks|seems|holds|lies|belongs|remains|we|you|he|she|it|they|there|i|one|this|these|those)\b)[a-z]/;

/** The stretch "the past" opens, if any: a DURATION over the units after it; null where a count follows. */
function pastStretch(text: string, start: number, end: number): DateCandidate | null | undefined {
  const units = PAST_UNITS.exec(text.slice(end, end + 9));
  if (units) return candidate(start, end + units[0].length, 'DURATION', `PX${UNIT_LETTER[units[1].toLowerCase()]}`, false, 0);
  // "six of the past seven contests": a count of other things; a count of time units is the durations' own, longer match
  let at = end;
  for (let counted = false; ; counted = true) {
    while (at < text.length && text.charCodeAt(at) === 32) at++;
    let to = at;
    while (to < text.length && /[A-Za-z0-9]/.test(text.charAt(to))) to++;
    if (to === at) return undefined;
    if (!/\d/.test(text.charAt(at)) && !IS_COUNT(text, at, to)) return !counted || SEASONAL.test(text.slice(at, to)) ? undefined : null;
    at = to;
  }
}

/**
 * Words that point at the present, past or future without a date:
 * `now`, `currently` → PRESENT_REF; `recently` → PAST_REF; `the future` → FUTURE_REF.
 */
export function references(ctx: FinderContext): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of anchoredMatches(REFERENCE, wordAnchors(ctx, LAST_WORDS), WORDS, ctx.text, ctx.from)) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const value = VALUES.get(phrase);
    // "Johnny-come-lately": a word hyphened to the one before belongs to a compound
    if (!value || ctx.text.charCodeAt(m.index - 1) === 45) continue;
    const end = m.index + m[0].length;
    if ((phrase === 'the present' || phrase === 'the future') && ADJECTIVE_USE.test(ctx.text.slice(end, end + 16))) continue;
    const stretch = phrase === 'the past' ? pastStretch(ctx.text, m.index, end) : undefined;
    if (stretch !== null) out.push(stretch ?? candidate(m.index, end, 'DATE', value, false, 0));
  }
  return out;
}
