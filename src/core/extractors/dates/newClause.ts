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
