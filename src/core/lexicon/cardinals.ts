/**
 * Counting words that only time phrases need; the numbers themselves live in
 * numberWords.ts, shared with the figures stage.
 */

/** Articles and nouns that count a unit of time: "a year", "a couple of weeks", "half an hour". */
export const COUNTING_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, couple: 2, dozen: 12, half: 0.5 };

/** Words that count without saying how many: "several years" is `PXY`. */
export const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'numerous', 'recent', 'coming']);
