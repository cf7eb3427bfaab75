import { DURATION_UNITS, UNIT_PLURALS } from '../../lexicon/temporal';

/** The lexicon's tables as Maps: the words looked up are cut from the text, and an object's lookup by such a string first has to find it among the engine's own. */
const PLURALS: ReadonlyMap<string, string> = new Map(Object.entries(UNIT_PLURALS));
const UNITS: ReadonlyMap<string, readonly [string, number, boolean]> = new Map(Object.entries(DURATION_UNITS));

/** `"years"` → `"year"`, `"centuries"` → `"century"`. */
export function toUnit(word: string): string {
  const lower = word.toLowerCase();
  // the plural's `s` cut by hand: a regex call per unit word costs more than the word
  return PLURALS.get(lower) ?? (lower.endsWith('s') ? lower.slice(0, -1) : lower);
}

/**
 * The TIMEX3 duration of `n` units; a vague count gives `X`:
 * (2.5, "year") → `P2Y6M`, (1.5, "hour") → `PT1H30M`, (null, "week") → `PXW`.
 */
export function durationValue(n: number | null, unit: string): string {
  const [letter, scale, isTime] = UNITS.get(unit) ?? ['X', 1, false];
  const t = isTime ? 'T' : '';
  if (n === null) return unit === 'decade' ? 'PXDE' : unit === 'century' ? 'PXC' : `P${t}X${letter}`;
  const amount = n * scale;
  if (Number.isInteger(amount)) return letter === 'Q' ? `P${amount * 3}M` : `P${t}${amount}${letter}`;
  const whole = Math.floor(amount);
  const rest = amount - whole;
  if (letter === 'Y') return `P${whole ? `${whole}Y` : ''}${Math.round(rest * 12)}M`;
  if (letter === 'D' && !isTime) return `P${whole ? `${whole}D` : ''}T${Math.round(rest * 24)}H`;
  if (letter === 'H') return `PT${whole ? `${whole}H` : ''}${Math.round(rest * 60)}M`;
  if (letter === 'M' && isTime) return `PT${whole ? `${whole}M` : ''}${Math.round(rest * 60)}S`;
  if (letter === 'W') return `P${Math.round(amount * 7)}D`;
  return `P${t}${amount}${letter}`;
}
