/**
 * Words printed with an apostrophe for letters left out at their start, in
 * lower case without the mark: `see 'em off`, `'til Friday`. A straight mark
 * before one of them after a space is the apostrophe, not an opening quote.
 * `n` is the `'n'` of `rock 'n' roll`, whose second mark is an apostrophe too.
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set(['em', 'til', 'tis', 'twas', 'cause', 'cos', 'bout', 'n']);

/** The longest of ELIDED_WORDS: a word read past this length is none of them. */
export const LONGEST_ELIDED = Math.max(...[...ELIDED_WORDS].map((w) => w.length));
