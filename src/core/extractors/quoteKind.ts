import type { QuoteKind } from '../model';

/** Short words a title keeps in lower case ("Meet the Press"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'is']);
const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const ENDS_SENTENCE = /[.!?…]["'”’]*\s*$/;

/**
 * The kind a quotation's form suggests, before any attribution is known:
 * a short Title Case phrase is a title, one to three words without a full
 * stop are scare quotes, anything else is speech. The speakers stage turns
 * a scare or title quote into speech when a cue attributes it.
 * `“Meet the Press”` → title; `“unity”` → scare; `“We will win.”` → speech.
 */
export function quoteKind(content: string): QuoteKind {
  const words = content.match(WORDS) ?? [];
  if (words.length === 0 || words.length > 8) return 'speech';
  const trimmed = content.replace(/[\s,;:]+$/, '');
  const stop = ENDS_SENTENCE.test(trimmed);
  const capitalized = words.every((w, i) => (i > 0 && MINOR_WORDS.has(w.toLowerCase())) || w[0] !== w[0].toLowerCase() || /^\d/.test(w));
  if (capitalized && words.length >= 2 && !/[!?]/.test(trimmed)) return 'title';
  if (words.length <= 3 && !stop) return 'scare';
  return 'speech';
}
