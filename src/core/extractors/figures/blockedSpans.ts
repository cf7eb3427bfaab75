/**
 * Digit patterns that are never figures: clock times and time ranges,
 * calendar dates in digits, phone numbers, version numbers, URLs and
 * e-mail addresses. "13:00-16:00" → one blocked span.
 */
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.]+/g;
const BLOCKED = new RegExp(
  String.raw`(?=[\d+(]|[vV]\d)(?:` +
  [
    String.raw`(?<![\d.,])\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)`,
    String.raw`\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.m\.|[ap]m\b))?(?:\s?[-–]\s?\d{1,2}:\d{2}(?:\s?(?:[ap]\.m\.|[ap]m\b))?)?`,
    String.raw`\b\d{1,2}\s?(?:[-–]|to)\s?\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)`,
    String.raw`\b\d{1,4}\s?(?:GMT|UTC|CET|CEST|EST|EDT|PST|BST|o'clock)`,
    String.raw`\b\d{4}\s?hrs\b`,
    String.raw`\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]\d{2,4}){1,4}\b`,
    String.raw`\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
    String.raw`\bv?\d+(?:\.\d+){2,}\b`,
    String.raw`\b[vV]\d+(?:\.\d+)*\b`,
  ].join('|') + ')',
  'g',
);

/** Half-open [start, end) spans of text to leave alone, in text order. */
export function blockedSpans(text: string, from: number, to: number): Array<readonly [number, number]> {
  const spans = matches(BLOCKED, text, from, to);
  // Addresses are rare; the costlier pattern runs only when one may be there.
  if (!holds(text, '@', from, to) && !holds(text, '://', from, to) && !holds(text, 'www.', from, to)) return spans;
  return [...spans, ...matches(ADDRESSES, text, from, to)].sort((a, b) => a[0] - b[0]);
}

/** True when text[from, to) holds the needle; no slice, so a long text is not copied. */
function holds(text: string, needle: string, from: number, to: number): boolean {
  const k = text.indexOf(needle, from);
  return k !== -1 && k + needle.length <= to;
}

function matches(pattern: RegExp, text: string, from: number, to: number): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    spans.push([m.index, Math.min(to, m.index + m[0].length)]);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return spans;
}
