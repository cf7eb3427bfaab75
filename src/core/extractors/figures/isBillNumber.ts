import { BILL_PREFIXES } from '../../lexicon/identifierWords';
import type { Token } from './tokens';

/** The most tokens a bill prefix spans: "H.Con.Res." → 6. */
const PREFIX_TOKENS = 6;

/**
 * True when the number at token start follows a bill prefix, written as one
 * run of glued letters and dots: "S. 2214", "H.R. 4471", "HB 1234" → true;
 * "5 votes", "U.S. 2024" → false. The prefix is read only where a dot or a
 * capital stands right before the number, so most numbers cost one look.
 */
export function isBillNumber(tokens: readonly Token[], start: number): boolean {
  const last = tokens[start - 1];
  if (!last || (last.head !== 46 && (last.head < 65 || last.head > 90))) return false;
  let k = start - 1;
  while (k > start - PREFIX_TOKENS && tokens[k].glued && tokens[k - 1] && (tokens[k - 1].type === 'word' || tokens[k - 1].head === 46)) k--;
  let prefix = '';
  for (let m = k; m < start; m++) prefix += tokens[m].text;
  return BILL_PREFIXES.has(prefix);
}
