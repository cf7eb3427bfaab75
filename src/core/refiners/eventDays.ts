import { EVENT_DAYS } from '../lexicon/temporal';
import { changed, type DateCandidate } from '../extractors/dates/candidate';

/** The word right after a mention, past spaces and an `-th`: `attacks` in `Sept. 11th attacks`. */
const WORD_AFTER = /^(?:th)?\s+([a-z]+)/i;
/** Words before a mention that tie it to the event: `the attacks of`, `post-`. */
const EVENT_BEFORE = /(?:\battacks\s+(?:of|on)\s+|\bpost-)$/i;

/**
 * The event days by value, in a Map: a plain object's lookup by a string not
 * yet interned (every date's value) cost more than the rest of this pass.
 */
const EVENTS = new Map(Object.entries(EVENT_DAYS));

const mayNameEvent = (c: DateCandidate): boolean => c.type === 'DATE' && EVENTS.has(c.value);

/**
 * A yearless day that names a past event in its context takes that event's
 * year, before resolveYearless guesses one from the reference date:
 * `after the Sept. 11 attacks` → `2001-09-11`; `on Sept. 11, he will speak` keeps `XXXX-09-11`.
 */
export function eventDays(candidates: readonly DateCandidate[], text: string): readonly DateCandidate[] {
  // most texts name no such day: the list passes unchanged, not copied
  if (!candidates.some(mayNameEvent)) return candidates;
  return candidates.map((c) => {
    const event = c.range || c.type !== 'DATE' ? undefined : EVENTS.get(c.value);
    if (!event) return c;
    const after = WORD_AFTER.exec(text.slice(c.end, c.end + 24));
    const tied = (after !== null && event.words.has(after[1].toLowerCase())) || EVENT_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start));
    return tied ? changed(c, { value: event.value, relative: false, namesEvent: true }) : c;
  });
}
