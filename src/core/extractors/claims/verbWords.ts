import { isTrimSpace } from '../../charCodes';
import { lettersAt } from './phraseLeads';
import { hasWordAt, wordTable } from './wordTable';

/*
 * Word tests the frame reader asks of nearly every reporting verb and subject,
 * read in place: a regex each cost a call and code of its own per frame.
 * ASCII letters fold as in a non-unicode `i` regex, and no other letter folds onto them.
 */

/** Whether the verb is a form of "tell", as /^t(?:ell|old)/i says: "Told" → true, "talked" → false. */
export const isTell = (verb: string): boolean => lettersAt(verb, 0, 'tell') || lettersAt(verb, 0, 'told');

/** Verbs of answering, which often stand alone, as /^(?:repl|respond|react|answer)/i says: "replied" → true. */
export const isReply = (verb: string): boolean =>
  lettersAt(verb, 0, 'repl') || lettersAt(verb, 0, 'respond') || lettersAt(verb, 0, 'react') || lettersAt(verb, 0, 'answer');

const RELATIVES = wordTable(new Set(['which', 'that', 'whose']));

/** A relative pronoun standing alone as the subject of a reporting verb, as /^(?:which|that|whose)$/i says: "Which" → true. */
export const isRelativeSubject = (text: string): boolean => hasWordAt(text, 0, text.length, RELATIVES);

/** The conjunctions that open a new clause before a subject, in the order a regex of them would try them. */
const CONJUNCTIONS: readonly string[] = ['but', 'and', 'while', 'whereas', 'although', 'though', 'yet'];

/**
 * Where a conjunction and the white space after it end when they stand at `at`, or -1,
 * as /(?:but|and|while|whereas|although|though|yet)\s+/iy from `at` says: conjunctionEnd("x, but  Lee", 3) → 8.
 */
export function conjunctionEnd(seg: string, at: number, words: readonly string[] = CONJUNCTIONS): number {
  for (const word of words) {
    let i = at + word.length;
    if (!lettersAt(seg, at, word) || !isTrimSpace(seg.charCodeAt(i))) continue;
    do i++;
    while (i < seg.length && isTrimSpace(seg.charCodeAt(i)));
    return i;
  }
  return -1;
}

/** Words that open a clause of its own after a comma: "The board dropped the plan, after engineers said …". */
const SUBORDINATORS: readonly string[] = ['after', 'before', 'because', 'since', 'until', 'once', 'when', 'unless'];

/** conjunctionEnd for SUBORDINATORS: subordinatorEnd("x, after  Lee", 3) → 10. */
export const subordinatorEnd = (seg: string, at: number): number => conjunctionEnd(seg, at, SUBORDINATORS);
