import type { DateCandidate } from '../extractors/dates/candidate';

/** A few days, weeks or months: `P2W`, `P10D`; a stretch of years is storyYears' to tell. */
const SHORT = /^P[1-9]\d?[DWM]$/;
/** What may stand between the stretch and the date that names its end: `later, on`, `, in`. */
const BETWEEN = /^(?:\s+later)?[\s,]*(?:on|in|by)?\s*$/i;
const EARLIER = /earlier$/i;

/**
 * Whether `c` names the day a counted stretch right before it reaches from the story's date:
 * +1 after "later" ("Two weeks later, on 20 March"), -1 after "earlier" ("Three days earlier, on
 * 2 May"), 0 when it does not: the date is then the story's, in the story's year, not the dateline's.
 */
export function toldAfterStretch(before: DateCandidate | undefined, c: DateCandidate, text: string): number {
  if (!before || before.type !== 'DURATION' || c.start - before.end > 14 || !SHORT.test(before.value)) return 0;
  const between = text.slice(before.end, c.start);
  if (!BETWEEN.test(between)) return 0;
  if (EARLIER.test(text.slice(before.start, before.end))) return -1;
  return between.includes('ater') ? 1 : 0;
}
