import { SPACE, unitClass } from './wordChars';

/** Determiners a description may open with, in lower case. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const LONGEST = 5;

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * text without a leading determiner and the white space after it, read by
 * character codes as /^(?:the|a|an|his|her|its|their)\s+/i would replace it:
 * a description is read for every speaker phrase, and most open with one.
 * `withoutDeterminer("The former  governor")` → "former  governor"; "theater group" stays.
 */
export function withoutDeterminer(text: string): string {
  let i = 0;
  while (i < text.length && i <= LONGEST && isAsciiLetter(text.charCodeAt(i))) i++;
  // The determiner is the whole first run of letters, as white space must follow it.
  if (i === 0 || i > LONGEST || i >= text.length || (unitClass(text.charCodeAt(i)) & SPACE) === 0) return text;
  if (!DETERMINERS.has(text.slice(0, i).toLowerCase())) return text;
  let j = i + 1;
  while (j < text.length && (unitClass(text.charCodeAt(j)) & SPACE) !== 0) j++;
  return text.slice(j);
}
