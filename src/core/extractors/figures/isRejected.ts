import { IDIOM_AFTER_NUMBER, IDIOM_AFTER_TWO } from '../../lexicon/identifierWords';
import { UNIT_NAMES } from '../../lexicon/units';
import type { Candidate } from './candidate';
import { isDayOfMonth, isShortYear, isYearBeforeNoun, isYearHere } from './dateContext';
import { isBillNumber } from './isBillNumber';
import { isBracketCode } from './isBracketCode';
import { isHouseNumber } from './isHouseNumber';
import { isIdiomOrdinal } from './isIdiomOrdinal';
import { followsIdentifierNoun, isDesignation, isGluedCode, isListMarker, isNameWord } from './isIdentifier';
import { isModelNumber } from './isModelNumber';
import { isNamedZero, isNetZero } from './isNamedZero';
import { isNumberName } from './isNumberName';
import { isPronounOne } from './isPronounOne';
import { isShareHalf } from './isShareHalf';
import { CARRIES_NUMBER } from './tokenMarks';
import type { Token } from './tokens';

/** Words that open the fraction ending a number or a unit: "and a half", "and half". */
const ENDS_A_NUMBER = new Set(['a', 'an', 'half']);

/**
 * True when the fraction at `start`, after "and", ends the amount or unit
 * before it and is none alone: "a month and a half", "a million and a quarter";
 * not "Democrats and a fifth".
 */
function isFractionTail(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 2];
  if (!before || !ENDS_A_NUMBER.has(tokens[start].lower)) return false;
  return (before.marks & CARRIES_NUMBER) !== 0 || UNIT_NAMES.has(before.lower);
}

/** "three-dimensional", "a five-alarm fire", "a two-way street", "fifty-fifty": the number is part of an idiom. */
function isHyphenIdiom(tokens: readonly Token[], end: number, value: number): boolean {
  const dash = tokens[end];
  const word = tokens[end + 1];
  if (dash?.head !== 45 || !dash.glued || word?.glued !== true || dash.end !== dash.start + 1) return false;
  if (word.type === 'word' && tokens[end - 1].type === 'word' && word.lower === tokens[end - 1].lower) return true;
  return IDIOM_AFTER_NUMBER.has(word.lower) || (value === 2 && IDIOM_AFTER_TWO.get(word.lower) === tokens[end + 2]?.lower);
}

const DATE_AFTER_ORDINAL = new Set(['century', 'centuries', 'millennium', 'quarter', 'half']);

/** "Boeing 777F", "Form 13F": one capital letter after a number names a model, not degrees. */
function isLetterDesignation(text: string, tokens: readonly Token[], c: Candidate): boolean {
  const letter = tokens[c.end - 1];
  const capital = letter.type === 'word' && letter.end - letter.start === 1 && letter.head >= 65 && letter.head <= 90;
  return capital && letter.glued && c.amount !== null && isDesignation(text, tokens, c.amount.start);
}

/**
 * True when a candidate is no figure but a year, a day of a month, a code,
 * a name, or "one" as a pronoun. "in 2023", "February 14-15", "G7",
 * "Article 5", "one of the" → true.
 */
export function isRejected(text: string, tokens: readonly Token[], c: Candidate): boolean {
  if (isGluedCode(tokens, c.start, c.end) || isBracketCode(tokens, c.start, c.end)) return true;
  const a = c.amount;
  // "the Millions, a band": a capitalised scale word inside a sentence names something.
  if (!a) return c.vague === true && isNameWord(text, tokens, c.start);
  if (!Number.isFinite(a.value) || (c.upper && !Number.isFinite(c.upper.value))) return true;
  // "S. 2214 on Thursday", "HB 5 last year": a bill's number; a plural counted after it is a new sentence's ("Plan S. 25 countries").
  if (a.digits === a.start && a.start === c.start && c.unit?.category !== 'count' && isBillNumber(tokens, a.start)) return true;
  const last = (c.upper ?? a).end;
  if (!c.unit && a.digits !== null && a.scale === 1 && (isYearHere(tokens, a.digits) || isShortYear(tokens, a.digits))) return true;
  if (c.unit?.category === 'count' && a.digits !== null && isYearBeforeNoun(tokens, a.digits, c.qualifier !== null, text)) return true;
  if (!c.unit && a.form !== 'fraction' && isDayOfMonth(tokens, a.start, last, a.value)) return true;
  if (a.form === 'ordinal') {
    if (DATE_AFTER_ORDINAL.has(tokens[last]?.lower ?? '')) return true;
    if (a.value === 1 && tokens[a.start - 1]?.lower === 'at') return true;
    if (isIdiomOrdinal(text, tokens, a.start, a.end, a.value)) return true;
  }
  if (c.unit && isLetterDesignation(text, tokens, c)) return true;
  if (isNumberName(tokens, c)) return true;
  if (c.upper && !c.unit && isDesignation(text, tokens, a.start)) return true;
  // "Section 3 states that": a numbered part, whatever plural follows.
  if (c.unit?.category === 'count' && !c.upper && a.digits === a.start && followsIdentifierNoun(tokens, a.start)) return true;
  // "two Boeing 737 jets", "737 Max 8 aircraft": the number ends a model's name; the jets are counted before it.
  if (c.unit?.category === 'count' && !c.upper && !c.qualifier && a.digits === a.start && isModelNumber(text, tokens, a.start)) return true;
  if (!c.upper && !c.qualifier && a.value === 0 && isNetZero(tokens, a.start, a.end)) return true;
  if (c.unit || c.upper) return false;
  if (isDesignation(text, tokens, a.start)) return true;
  if (a.digits !== null && a.end === a.digits + 1 && isHouseNumber(tokens, a.end)) return true;
  if (a.digits === null && (isNameWord(text, tokens, a.start) || (a.value === 0 && isNamedZero(tokens, a.start, a.end)))) return true;
  const single = a.end === a.start + 1 ? tokens[a.start].lower : '';
  if (single === 'one' && isPronounOne(tokens, a.start, c.qualifier !== null)) return true;
  if (a.form === 'fraction' && tokens[a.start - 1]?.lower === 'and' && isFractionTail(tokens, a.start)) return true;
  if (isListMarker(text, tokens, a.start)) return true;
  if (isHyphenIdiom(tokens, a.end, a.value)) return true;
  return single === 'half' && !c.qualifier && !isShareHalf(text, tokens, a.start);
}
