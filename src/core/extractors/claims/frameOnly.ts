import { isTrimSpace } from '../../charCodes';
import { lettersAt } from './phraseLeads';

/** What may open the rest of a frame that has no content: "said at a press conference", "said." (prefixes: "at" takes "attack" too, as the regex did). */
const FRAME_WORDS: readonly string[] = [
  'at', 'in', 'on', 'during', 'ahead', 'after', 'before', 'to', 'from', 'via', 'while', 'when', 'earlier', 'later', 'yesterday', 'today',
];

/**
 * Whether the text after a reporting verb is frame only, what the sticky
 * /[\s,]*(?:at|in|on|…|today|\.|$)/iy tells at `at`, read without a regex:
 * white space and commas cannot open any alternative, so no backtracking
 * into them can help. `frameOnlyAt("he said, on Monday", 7)` → true, `("he said taxes", 7)` → false.
 */
export function frameOnlyAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 44 || isTrimSpace(text.charCodeAt(i)))) i++;
  if (i === text.length || text.charCodeAt(i) === 46) return true;
  for (let k = 0; k < FRAME_WORDS.length; k++) if (lettersAt(text, i, FRAME_WORDS[k])) return true;
  return false;
}
