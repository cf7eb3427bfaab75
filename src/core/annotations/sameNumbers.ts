/** The digits of a text: a near match whose digits differ states another number. */
export const digitsOf = (s: string): string => s.replace(/\D+/g, ' ').trim();

/**
 * True when two texts state the same numbers, in the same order: "around 40%"
 * and "about 40 %" do, "around 45%" does not; a changed number is a different fact.
 */
export const sameNumbers = (a: string, b: string): boolean => digitsOf(a) === digitsOf(b);
