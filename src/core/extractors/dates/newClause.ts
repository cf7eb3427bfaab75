/**
 * A clause of its own opening between a time and a later verb: an optional "that" (or ", and"), then a subject, a
 * pronoun or a short noun phrase: `said in September [that] it would cut`, `announced in November the plant would close`,
 * `fell in September, and they will fall again`. The later verb is the new clause's, and tells nothing of the time.
 */
const OPENS_CLAUSE =
  /^,?\s+(?:that\s+|(?:and|but)\s+)?(?:it|they|he|she|we|I|you|(?:the|its|their|his|her|our|this|these)\s+[a-z-]+(?:\s+[a-z-]+)?|[A-Z][a-z]+)\s+$/;

/** The longest gap worth a regex: a subject of a few words. */
const MAX_GAP = 40;

/** Does a clause with its own subject open in text[end, at): the gap between a time and a later verb? */
export function newClauseBetween(text: string, end: number, at: number): boolean {
  return at - end > 1 && at - end <= MAX_GAP && OPENS_CLAUSE.test(text.slice(end, at));
}

/**
 * "that" and a subject of a few words between a time and a later verb: the time closes a reporting clause, the verb
 * opens the reported one. `The bank forecast on Monday that prices would fall` → true; `the vote on Monday that will
 * decide it` → false (no subject: "that" is the vote's, and so is the verb).
 */
const THAT_CLAUSE = /^,?\s+that\s+(?:[A-Za-z][a-z'’-]*\s+){1,4}$/;

/** Does a reported clause led by "that" and its own subject open in text[end, at)? */
export function thatClauseBetween(text: string, end: number, at: number): boolean {
  return at - end > 6 && at - end <= MAX_GAP && text.startsWith('that', text.charCodeAt(end) === 44 ? end + 2 : end + 1) && THAT_CLAUSE.test(text.slice(end, at));
}
