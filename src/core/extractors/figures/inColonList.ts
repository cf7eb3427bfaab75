import type { Token } from './tokens';

/** How many items back the colon that opens a list is looked for. */
const LIST_ITEMS = 8;
/** The most words an item's name runs over: "Green Left 12". */
const NAME_WORDS = 3;

const SEPARATORS: ReadonlySet<string> = new Set([',', ';', 'and']);

/**
 * True when the number at token start ends an item of a list of names and
 * numbers that a colon opens: "Seats: Alliance 326, Union 201, others 123"
 * → true at 201 and 123; each number counts, as a tally does. "the Union 201",
 * "Boeing 747 and Airbus 380" (no colon), "Fleet: Boeing 737, Airbus 320" → false.
 */
export function inColonList(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  for (let item = 0; item < LIST_ITEMS; item++) {
    let words = 0;
    while (words < NAME_WORDS && tokens[k]?.type === 'word' && !SEPARATORS.has(tokens[k].lower)) {
      k--;
      words++;
    }
    if (words === 0) return false;
    const sep = tokens[k];
    // The heading names what is counted, a plural ("Seats:", "Final votes:"); "Fleet: Boeing 737, Airbus 320" lists models.
    if (sep?.text === ':') return item > 0 && isPlural(tokens[k - 1]);
    if (!sep || !SEPARATORS.has(sep.lower)) return false;
    // ", and others 123": a comma before the last "and".
    if (sep.lower === 'and' && tokens[k - 1]?.text === ',') k--;
    if (tokens[k - 1]?.type !== 'num') return false;
    k -= 2;
  }
  return false;
}

function isPlural(t: Token | undefined): boolean {
  return t?.type === 'word' && t.lower.length > 3 && t.lower.endsWith('s') && !t.lower.endsWith('ss');
}
