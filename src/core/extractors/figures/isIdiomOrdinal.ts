import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { ORDINAL_HYPHEN_IDIOMS, ORDINAL_IDIOMS, ORDINAL_NAME_HEADS, PAST_FORMS_AFTER_FIRST, RANK_BEFORE_FIRST } from '../../lexicon/numberWords';
import { opensSentence } from './isIdentifier';
import type { Token } from './tokens';

const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES_AND_POSSESSIVES, 'this', 'these', 'those', 'every', 'each']);
/** Signs that end the clause a bare "first" closes: "put the country first." */
const CLAUSE_ENDS = new Set([',', '.', ';', ':', '!', '?', ')', '”', '"']);

/**
 * True when the ordinal at tokens[start, end) is part of a title, a name or
 * an idiom, or "first" is an adverb: "the first lady", "the Fifth Amendment",
 * "third-party", "when she first met him", "put the country first.",
 * "First, ..." → true; "the first debate", "finished first." → false.
 */
export function isIdiomOrdinal(text: string, tokens: readonly Token[], start: number, end: number, value: number): boolean {
  const hyphen = tokens[end]?.text === '-' && tokens[end].glued && tokens[end + 1]?.glued ? 1 : 0;
  const next = tokens[end + hyphen];
  if (next?.type === 'word') {
    if (ORDINAL_IDIOMS.get(value)?.has(next.lower) || (hyphen && ORDINAL_HYPHEN_IDIOMS.get(value)?.has(next.lower))) return true;
    if (next.head >= 65 && next.head <= 90 && ORDINAL_NAME_HEADS.has(next.lower)) return true;
  }
  return value === 1 && end === start + 1 && tokens[start].lower === 'first' && isAdverbFirst(text, tokens, start);
}

function isAdverbFirst(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // Most ordinals follow "the" or a possessive: those are ranks, checked first as the cheapest.
  if (before?.type === 'word' && (DETERMINERS.has(before.lower) || before.lower.endsWith("'s") || before.lower.endsWith('’s'))) return false;
  // "First, they ...", "First of all": a sentence opener that orders points, not a rank.
  if (opensSentence(text, tokens, i)) return after?.text === ',' || (after?.lower === 'of' && tokens[i + 2]?.lower === 'all');
  if (!before || !after) return false;
  const word = before.type === 'word';
  // ", first reported by": after a comma only a verb makes it an adverb.
  if (!word && before.text !== ',') return false;
  if (after.type === 'word') {
    if (after.glued || after.text !== after.lower) return false;
    if (after.lower === 'again') return word && !RANK_BEFORE_FIRST.has(before.lower);
    return PAST_FORMS_AFTER_FIRST.has(after.lower) || (after.lower.length > 4 && after.lower.endsWith('ed'));
  }
  return word && CLAUSE_ENDS.has(after.text) && !RANK_BEFORE_FIRST.has(before.lower);
}
