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
 * Turns a file's bytes into the article text, or says why it cannot: the
 * engine reads UTF-8 only, and NUL bytes mean a binary file or UTF-16.
 * `EF BB BF 61` → `{ text: 'a' }` (the BOM is not part of the text, as in the editor).
 */
export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'is UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { error: `looks binary (a NUL byte at offset ${nul}); articles are UTF-8 text` };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { error: `is not valid UTF-8 (near byte ${firstInvalidByte(bytes)}); save it as UTF-8` };
  }
}
