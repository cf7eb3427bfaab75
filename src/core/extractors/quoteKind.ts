import type { QuoteKind } from '../model';
import { countWords } from './countWords';

/** Short words a title keeps in lower case ("Meet the Press"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'is']);
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const ENDS_SENTENCE = /[.!?…]["'”’]*\s*$/;
const TRAILING_PUNCTUATION = /[\s,;:]+$/;
const CRY = /[!?]/;
const DIGIT_FIRST = /^\d/;

/** A word a title may hold at position i: capitalised, a number, or a minor word past the first. */
function titleWord(w: string, i: number): boolean {
  return (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || w[0] !== w[0].toLowerCase() || DIGIT_FIRST.test(w);
}

/**
 * The kind a quotation's form suggests, before any attribution is known:
 * a short Title Case phrase is a title, one to three words without a full
 * stop are scare quotes, anything else is speech. The speakers stage turns
 * a scare or title quote into speech when a cue attributes it.
 * `“Meet the Press”` → title; `“unity”` → scare; `“We will win.”` → speech.
 */
export function quoteKind(content: string): QuoteKind {
  const count = countWords(content, 8);
  if (count === 0 || count > 8) return 'speech';
  const words = content.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 8) return 'speech';
  const trimmed = content.replace(TRAILING_PUNCTUATION, '');
  const stop = ENDS_SENTENCE.test(trimmed);
  let capitalized = true;
  for (let i = 0; i < words.length && capitalized; i++) capitalized = titleWord(words[i], i);
  if (capitalized && words.length >= 2 && !CRY.test(trimmed)) return 'title';
  if (words.length <= 3 && !stop) return 'scare';
  return 'speech';
}
