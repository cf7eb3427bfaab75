import { RATIO_ABBREVIATIONS, RATIO_HEADS } from '../../lexicon/ratioWords';
import type { Amount } from './amount';
import type { Token } from './tokens';

/** How many tokens back the ratio's name may stand: "the relative risk for the most active group was 0.77". */
const REACH = 9;
/** Signs between the name and the value that end its reach. */
const STOPS = new Set(['.', ';', '!', '?', ')', '"', '“', '”']);
/** Signs that may stand right between an abbreviation and its value: "HR = 0.91", "OR, 1.8". */
const ABBREVIATION_LINKS = new Set(['=', ',', ':']);

/**
 * True when a bare number is the value of a risk, hazard or odds ratio, which
 * multiplies a risk and counts nothing: "hazard ratio 0.91", "the relative risk
 * was 0.77", "(HR = 1.4)" → true; "the odds ratio for 40 towns" → false (another number first).
 */
export function isRiskRatio(tokens: readonly Token[], start: number, a: Amount): boolean {
  if (a.digits !== a.start || a.scale !== 1 || a.form !== 'cardinal' || a.value >= 100) return false;
  const at = tokens[start - 1] && ABBREVIATION_LINKS.has(tokens[start - 1].text) ? start - 2 : start - 1;
  const abbreviation = tokens[at];
  // "TAXES OR 5 MORE YEARS": in a headline in capitals "OR" is a word.
  if (abbreviation?.type === 'word' && RATIO_ABBREVIATIONS.has(abbreviation.text)) return !isCapitals(tokens[at - 1]);
  for (let k = start - 1; k >= 1 && k >= start - REACH; k--) {
    const t = tokens[k];
    if (t.type === 'num' || (t.type === 'sym' && STOPS.has(t.text))) return false;
    if (t.type !== 'word') continue;
    const head = tokens[k - 1].lower;
    if (t.lower === 'ratio' || t.lower === 'ratios') return RATIO_HEADS.has(head);
    if ((t.lower === 'risk' || t.lower === 'risks') && head === 'relative') return true;
  }
  return false;
}

/** A word of two or more capitals: "TAXES". */
function isCapitals(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}
