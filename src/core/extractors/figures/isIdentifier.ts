import { IDENTIFIER_NOUNS } from '../../lexicon/identifierWords';
import { inColonList } from './inColonList';
import { isGappedCount } from './isGappedCount';
import { inTitleCase } from './inTitleCase';
import { isVoteTally } from './isVoteTally';
import type { Token } from './tokens';

const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', '”', ':', ';', '(', '[', '—', '–', '-', '•', '*']);

/** True when text[from, to) holds a line feed; a loop, since a slice per call is garbage. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** True when token i starts a sentence or a line: after a full stop, a quote mark or a line break. */
export function opensSentence(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !before || SENTENCE_OPENERS.has(before.text) || hasLineBreak(text, before.end, tokens[i].start);
}

/**
 * True when the figure at tokens[start, end) is glued to letters, as codes
 * and names are: "G7", "F-16", "COVID-19", "3D", "24703L202", "1990s", "3:16".
 */
export function isGluedCode(tokens: readonly Token[], start: number, end: number): boolean {
  const first = tokens[start];
  const before = tokens[start - 1];
  const after = tokens[end];
  if (after && after.glued && (after.type === 'word' || after.type === 'num')) return true;
  // "3:16", "a 3:1 ratio": digits joined by a colon are a reference or a ratio, not two counts.
  if (after?.text === ':' && after.glued && tokens[end + 1]?.type === 'num' && tokens[end + 1].glued) return true;
  // An id in quotes or markup: id="672138506081275904"; not a quoted phrase ("six to eight weeks").
  if (before?.text === '"' && first.glued && first.type === 'num' && end === start + 1 && after?.text === '"' && after.glued) return true;
  if (!before || !first.glued) return false;
  if (before.type === 'word' || before.text === '#' || before.text === '§' || before.text === '^') return true;
  // "3:1-5", "10:30": after digits and a colon, a number is part of a reference or a time.
  if (before.text === ':' && before.glued && tokens[start - 2]?.type === 'num') return true;
  return before.text === '-' && before.glued && tokens[start - 2]?.type === 'word';
}

/**
 * True when a bare number at token start numbers something rather than
 * counting it: "Article 5", "No. 3", "§ 4", "Voyager 2", "Darkmole 2.0".
 */
export function isDesignation(text: string, tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before) return false;
  if (followsIdentifierNoun(tokens, start)) return true;
  if (tokens[start].type !== 'num' || before.type !== 'word' || !isCapitalised(before) || isTally(tokens, start)) return false;
  // A headline's title case: "Marwick Wrote The 11 Words", "Lorne Wins 3 States"; but "the show The 411." names one.
  if (inTitleCase(tokens, start, start + 1)) return false;
  // "Seats: Alliance 326, Union 201": each name's number in a list of results counts.
  if (inColonList(tokens, start)) return false;
  // "the Alliance won 326 seats and the Union 201.": a count with its verb and noun left out.
  if (isGappedCount(tokens, start)) return false;
  // "Darkmole 2.0", "Web 3.0": a whole number with a zero decimal after a name is a version even where a sentence opens.
  return !opensSentence(text, tokens, start - 1) || isVersionNumber(tokens[start].text);
}

/**
 * True when "Article", "No.", "§" or "#" numbers what follows: "Section 3 states that" → true. Not
 * when the noun is a verb ("will build 1,200 homes", "to release 300 prisoners") or the number is
 * grouped in thousands, as no designation is.
 */
export function followsIdentifierNoun(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  if (!before) return false;
  if (before.text === '§' || before.text === '#') return true;
  const at = before.text === '.' ? start - 2 : start - 1;
  const word = tokens[at];
  if (word?.type !== 'word' || !IDENTIFIER_NOUNS.has(word.lower)) return false;
  if (tokens[start].text.includes(',')) return false;
  // "passed the bill 52-48", "won the game 3-1": a tally after the noun counts votes or points.
  if (word.text === word.lower && isDashedTally(tokens, start)) return false;
  const lead = tokens[at - 1];
  return !(word.text === word.lower && lead?.type === 'word' && VERB_LEADS.has(lead.lower));
}

/** True when the number at start is the first of a tally: "52-48" after "passed". */
function isDashedTally(tokens: readonly Token[], start: number): boolean {
  const dash = tokens[start + 1];
  const other = tokens[start + 2];
  return dash?.text === '-' && dash.glued && other?.type === 'num' && other.glued && isVoteTally(tokens, start, start + 3);
}

/** Words before a verb: after them "build", "release" or "issue" is one, not a noun that numbers. */
const VERB_LEADS: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'shall', 'did', 'does', 'we', 'they', 'i', 'you', 'also', 'not', 'and', 'then',
]);

/** "2.0", "3.0": how versions are written and amounts almost never are. */
function isVersionNumber(digits: string): boolean {
  return digits.length >= 3 && digits.endsWith('.0') && digits.indexOf('.') === digits.length - 2;
}

/**
 * True when the number after a name is a tally, not its model number: thousands
 * groups ("Haskins 1,428"), or a score against another ("leads Marwick 45 to 40", "45-40").
 */
function isTally(tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  if (t.text.includes(',') || t.text.includes(' ')) return true;
  const link = tokens[start + 1];
  return (link?.lower === 'to' || (link?.text === '-' && link.glued)) && tokens[start + 2]?.type === 'num';
}

function isCapitalised(t: Token): boolean {
  return t.text[0] !== t.lower[0] && !t.text.endsWith("'s") && !t.text.endsWith('’s');
}

/** How far back a bracket that a ")" may close is looked for: an aside is short. */
const ASIDE_TOKENS = 12;

/**
 * True for a number that numbers a list item: at a line's start ("1. Fireworks",
 * "2) Taxes"), or inside a sentence before a ")" that closes no bracket
 * ("she 1) paused, 2) smiled"); not "(up 2) since".
 */
export function isListMarker(text: string, tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  const next = tokens[start + 1];
  const before = tokens[start - 1];
  const item = tokens[start + 2];
  if (t.type !== 'num' || next?.glued !== true || next.type !== 'sym' || !item || item.glued) return false;
  // Signs by code: the tokens after most numbers are never cut into strings.
  const close = next.head === 41;
  // at a line's start any item follows: `2. 40 new buses`, `3. "We will hire nurses," …`
  if (!before || hasLineBreak(text, before.end, t.start)) return close || next.head === 46;
  return close && item.type === 'word' && t.end - t.start <= 2 && !opensBracket(tokens, start);
}

/** True when a "(" stands shortly before token i with no ")" between. */
function opensBracket(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - ASIDE_TOKENS; k--) {
    if (tokens[k].head === 40) return true;
    if (tokens[k].head === 41) return false;
  }
  return false;
}

/** True when a written number is capitalised inside a sentence, as in a name: "the Fantastic Four". */
export function isNameWord(text: string, tokens: readonly Token[], start: number): boolean {
  const t = tokens[start];
  return t.type === 'word' && t.text[0] !== t.lower[0] && !opensSentence(text, tokens, start) && !/^[A-Z]+$/.test(t.text)
    // Title case counts only inside a headline: its first word is capitalised whatever it is ("The Ninth Circle").
    && !(inTitleCase(tokens, start, start + 1) && !opensSentence(text, tokens, start - 1));
}
