/** Double marks quote; single marks quote only when they are not apostrophes. */
export type QuoteFamily = 'double' | 'single';
/** `either` is a straight mark whose role comes from its context. */
export type QuoteRole = 'open' | 'close' | 'either';

export interface QuoteMark {
  readonly family: QuoteFamily;
  readonly role: QuoteRole;
}

/**
 * Every character that can open or close a quotation. German „…“ is left out:
 * its closing “ is the English opening mark.
 */
export const QUOTE_MARKS: ReadonlyMap<string, QuoteMark> = new Map<string, QuoteMark>([
  ['"', { family: 'double', role: 'either' }],
  ["''", { family: 'double', role: 'either' }], // typewriter style in some news archives: ''It is,'' he said
  ['``', { family: 'double', role: 'open' }], // TeX style: ``It is,'' he said
  ['\u201c', { family: 'double', role: 'open' }], // “
  ['\u201d', { family: 'double', role: 'close' }], // ”
  ['\u201e', { family: 'double', role: 'open' }], // „
  ['\u00ab', { family: 'double', role: 'open' }], // «
  ['\u00bb', { family: 'double', role: 'close' }], // »
  ["'", { family: 'single', role: 'either' }],
  ['\u2018', { family: 'single', role: 'open' }], // ‘
  ['\u2019', { family: 'single', role: 'close' }], // ’ (also the apostrophe)
  ['\u2039', { family: 'single', role: 'open' }], // ‹
  ['\u203a', { family: 'single', role: 'close' }], // ›
]);

/**
 * One regex over every mark, and markup tags whose attribute values are not
 * quotations. A tag runs over line breaks only once it shows an attribute
 * (`<tweet date="May 1\n">`): a lone `<b` before a line break is prose.
 */
export const QUOTE_MARK_OR_TAG = /''|``|["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u2039\u203a]|<\/?[A-Za-z][^<>\n]{0,400}>|<[A-Za-z][\w:-]*[ \t]+[\w:-]+="[^<>]{0,400}>/g;

/** Double marks that can open a quote at the start of a line; `">` ends a tag's attribute instead. */
export const LINE_OPENERS = /(?:\r\n|\n|\r)[ \t\u00a0]*(?=(?:["\u201c\u201e\u00ab]|''|``)(?!>))/g;
