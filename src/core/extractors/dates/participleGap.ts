/**
 * What may stand between a time and the main verb after it when the "-ed" word before the time is a participle that
 * describes a noun: nothing (`ads booked in December will run`), or a short phrase of a preposition, with no subject
 * of its own (`ads booked in December for the holiday season will run`). Not `said in September the plant would`,
 * whose subject tells a new clause, nor `in May, and will`, `in May that will`.
 */
const PARTICIPLE_GAP =
  /^\s+(?:(?:for|of|at|from|with|by|during|under|across|over)\s+(?:(?:the|a|an|its|their|his|her|our|this)\s+)?(?:(?!(?:the|a|an|it|they|he|she|we|that|which|who|and|or|but)\s)[a-z-]+\s+){1,3})?$/;

/** The longest gap worth a regex. */
const MAX_GAP = 48;

/**
 * Is a past cue before a time a participle, as the future verb at `at` after the time shows, with no subject between:
 * `ads booked in December will run`? Then the future verb is the clause's own and tells the time's tense.
 */
export function participleBefore(text: string, end: number, at: number): boolean {
  return at - end <= MAX_GAP && PARTICIPLE_GAP.test(text.slice(end, at));
}
