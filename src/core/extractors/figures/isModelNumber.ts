import { isLikelyYear } from './dateContext';
import { opensSentence } from './isIdentifier';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';

/** How many capitalised words and numbers a model's name runs back over: "Boeing 737 Max". */
const NAME_REACH = 4;

function isCapitalisedWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text[0] !== t.lower[0];
}

/**
 * True when the number at token start, before a counted noun, ends a model's
 * name: the name holds a number already ("Boeing 737 Max 8 aircraft"), or a
 * count stands before it ("two Boeing 737 jets"), so the noun is counted
 * there. "the Alliance Party 326 seats", "Union 201 seats" → false.
 */
export function isModelNumber(text: string, tokens: readonly Token[], start: number): boolean {
  if (!isCapitalisedWord(tokens[start - 1]) || opensSentence(text, tokens, start - 1)) return false;
  const floor = Math.max(0, start - 1 - NAME_REACH);
  let k = start - 2;
  while (k >= floor && isCapitalisedWord(tokens[k]) && !opensSentence(text, tokens, k)) k--;
  const lead = tokens[k];
  if (!lead || k < floor || (lead.marks & CARRIES_NUMBER) === 0) return false;
  if (lead.type !== 'num') return true;
  // "Boeing 737 Max 8": a number inside the name; "2 Boeing 737 jets": a count before it; "In 2019 Ford 300 jobs": neither.
  if (lead.glued) return false;
  return (isCapitalisedWord(tokens[k - 1]) && !opensSentence(text, tokens, k - 1)) || !(isLikelyYear(lead.text) || lead.text.includes(','));
}
