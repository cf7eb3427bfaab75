import { CURRENCY_SYMBOLS } from '../../lexicon/currencies';
import { COMPARATIVES } from '../../lexicon/qualifiers';
import { RATE_NOUNS, UNIT_NAMES } from '../../lexicon/units';
import type { Token } from './tokens';

/** Words after "three times" that make it a multiple of what follows: "three times the size", "twice as many", "its". */
const MULTIPLE_OF: ReadonlySet<string> = new Set([
  'as', 'the', 'what', 'whatever', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'those', 'normal', 'average', 'usual',
  // Comparatives the multiplier lists leave out, because no multiplier phrase needs them there.
  'harder', 'easier', 'quicker', 'wider', 'deeper', 'taller', 'older', 'younger', 'warmer', 'colder', 'hotter', 'safer',
  'likelier', 'louder', 'busier', 'denser', 'thicker', 'bigger', 'smaller', 'greater', 'costlier', 'pricier',
  // Verbs that compare: "may 10 times exceed that".
  'exceed', 'exceeds', 'exceeded', 'outnumber', 'outnumbers', 'outnumbered', 'outweigh', 'outweighs', 'outstrip', 'outstrips',
]);

/** Verbs of growth right before the number that make a bare "N times" a multiple: "output grew three times". */
const GROWTH_VERBS: ReadonlySet<string> = new Set([
  'grew', 'grown', 'grow', 'grows', 'increased', 'increase', 'increases', 'multiplied', 'expanded', 'swelled', 'swollen',
]);

/** "in a row" after "grew three times": how often, where "in a decade" may be either. */
function inARow(tokens: readonly Token[], k: number): boolean {
  return tokens[k].lower === 'in' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'row';
}

/** Words after "three times" that take a time after them to tell how often: "this year", "a day", "over the summer". */
const BEFORE_A_TIME: ReadonlySet<string> = new Set(['a', 'an', 'this', 'that', 'these', 'over']);

/** Words after "over" that open a time: "five times over the past year"; bare "over" is emphatic ("ten times over"). */
const OPENS_A_TIME: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'last', 'past', 'recent', 'several', 'two', 'three']);

function isTimeNoun(t: Token | undefined): boolean {
  return t?.type === 'word' && (RATE_NOUNS.has(t.lower) || UNIT_NAMES.get(t.lower)?.category === 'time');
}

/**
 * True when "N times" or "twice" ending before token k, with the word before
 * the number at `before`, counts occasions, not a multiple: "rates rose 14
 * times in a row", "arrested twice", "three times a year", "five times over
 * the past year"; not "three times higher", "twice as many", "ten times the
 * size", "three times that", "ten times over", "output grew three times".
 */
export function isOccasions(tokens: readonly Token[], k: number, before: number): boolean {
  const t = tokens[k];
  const grown = GROWTH_VERBS.has(tokens[before]?.lower ?? '');
  if (!t) return !grown;
  // "times 5", "times $3": an arithmetic product.
  if (t.type === 'num') return false;
  if (t.type === 'sym') return !grown && !CURRENCY_SYMBOLS.has(t.text);
  if (t.lower === 'over') return OPENS_A_TIME.has(tokens[k + 1]?.lower ?? '');
  if (BEFORE_A_TIME.has(t.lower)) return isTimeNoun(tokens[k + 1]);
  // "1.65 times Deseret's book value": a possessive names what is multiplied.
  if (t.text.endsWith("'s") || t.text.endsWith('’s')) return false;
  return !COMPARATIVES.has(t.lower) && !MULTIPLE_OF.has(t.lower) && (!grown || inARow(tokens, k));
}
