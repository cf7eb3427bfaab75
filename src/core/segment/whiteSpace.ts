/** True for the UTF-16 code of white space, line breaks, no-break spaces and the BOM included. */
export function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || c === 0x205f;
}

/** The first offset in [start, end) that isSpaceCode rejects, or end. `trimmedStart(" ab", 0, 3)` → 1. */
export function trimmedStart(text: string, start: number, end: number): number {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  return start;
}

/** Just past the last offset in [start, end) that isSpaceCode rejects, or start. `trimmedEnd("ab ", 0, 3)` → 2. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Narrows [start, end) to exclude white space at both edges; empty ranges
 * collapse to [end, end). `trimRange("  ab ", 0, 5)` → [2, 4].
 */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  return [s, e];
}
