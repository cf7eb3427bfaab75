import type { Figure } from '../../model';

/** How far back, in characters, the subject and its verb may stand: "the number of passengers has risen to". */
const REACH = 72;
/** "the number of passengers rose to", "passenger numbers fell by": what the bare amount after them counts. */
const SUBJECT =
  /\b(?:number\s+of\s+([a-z]{3,}s)|([A-Za-z][a-z]{2,})\s+numbers)\s+(?:(?:has|have|had)\s+)?(?:rose|risen|grew|grown|climbed|jumped|increased|fell|fallen|dropped|declined|decreased|reached|hit|topped|stood|stands)\s+(?:(?:at|to|by|from)\s+)?$/;
/** Words before "numbers" that count no noun of their own: "record numbers", "their numbers", "unemployment numbers". */
const NO_NOUN = new Set(['the', 'their', 'our', 'its', 'his', 'her', 'these', 'those', 'record', 'total', 'overall', 'official', 'big', 'high', 'higher', 'low', 'lower', 'small', 'large', 'final', 'latest', 'headline', 'raw', 'real', 'phone', 'serial', 'whole', 'round', 'same', 'such']);
/** Endings of nouns that count nothing: "unemployment", "immigration", "attendance", "membership", "housing". */
const MASS = /(?:ment|tion|sion|ship|ism|ance|ence|ing|ness|ity|s)$/;
/** Nouns whose plural is the noun itself. */
const SAME_PLURAL = new Set(['staff', 'police', 'personnel', 'cattle', 'sheep', 'fish', 'livestock', 'deer', 'crew']);

/** The plural of a noun that counts: "passenger" → "passengers", "casualty" → "casualties"; null for one that does not. */
function pluralOf(noun: string): string | null {
  const w = noun.toLowerCase();
  if (SAME_PLURAL.has(w)) return w;
  if (NO_NOUN.has(w) || MASS.test(w)) return null;
  if (w.endsWith('y') && !/[aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return /(?:x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;
}

/**
 * A bare amount right after its subject's verb counts the subject's noun: "passenger numbers rose to 2.4 million",
 * "the number of nurses fell by 300" → passengers, nurses. "Record numbers" or "unemployment numbers" count nothing.
 */
export function withSubjectNoun(text: string, f: Figure): Figure {
  if (f.kind !== 'count' || f.unit !== null || f.value === null || f.start < 12) return f;
  const before = text.slice(Math.max(0, f.start - REACH), f.start);
  // most bare counts follow no such subject: one substring search before the regex
  if (!before.includes('number')) return f;
  const m = SUBJECT.exec(before);
  const unit = m ? (m[1]?.toLowerCase() ?? pluralOf(m[2])) : null;
  return unit ? { ...f, kind: 'quantity', unit } : f;
}
