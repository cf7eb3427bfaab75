const LINE_BREAK = /[\r\n]/g;

/**
 * A search for the first line break at or after an offset, -1 when there is
 * none. Most texts have no CR, and then indexOf finds an LF far faster than a
 * regex. `lineBreakSearch("a\nb")(0)` → 1.
 */
export function lineBreakSearch(text: string): (from: number) => number {
  if (!text.includes('\r')) return (from) => text.indexOf('\n', from);
  return (from) => {
    LINE_BREAK.lastIndex = from;
    return LINE_BREAK.exec(text)?.index ?? -1;
  };
}
