const SURROGATE = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;

/**
 * Converts UTF-16 offsets (JavaScript, VS Code) to code point offsets, the
 * characters that brat and the W3C TextPositionSelector count. The identity
 * for text without astral characters, which is nearly all text.
 * codePointOffsets('😀ab')(3) → 2
 */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!SURROGATE.test(text)) return (utf16) => utf16;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) table[++i] = cp;
    cp++;
  }
  table[text.length] = cp;
  return (utf16) => table[Math.max(0, Math.min(utf16, text.length))];
}
