import type { Word } from './words';

/**
 * Letters after a name for an honour, a degree, a rank at the bar or a seat, written as shown: "Peter Quinlan KC",
 * "Tom Vane MP", "Ann Hale OBE". Not "Jr.", which is part of the name ("Calvin Otis King Jr."), nor "AM" or "TD",
 * which read as a time or a score as often.
 */
const POST_NOMINALS: ReadonlySet<string> = new Set([
  'KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MLA', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'GBE', 'KCB', 'PhD', 'FRS', 'DPhil',
]);

/**
 * The post-nominal that ends a name at words [from, to] after a capitalised word of the name, else null:
 * `Peter Quinlan KC` → "KC"; `KC` alone, or `the KC` → null.
 */
export function postNominal(ws: readonly Word[], from: number, to: number): string | null {
  const w = ws[to];
  // The capital and the length first: most words are neither, and need no lookup.
  return to > from && w.capital && w.text.length <= 5 && POST_NOMINALS.has(w.text) && ws[to - 1].capital && !ws[to - 1].punct ? w.text : null;
}
