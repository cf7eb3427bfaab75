export type Decoded = { readonly text: string } | { readonly error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Offset of the byte where UTF-8 decoding first fails, to point the user at it. */
function firstInvalidByte(bytes: Uint8Array): number {
  // A streaming decode of a prefix fails exactly when a bad sequence has ended
  // inside it, so the shortest failing prefix ends at that byte; a file cut
  // mid-character fails only at its end.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return hi - 1;
}

/**
 * UTF-16 named by its byte order mark, as the editor opens it (the mark is
 * dropped); null without the mark. A text that is not whole UTF-16 (an odd
 * byte at the end, a lone surrogate) or that holds NUL is refused.
 * `FF FE 61 00` → `{ text: 'a' }`
 */
function decodeUtf16(bytes: Uint8Array): Decoded | null {
  const label = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (label === null) return null;
  let text: string;
  try {
    text = new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
  } catch {
    return { error: 'is not valid UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8' };
  }
  const nul = text.indexOf('\0');
  return nul < 0 ? { text } : { error: `looks binary (a NUL character at offset ${nul}); articles are text` };
}

/**
 * Turns a file's bytes into the article text, or says why it cannot: the
 * engine reads UTF-8, and UTF-16 when a byte order mark says so; NUL bytes
 * mean a binary file (or UTF-16 without its mark).
 * `EF BB BF 61` → `{ text: 'a' }` (the BOM is not part of the text, as in the editor).
 */
export function decode(bytes: Uint8Array): Decoded {
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== null) return utf16;
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `looks binary (a NUL byte at offset ${nul}); articles are UTF-8 text` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: `is not valid UTF-8 (near byte ${firstInvalidByte(bytes)}); save it as UTF-8` };
  }
}
