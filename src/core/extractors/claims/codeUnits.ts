/**
 * A text's UTF-16 code units in a typed array: the stage's loops over
 * characters read `units[i]` faster than `text.charCodeAt(i)`, which checks the
 * string's representation on every call.
 * `units[i] === text.charCodeAt(i)` for every i, lone surrogates included.
 */
/** Above this many units, a buffer is not kept for the next text. */
const KEEP = 1 << 20;
/**
 * Node's Buffer, when the engine runs in Node: it writes a text's UTF-16 in
 * one native call, several times faster than a loop. A browser worker has none,
 * and the loop (writeUnits) serves there.
 */
const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/** Writes the code units of `text` into `units` with charCodeAt: writeUnits("ab", u) → u[0] 97, u[1] 98. */
export function writeUnits(text: string, units: Uint16Array): void {
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
}

class CodeUnits {
  text: string | null = null;
  units = new Uint16Array(0);
  /** The same memory as `units`, as Node bytes; null without Node. */
  private bytes: Buffer | null = null;

  fill(text: string): Uint16Array {
    // a buffer grown for a very long text is not kept for the short ones after it
    if (this.units.length < text.length || (this.units.length > KEEP && text.length <= KEEP)) {
      const buffer = new ArrayBuffer(2 * Math.max(text.length, 4096));
      this.units = new Uint16Array(buffer);
      this.bytes = NodeBuffer ? NodeBuffer.from(buffer) : null;
    }
    if (this.bytes) this.bytes.write(text, 0, 'utf16le');
    else writeUnits(text, this.units);
    this.text = text;
    return this.units;
  }
}

const documentUnits = new CodeUnits();
const spareUnits = new CodeUnits();

/** Writes the code units of the document being analysed, in place of the last one's; every call writes them anew. */
export function startUnits(doc: string): Uint16Array {
  return documentUnits.fill(doc);
}

/**
 * The code units of `text` (its first text.length): the document's when `text`
 * is the one startUnits wrote, else written into a spare buffer, valid until
 * the next call. codeUnits("Rents") → [82, 101, 110, 116, 115, …].
 */
export function codeUnits(text: string): Uint16Array {
  if (text === documentUnits.text) return documentUnits.units;
  if (text.length > KEEP) return new CodeUnits().fill(text);
  return spareUnits.fill(text);
}
