import { isTrimSpace } from '../../charCodes';
import { isWord } from './leadWords';

/** Words that open a question, as /^\s*(?:what|…|should)\b/i reads them. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'what', 'why', 'how', 'who', 'whom', 'which', 'when', 'where', 'do', 'does', 'did', 'is', 'are', 'can', 'could', 'would', 'will', 'should',
]);
const SHORTEST_QUESTION_WORD = 2;
const LONGEST_QUESTION_WORD = 6;
/** Openings of a greeting, lower case; as prefixes, "thank" stands for "thanks" and "thankful" alike. */
const GREETINGS: readonly string[] = ['thank', 'welcome', 'good evening', 'good morning', 'good afternoon', 'hello', 'ladies', 'congratulations'];

/** Bit k set when some word of the list opens with letter k ('a' = 0): most first words open with none, and need no slice. */
const firstLetters = (words: Iterable<string>): number => {
  let mask = 0;
  for (const w of words) mask |= 1 << (w.charCodeAt(0) - 97);
  return mask;
};
const QUESTION_FIRST = firstLetters(QUESTION_WORDS);
const GREETING_FIRST = firstLetters(GREETINGS);
/** The words by their first letter ('a' = 0), in list order, so that a text is compared with the few that can open it. */
const byFirstLetter = (words: Iterable<string>): string[][] => {
  const out: string[][] = Array.from({ length: 26 }, () => []);
  for (const w of words) out[w.charCodeAt(0) - 97].push(w);
  return out;
};
const QUESTION_BY_LETTER = byFirstLetter(QUESTION_WORDS);
const GREETING_BY_LETTER = byFirstLetter(GREETINGS);
/** Whether the character, folded as a non-unicode `i` regex folds it, is an ASCII letter in the mask. */
function opensWithOneOf(mask: number, c: number): boolean {
  const l = (c | 32) - 97;
  return l >= 0 && l < 26 && (mask & (1 << l)) !== 0;
}

/** Where the text's leading white space ends. */
function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isTrimSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether the first word (right after any white space) is a question word,
 * what /^\s*(?:what|why|how|who|…|should)\b/i tells, without running a regex
 * on every claim: "Why now?" → true, "Whyte said" → false.
 */
export function opensWithQuestionWord(text: string): boolean {
  const i = firstNonSpace(text);
  if (!opensWithOneOf(QUESTION_FIRST, text.charCodeAt(i))) return false;
  let j = i;
  while (j < text.length && isWord(text.charCodeAt(j))) j++;
  const n = j - i;
  if (n < SHORTEST_QUESTION_WORD || n > LONGEST_QUESTION_WORD) return false;
  const words = QUESTION_BY_LETTER[(text.charCodeAt(i) | 32) - 97];
  for (let k = 0; k < words.length; k++) if (words[k].length === n && spellsAt(text, i, words[k])) return true;
  return false;
}

/** Whether text at `at` spells `lower` (ASCII letters and spaces), case folded as a non-unicode `i` regex folds. */
function spellsAt(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Whether the text opens (after any white space) with a greeting or a thank-you,
 * what /^\s*(?:thank|thanks|welcome|good (?:evening|morning|afternoon)|hello|ladies|congratulations)/i
 * tells: "Thank you all." → true, "Good news came." → false.
 */
export function opensWithGreeting(text: string): boolean {
  const i = firstNonSpace(text);
  if (!opensWithOneOf(GREETING_FIRST, text.charCodeAt(i))) return false;
  const greetings = GREETING_BY_LETTER[(text.charCodeAt(i) | 32) - 97];
  for (let k = 0; k < greetings.length; k++) if (spellsAt(text, i, greetings[k])) return true;
  return false;
}
