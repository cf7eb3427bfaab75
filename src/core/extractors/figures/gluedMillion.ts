import { METRE_CUES, UNIT_NAMES, UNIT_SYMBOLS } from '../../lexicon/units';
import type { Token } from './tokens';
import { readUnitAfter } from './unitAfter';

/** Words after a figure that leave it in its clause, as a full stop does: "10m in debt", "from 9m to 10m". */
const CLAUSE_GOES_ON: ReadonlySet<string> = new Set(['in', 'to', 'and', 'or', 'from', 'last', 'this', 'a', 'an', 'per', 'each', 'since', 'over']);
/** Signs that close the figure's clause: "grew to 10.6m." */
const CLAUSE_SIGNS: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', ')', '"', '”', '’', '—', '–']);
const RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'and', 'or']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** Words after "of" that name a group of people or things: "6.5m of them" is a share of it, "100m of cable" a length. */
const GROUP_AFTER_OF: ReadonlySet<string> = new Set(['them', 'those', 'these', 'whom', 'which', 'us']);
/** How many tokens before the number are searched for a sign of measuring. */
const LOOK_BACK = 8;

/** A stop before a capital or a digit ends a sentence; "Max. outreach" goes on. */
function endsSentence(t: Token, next: Token): boolean {
  return (t.text === '.' || t.text === '!' || t.text === '?') && (next.type === 'num' || next.text !== next.lower);
}

/** True when a word or a unit of measure written after a number lies shortly before token `from`, in its sentence. */
function measuringBefore(tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - LOOK_BACK; k--) {
    const t = tokens[k];
    if (endsSentence(t, tokens[k + 1])) return false;
    if (t.type === 'word' && METRE_CUES.has(t.lower)) return true;
    // "100t and … 48m": another measure nearby; a glued "m" is ambiguous itself and tells nothing.
    if (t.text !== 'm' && tokens[k - 1]?.type === 'num' && (UNIT_SYMBOLS.has(t.text) || UNIT_NAMES.has(t.lower))) return true;
  }
  return false;
}

/**
 * Whether the glued "m" at token k, right after digits with no currency,
 * means million: news writes "10.6m people" and "3.5m euros" far more often
 * than metres, which come with a size or a motion ("5m tall", "a 10m wall",
 * "ran 400m"). A currency, a counted plural or a unit after it, or the clause
 * ending there with no article or sign of measuring before, make it a million.
 * "grew to 10.6m.", "6.5m of them" → true; "I'm 1.8m tall", "100m of cable" → false.
 */
export function isGluedMillion(tokens: readonly Token[], k: number): boolean {
  const m = tokens[k];
  if (m?.text !== 'm' || !m.glued || tokens[k - 1]?.type !== 'num') return false;
  const after = tokens[k + 1];
  if (after && after.type === 'word' && !after.glued) {
    if (METRE_CUES.has(after.lower)) return false;
    // "from 3m to 5m high": the two ends of a range are read alike, as the second is.
    if (RANGE_LINKS.has(after.lower) && tokens[k + 2]?.type === 'num' && tokens[k + 3]?.text === 'm') return isGluedMillion(tokens, k + 3);
    const unit = readUnitAfter(tokens, k + 1, true);
    // "1.2m tonnes", "3m years": a unit of its own after the "m" leaves no room for a metre.
    if (unit) return unit.kind !== 'percent' && unit.kind !== 'multiplier';
    if (after.lower === 'of') return GROUP_AFTER_OF.has(tokens[k + 2]?.lower ?? '');
    if (!CLAUSE_GOES_ON.has(after.lower)) return false;
  } else if (after?.text === '-' && after.glued && tokens[k + 2]?.type === 'num' && tokens[k + 3]?.text === 'm') {
    // "1m-1.5m households": the two ends of a range are read alike, as the second is.
    return isGluedMillion(tokens, k + 3);
  } else if (after && !CLAUSE_SIGNS.has(after.text)) {
    return false;
  }
  // "won the 100m.": a bare number after an article names a distance.
  return !ARTICLES.has(tokens[k - 2]?.lower ?? '') && !measuringBefore(tokens, k - 1);
}
