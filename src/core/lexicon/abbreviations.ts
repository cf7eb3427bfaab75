/**
 * Abbreviations whose full stop does not end a sentence, lower-cased without
 * the stop. Titles precede a name, so they never end a sentence; the others
 * end one only when a sentence-starting word follows.
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'sgt', 'adm', 'cpl', 'pvt',
  'sen', 'rep', 'gov', 'atty', 'supt', 'rev', 'fr', 'hon', 'pres', 'sec', 'amb', 'st', 'ft', 'mt', 'gens',
  'sens', 'reps', 'govs', 'vs', 'v', 'cf', 'approx', 'dept', 'vol', 'pp',
]);

/**
 * Abbreviations of the parts of a text that a number follows, as legal and
 * official writing cites them: "at para. 41", "s. 12(3)", "art. 5", "fig. 3";
 * and circa before a year.
 * Before a number their stop never ends a sentence.
 */
export const NUMBERED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'para', 'paras', 's', 'ss', 'art', 'arts', 'ch', 'chap', 'fig', 'figs', 'cl', 'sch', 'reg', 'regs', 'pt', 'pts', 'p', 'sect', 'nos',
  'c', 'ca',
]);

/** Month abbreviations: "Jan. 5" keeps going; "in Jan. The" may end a sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that often end a sentence too ("… of Acme Inc. The deal …"). */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'jr', 'sr', 'etc', 'al', 'ave', 'blvd', 'rd', 'univ', 'assn',
  'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'u.s.a', 'e.g', 'i.e', 'ph.d', 'no',
]);

/**
 * Words that typically open a sentence; after an ambiguous abbreviation
 * ("U.S.", "Inc.") they mark a real sentence end.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there', 'but',
  'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'all', 'no', 'not', 'still', 'however', 'meanwhile',
  'what', 'who', 'why', 'how', 'where', 'one', 'both', 'each', 'then', 'now', 'also', 'according', 'last', 'next',
  'once', 'rather', 'instead', 'perhaps', 'although', 'though', 'because', 'unless', 'until', 'whether', 'despite', 'thus', 'indeed', 'here',
]);
