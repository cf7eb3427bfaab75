import { isWordCode } from '../../charCodes';
import { MONTHS } from '../../lexicon/temporal';
import { spelledAmong } from './spelledAmong';

/** The month names alone, not run on from `mid` or `of`, by hash. */
const IS_MONTH_NAME = spelledAmong(Object.keys(MONTHS));

/** Does a month name written in lower case stand at `at`: `may` the verb, `march` the noun? */
function lowerName(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 97 || c > 122) return false;
  let end = at + 1;
  while (isWordCode(text.charCodeAt(end))) end++;
  return IS_MONTH_NAME(text, at, end);
}

/**
 * The anchors whose name may be written capitalised: months keeps no name in
 * lower case, and the walk back of another match stops at any month name, so
 * leaving those out changes no match and spares the pattern at the verb `may`.
 * (`The council may meet in May`, [12, 24]) → [24].
 */
export function capitalised(text: string, anchors: readonly number[]): readonly number[] {
  let k = 0;
  while (k < anchors.length && !lowerName(text, anchors[k])) k++;
  if (k === anchors.length) return anchors;
  const out = anchors.slice(0, k);
  for (k++; k < anchors.length; k++) if (!lowerName(text, anchors[k])) out.push(anchors[k]);
  return out;
}
