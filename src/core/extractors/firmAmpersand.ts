import type { Word } from './words';

/** The words after an ampersand that end a firm's name: "& Co", "& Sons", "& Partners". */
const FIRM_TAILS: ReadonlySet<string> = new Set(['co', 'co.', 'company', 'sons', 'partners', 'associates', 'brothers', 'bros', 'bros.']);

/**
 * Whether word k is the ampersand inside a firm's name, "Brandt & Co", "Ruiz & Sons", or glued between capitals,
 * "AT&T", "P&G": one name, not two.
 */
export function firmAmpersand(ws: readonly Word[], k: number): boolean {
  const w = ws[k];
  if (w?.text !== '&' || k === 0) return false;
  const before = ws[k - 1];
  const after = ws[k + 1];
  if (!after || before.punct || after.punct || !before.capital || !after.capital) return false;
  return (before.end === w.start && after.start === w.end) || FIRM_TAILS.has(after.key);
}
