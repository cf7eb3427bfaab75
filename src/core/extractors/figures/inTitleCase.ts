import { TITLE_CASE_WORDS } from '../../lexicon/identifierWords';
import type { Token } from './tokens';

function isCapitalisedWord(t: Token | undefined): boolean {
  return t?.type === 'word' && t.text[0] !== t.lower[0];
}

/** A capitalised word that a headline's title case gives a capital and no name would: "The", "With", "Unleashed", "Learning". */
function isTitleWord(t: Token): boolean {
  const w = t.lower;
  return TITLE_CASE_WORDS.has(w) || (w.length > 4 && (w.endsWith('ed') || w.endsWith('ing')));
}

/**
 * True when the number at tokens[start, end) sits in a headline's title case,
 * between such a word and a capitalised one, so the capitals make no name:
 * "Marwick Wrote The 11 Words", "A 5-Word Rebuke", "With One Sharp Line" → true;
 * "Boeing 747 Max", "Channel 4 News", "a Boeing 747", "flew a Boeing 737 Max" → false.
 */
export function inTitleCase(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1];
  if (!before || !isCapitalisedWord(before) || !isTitleWord(before)) return false;
  // A lower-case word before it shows a sentence, where the capital makes a name: "a Boeing 737 Max".
  const lead = tokens[start - 2];
  if (lead?.type === 'word' && !isCapitalisedWord(lead)) return false;
  // The word after stands apart ("777F" is a model) or is hyphenated on ("5-Word").
  const dash = tokens[end];
  const hyphened = dash?.text === '-' && dash.glued && tokens[end + 1]?.glued === true;
  const next = hyphened ? tokens[end + 1] : dash;
  return isCapitalisedWord(next) && (hyphened || !next.glued);
}
