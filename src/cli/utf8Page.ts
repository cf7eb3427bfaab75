/**
 * A fixed buffer that strings are encoded into as UTF-8 in place, so output is
 * encoded once, straight into the bytes that are written, rather than joined
 * into a longer string that is then copied again to encode it.
 * `page.add('{"a":1}')` → true, and `page.take()` → the 7 bytes `{"a":1}`.
 */
export class Utf8Page {
  private bytes: Buffer;
  private used = 0;

  /** `reuse`: the taken bytes are written before the next add (writeSync), so the same memory serves again. */
  constructor(
    readonly size: number,
    private readonly reuse: boolean,
  ) {
    this.bytes = Buffer.allocUnsafeSlow(size);
  }

  get length(): number {
    return this.used;
  }

  /**
   * Appends the chunk when it surely fits (a UTF-16 unit takes at most 3
   * bytes); false when the page must be taken first, or when the chunk is
   * larger than a page and should be written by itself.
   */
  add(chunk: string | Uint8Array): boolean {
    if (typeof chunk === 'string') {
      if (this.used + chunk.length * 3 > this.size) return false;
      this.used += this.bytes.write(chunk, this.used, 'utf8');
      return true;
    }
    if (this.used + chunk.length > this.size) return false;
    this.bytes.set(chunk, this.used);
    this.used += chunk.length;
    return true;
  }

  /**
   * Adds the chunk, first handing the page's bytes to `emit` when it is too
   * full; a chunk larger than a page goes to `emit` by itself.
   */
  push(chunk: string | Uint8Array, emit: (bytes: Uint8Array) => void): void {
    if (this.add(chunk)) return;
    if (this.used > 0) emit(this.take());
    if (!this.add(chunk)) emit(toBytes(chunk));
  }

  /** The bytes added since the last take; without `reuse`, they stay the caller's. */
  take(): Buffer {
    const taken = this.bytes.subarray(0, this.used);
    if (!this.reuse) this.bytes = Buffer.allocUnsafeSlow(this.size);
    this.used = 0;
    return taken;
  }
}

/** A chunk as bytes of its own, for one too large for a page. */
export const toBytes = (chunk: string | Uint8Array): Uint8Array => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
