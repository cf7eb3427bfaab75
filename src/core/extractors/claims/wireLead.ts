/**
 * A wire dateline: a place in capitals, maybe a region, maybe a credit in brackets, then a dash:
 * "CALDERA CITY (Wire) — ", "LONDON (Newsline) - ", "WASHINGTON, D.C. — ", and with the day: "LONDON, Oct 9 (Newsline) — ".
 */
const DATELINE = /[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+){0,3}(?:,[ ][A-Z][\w.]*(?:[ ][A-Z][\w.]*)?(?:[ ]\d{1,2}(?:,[ ]\d{4})?)?)?[ ]*(?:\([^()\n]{1,40}\)[ ]*)?(?:\u2014|\u2013|--?)[ ]+(?=[\p{Lu}"\u201C\d])/uy;
/** A live-blog timestamp: "13:45 GMT — ", "9.05am - ". */
const TIMESTAMP = /\d{1,2}[:.]\d{2}(?:[ ]?[ap]\.?m\.?)?(?:[ ][A-Z]{2,5})?[ ]*(?:\u2014|\u2013|--?)[ ]+(?=[\p{Lu}"\u201C\d])/uy;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * How many characters a wire dateline or a live-blog timestamp takes at the
 * start of a paragraph's first sentence, or 0: they place the report and are no part of a claim.
 * `wireLead("LONDON (Newsline) - The army said", 0)` → 20.
 */
export function wireLead(text: string, start: number): number {
  const c = text.charCodeAt(start);
  // most sentences open with a capital and a lower-case letter
  const pattern = isDigit(c) ? TIMESTAMP : isUpper(c) && isUpper(text.charCodeAt(start + 1)) ? DATELINE : null;
  if (!pattern) return 0;
  pattern.lastIndex = start;
  return pattern.test(text) ? pattern.lastIndex - start : 0;
}
