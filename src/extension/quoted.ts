/** Opening marks a text may already start with (straight, curly, guillemets). */
const OPENING_MARK = /^["'“‘«„]/;

/**
 * A text set in curly quotes for a tree row, unless it already opens with a
 * quotation mark of its own (a quote's span includes its marks).
 * `Rates hold` → `“Rates hold”`; `"If services…` → `"If services…` (never `“"If services…`).
 */
export function quoted(text: string): string {
  return OPENING_MARK.test(text) ? text : `“${text}”`;
}
