/**
 * A blank line: a line break, any white space-only lines, and the next line break.
 * The first break's CR never stands alone before an LF: backtracking into it made
 * every CRLF a blank line, so a hard-wrapped CRLF file split at each line end.
 */
const BLANK_LINE = /(?:\r\n|\n|\r(?!\n))[ \t\f\v\u00a0\u2000-\u200b\u202f\u3000]*(?:\r\n|\n|\r)/g;
/** BLANK_LINE's blanks between its two line breaks. */
const isLineBlank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0c || c === 0x0b || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;

/**
 * The blank lines of a text, found in turn. Without a CR the line breaks are
 * found with indexOf, far faster than the regex: an LF starts a blank line
 * when only blanks lie between it and the next LF.
 * `new BlankLines("A\n \nB").find(0)` → true, with start 1 and end 4.
 */
export class BlankLines {
  /** The extent [start, end) of the blank line find() last found. */
  start = -1;
  end = -1;
  private readonly crFree: boolean;

  constructor(private readonly text: string) {
    this.crFree = !text.includes('\r');
  }

  /** Finds the first blank line at or after `from`; false when there is none. */
  find(from: number): boolean {
    const { text } = this;
    if (!this.crFree) {
      BLANK_LINE.lastIndex = from;
      const m = BLANK_LINE.exec(text);
      if (m) this.set(m.index, m.index + m[0].length);
      return m !== null;
    }
    for (let at = text.indexOf('\n', from); at >= 0; ) {
      let next = at + 1;
      while (next < text.length && isLineBlank(text.charCodeAt(next))) next++;
      if (text.charCodeAt(next) === 10) return this.set(at, next + 1);
      at = text.indexOf('\n', next);
    }
    return false;
  }

  private set(start: number, end: number): true {
    this.start = start;
    this.end = end;
    return true;
  }
}
