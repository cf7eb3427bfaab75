/**
 * Events that are set for a date ahead, named right after it: "the Nov. 8
 * election", "November's general election", "Monday night's first debate".
 */
const SCHEDULED =
  /^(?:['’]s)?\s+(?:(?:general|presidential|vice-presidential|primary|special|runoff|midterm|first|second|third|final|national|congressional|party|Democratic|Republican|GOP)\s+){0,2}(?:elections?|primar(?:y|ies)|caucus(?:es)?|votes?|voting|referendum|deadline|debates?|contests?|hearings?|summit|convention|inauguration|runoff)\b/i;

/** Does a scheduled event follow the mention that ends at `end`? `Tuesday's primary` → true. */
export function scheduledAfter(text: string, end: number): boolean {
  return SCHEDULED.test(text.slice(end, end + 48));
}
