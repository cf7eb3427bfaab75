import {
  AFTER_NOUN_PHRASE, COUNT_BEFORE_FINAL_ONE, PRONOUN_ONE_AFTER, PRONOUN_ONE_BEFORE, SINGULAR_IN_S, SUBJECTS_AFTER_ONE,
} from '../../lexicon/identifierWords';
import type { Token } from './tokens';

const ARTICLES = new Set(['a', 'an', 'the']);
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/**
 * True when a lone "one" is a pronoun or part of an idiom, not a count:
 * "one of the", "no one", "the one", "one another", "one-sided",
 * "a muted one rather than", "can't find one.", "For one, ...", "how one writes".
 */
export function isPronounOne(tokens: readonly Token[], i: number, qualified = false): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.type === 'word' && PRONOUN_ONE_BEFORE.has(before.lower)) return true;
  // "not a weaker one.", "a separate one Smith filed": an adjective between an article and a "one" that ends the phrase ("an estimated" qualifies).
  const ends = !after || after.type === 'sym' || AFTER_NOUN_PHRASE.has(after.lower) || (after.type === 'word' && after.text !== after.lower);
  if (ends && !qualified && before?.type === 'word' && tokens[i - 2]?.type === 'word' && ARTICLES.has(tokens[i - 2].lower)) return true;
  // "I can't find one.": a "one" that closes a sentence after a verb or noun stands for a noun.
  const final = after !== undefined && SENTENCE_ENDS.has(after.text);
  if (final && !qualified && before?.type === 'word' && before.text === before.lower && !COUNT_BEFORE_FINAL_ONE.has(before.lower)) return true;
  // "For one, Haskins ...": an aside, not a count.
  if (before?.lower === 'for' && after?.text === ',') return true;
  if (after?.text === '-' && after.glued) return true;
  // "not one this large", "one so severe": a degree after "one" describes the noun it stands for; "one this year" counts.
  if ((after?.lower === 'this' || after?.lower === 'so') && isDegreeWord(tokens[i + 2])) return true;
  // "one he wanted", "one in which": a clause about the noun "one" stands for.
  if (after?.type === 'word' && (SUBJECTS_AFTER_ONE.has(after.lower) || tokens[i + 2]?.lower === 'which' || tokens[i + 2]?.lower === 'whom')) return true;
  return after?.type === 'word' && (PRONOUN_ONE_AFTER.has(after.lower) || isVerbInS(after));
}

/** A lower-case word after "this" or "so" that is no time or amount: "large" in "one this large", not "year" or "far". */
function isDegreeWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text === t.lower && !NOT_DEGREES.has(t.lower);
}

/** Words after "one this" or "one so" that keep "one" a count: "only one this year", "one so far". */
const NOT_DEGREES: ReadonlySet<string> = new Set([
  'year', 'month', 'week', 'morning', 'afternoon', 'evening', 'season', 'quarter', 'term', 'time', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'weekend', 'century', 'decade', 'session', 'round', 'far', 'much', 'many',
  'that', 'the', 'a', 'an', 'is', 'was',
]);

/**
 * A counted noun after "one" is singular, so a lower-case word in "-s" there is
 * a verb: "how one writes", "One says"; not "one class", "one bonus", "one news outlet".
 */
function isVerbInS(t: Token): boolean {
  const n = t.text.length;
  if (n < 4 || t.text !== t.lower || t.text[n - 1] !== 's') return false;
  const c = t.text[n - 2];
  return c !== 's' && c !== 'u' && c !== 'i' && c !== "'" && c !== '’' && !SINGULAR_IN_S.has(t.lower);
}
