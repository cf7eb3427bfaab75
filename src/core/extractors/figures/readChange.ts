import {
  AFTER_A_CHANGE, BEFORE_A_VERB, CHANGE_BASES, CHANGE_THIRD_PERSON, NOT_BEFORE_A_CHANGE, CHANGE_IDIOM_PARTICLES, CHANGE_QUALIFIERS, CHANGE_VERBS, HALVING_VERBS, MULTIPLIED_AFTER,
} from '../../lexicon/changeWords';
import type { Candidate } from './candidate';
import { readQualifierBefore } from './qualifier';
import type { QualifierMatch } from './qualifier';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';

/** How many tokens before "by half" its verb may stand: "cut the number of beds by half". */
const REACH = 6;
const CLAUSE_ENDS = new Set(['.', ';', ':', '!', '?', ',', '(', ')', '"', '“', '”']);

/**
 * A verb that multiplies a level, read at token j as a multiplier, the way
 * "twice" is: "more than doubled" → 2, qualifier "more than"; "cut the
 * deficit in half" → "in half", 0.5. Null when the word is no such verb
 * here: "doubled down", "a double blow", "rose by half", "by half a point".
 */
export function readChange(tokens: readonly Token[], i: number, j: number, qualifier: QualifierMatch | null): Candidate | null {
  if (qualifier && !CHANGE_QUALIFIERS.has(qualifier.text)) return null;
  const t = tokens[j];
  let start = t.lower === 'half' ? halvingStart(tokens, i, j) : i;
  // "cut nearly in half": the qualifier may stand before "in" or "by".
  const lead = start >= 0 && t.lower === 'half' && !qualifier ? qualifierBefore(tokens, start) : null;
  if (lead) start = lead.at;
  const value = start < 0 ? undefined : t.lower === 'half' ? 0.5 : CHANGE_VERBS.get(t.lower) ?? baseValue(tokens, i, j);
  if (value === undefined || isIdiom(tokens, j + 1)) return null;
  return { start, end: j + 1, amount: null, upper: null, unit: null, qualifier: lead ? lead.qualifier : qualifier, multiplier: { value } };
}

/** The qualifier of one or two words that ends right before token k: "nearly" of "nearly in half". */
function qualifierBefore(tokens: readonly Token[], k: number): { at: number; qualifier: QualifierMatch } | null {
  for (let at = k - 1; at >= 0 && at >= k - 2; at--) {
    const q = readQualifierBefore(tokens, at);
    if (q && q.end === k && CHANGE_QUALIFIERS.has(q.text)) return { at, qualifier: q };
  }
  return null;
}

/**
 * "double", "triple" or "doubles" at j, any qualifier from i, as a verb or before what it multiplies:
 * "pledged to double funding", "will more than double", "double the rate", "the fee doubles to £20"; not "a double blow".
 */
function baseValue(tokens: readonly Token[], i: number, j: number): number | undefined {
  const third = CHANGE_THIRD_PERSON.get(tokens[j].lower);
  // "the fee doubles to £20"; not "won the doubles", "two halves".
  if (third !== undefined) return AFTER_A_CHANGE.has(tokens[j + 1]?.lower ?? '') && isSubjectEnd(tokens[i - 1]) ? third : undefined;
  const value = CHANGE_BASES.get(tokens[j].lower);
  if (value === undefined) return undefined;
  return BEFORE_A_VERB.has(tokens[i - 1]?.lower ?? '') || MULTIPLIED_AFTER.has(tokens[j + 1]?.lower ?? '') ? value : undefined;
}

/** A word that may end the subject before a verb: no article, number or verb of sport; "the fee" → true, "the", "two" → false. */
function isSubjectEnd(t: Token | undefined): boolean {
  return t?.type === 'word' && (t.marks & CARRIES_NUMBER) === 0 && !NOT_BEFORE_A_CHANGE.has(t.lower);
}

/** "doubled down", "double-check", "doubles as a shelter": the verb makes no multiple. */
function isIdiom(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.text === '-' && t.glued) return true;
  if (!CHANGE_IDIOM_PARTICLES.has(t.lower)) return false;
  // "doubled as demand rose" is a clause after the verb; "doubled as a shelter" a role.
  if (t.lower !== 'as') return true;
  const next = tokens[k + 1]?.lower ?? '';
  return (next === 'a' || next === 'an') && tokens[k + 2]?.lower !== 'result';
}

/**
 * Where "by half" or "in half" starts when a verb of decline before it makes
 * it a halving, the number at j and any qualifier from i: "fell by nearly
 * half" → the token of "by"; -1 for "rose by half", "by half a point", "half of them".
 */
function halvingStart(tokens: readonly Token[], i: number, j: number): number {
  const prep = tokens[i - 1]?.lower;
  if (prep !== 'by' && prep !== 'in') return -1;
  const next = tokens[j + 1];
  if (next && (next.lower === 'a' || next.lower === 'an' || next.lower === 'of' || next.lower === 'past' || (next.text === '-' && next.glued))) return -1;
  for (let k = i - 2; k >= 0 && k >= i - 1 - REACH; k--) {
    const t = tokens[k];
    if (t.type === 'sym' && CLAUSE_ENDS.has(t.text)) return -1;
    if (t.type === 'word' && HALVING_VERBS.has(t.lower)) return i - 1;
  }
  return -1;
}
