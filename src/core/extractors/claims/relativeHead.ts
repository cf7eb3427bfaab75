import { isTrimSpace } from '../../charCodes';

/**
 * A demonstrative and a copula opening a subject that a relative clause closes: "This is", "These are". After
 * "She is a nurse who …" the pronoun's own referent is the better source, left to the clause's reading.
 */
const COPULA_OPENING = /^(?:this|that|these|those)(?:\s+(?:is|was|are|were)\s+|['’]s\s+)/i;

/**
 * The noun a "who" closing a subject stands for, as [from, to) of seg, when the subject seg[from, to) is a
 * demonstrative and a copula, the noun and the relative: `This is a man who [said]` → "a man", `These are people who` →
 * "people"; null for any other subject, as most are.
 */
export function relativeHead(seg: string, from: number, to: number): [number, number] | null {
  if (to - from < 5 || (seg.charCodeAt(to - 1) | 32) !== 111 || (seg.charCodeAt(to - 2) | 32) !== 104 || (seg.charCodeAt(to - 3) | 32) !== 119) return null;
  let end = to - 3;
  if (!isTrimSpace(seg.charCodeAt(end - 1))) return null;
  while (end > from && isTrimSpace(seg.charCodeAt(end - 1))) end--;
  // "a man, who": the comma set before the relative is none of the noun
  if (seg.charCodeAt(end - 1) === 44) end--;
  // "doctors who say", "Republicans who say" after a verb of the sentence's own are left to the clause's reading
  const opening = COPULA_OPENING.exec(seg.slice(from, end));
  if (!opening) return null;
  const start = from + opening[0].length;
  return end > start ? [start, end] : null;
}
