import { type DateCandidate, revalued } from '../extractors/dates/candidate';
import { mapped } from './unchangedOr';

/** `2024-10` or `2024-09-30`: a month or a day the text resolved. */
const MONTH_OR_DAY = /^\d{4}-\d\d(?:-\d\d)?$/;
/** A day that ends a reported period: `the quarter ended Sept. 30`, `the six months to June 30`, `as of March 31`. */
const PERIOD_END = /\b(?:ended|ending|to|through|as\s+of)\s+$/i;

/** "a year earlier", "two years earlier": whole years counted back, left a bare year by anchorStoryYears. */
const yearsEarlier = (c: DateCandidate): boolean =>
  c.yearsBack !== undefined && c.yearsFromStory !== undefined && c.type === 'DATE' && c.value.length === 4;

/**
 * How many sentences end in text[from, to) (a mark, spaces, then a capital or a quote; a line break), up to 2, and
 * SENTENCE_START the start of the last one: abbreviations before lower case (`U.S. officials`) end none.
 */
let SENTENCE_START = 0;
function sentenceEnds(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to && count < 2; k++) {
    const c = text.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59 && c !== 10) continue;
    let next = k + 1;
    while (next < to && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 10)) next++;
    const after = text.charCodeAt(next);
    if (c === 10 || (next > k + 1 && ((after >= 65 && after <= 90) || after === 34 || after === 0x201c))) {
      count++;
      SENTENCE_START = next;
      k = next - 1;
    }
  }
  return count;
}

/**
 * "A year earlier" counts back from the time its sentence talks about, as TimeML anchors it: the month a figure is
 * for ("inflation was 3.1% in October, up from 2.5% a year earlier" → October a year before) or the day that ends a
 * reported period ("for the quarter ended Sept. 30 … a year earlier" → that day a year before), told in its sentence or, when it opens a sentence, in
 * the one before. A quarter is alignYearShifts'; with no such time, the story's year stands.
 */
export function yearBeforeSentenceTime(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  // most texts hold no "a year earlier": the list passes unchanged, not copied
  if (!candidates.some(yearsEarlier)) return candidates;
  return mapped(candidates, (c, i) => {
    if (!yearsEarlier(c)) return c;
    // the nearest date before it tells the sentence's time, when it is in the same sentence; a stretch or a set
    // between tells none ("In September, 61% were seen within four hours, down from 68% a year earlier")
    let k = i - 1;
    while (k >= 0 && (candidates[k].type === 'DURATION' || candidates[k].type === 'SET')) k--;
    if (k < 0) return c;
    const told = candidates[k];
    if (told.type !== 'DATE' || told.namesEvent || told.yearsBack !== undefined || !MONTH_OR_DAY.test(told.value)) return c;
    if (told.value.length === 10 && !PERIOD_END.test(text.slice(Math.max(0, told.start - 10), told.start))) return c;
    if (c.start - told.end > 300) return c;
    // in its sentence, or opening the next: "Inflation was 3.1% in October. A year earlier, it was 2.5%."
    const ends = sentenceEnds(text, told.end, c.start);
    if (ends > 1 || (ends === 1 && SENTENCE_START < c.start - 1)) return c;
    const year = Number(told.value.slice(0, 4)) - (c.yearsBack ?? 0);
    return year >= 0 ? revalued(c, String(year).padStart(4, '0') + told.value.slice(4)) : c;
  });
}
