/**
 * Suffix tests on a word's key by character code. A word's ending is read in
 * the loops over every word of a sentence, where String.prototype.endsWith
 * costs a call each time, about three times the cost of two code reads.
 * endsInS("cites") → true; endsInEd("knocked") → true; endsInIng("sing") → true.
 */
const last = (key: string, back: number) => key.charCodeAt(key.length - back);

export const endsInS = (key: string) => last(key, 1) === 0x73;
export const endsInEd = (key: string) => key.length >= 2 && last(key, 1) === 0x64 && last(key, 2) === 0x65;
export const endsInLy = (key: string) => key.length >= 2 && last(key, 1) === 0x79 && last(key, 2) === 0x6c;
export const endsInIng = (key: string) => key.length >= 3 && last(key, 1) === 0x67 && last(key, 2) === 0x6e && last(key, 3) === 0x69;
