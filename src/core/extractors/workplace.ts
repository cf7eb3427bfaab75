import type { Span } from '../model';
import { possessiveEnd } from './phraseWords';
import type { Word } from './words';
import { ORGANIZATION, PLACE, classesOf } from './wordClasses';

/** Words inside a body's name: "Institute of Technology", "Center for Media Justice". */
const LINKS: ReadonlySet<string> = new Set(['of', 'for']);

/** How many capitalised words a body's name after "of" may run to: "St. Brigid's Children's Hospital". */
const MAX_BODY_WORDS = 8;

/**
 * The body a speaker works at, named after "of" inside the speaker phrase of words [from, to] or right after it:
 * `Dr. Mara Stein of St. Brigid's Hospital said` → "St. Brigid's Hospital", `Dr. Ana Vell of the Brightwater
 * Clinic said` → "Brightwater Clinic". Null when the words after "of" end in no body's noun ("Tom Hale of Ohio").
 */
export function workplace(text: string, ws: readonly Word[], from: number, to: number): Span | null {
  // The text, not the key: a name's capitalised words would be lowered just to be compared.
  let of = from + 1;
  while (of <= to && ws[of].text !== 'of') of++;
  if (of > to && ws[to + 1]?.text !== 'of') return null;
  let start = of + 1;
  if (ws[start]?.text === 'the') start++;
  if (!ws[start]?.capital || ws[start].punct) return null;
  let end = start;
  // "the University of Harwick School of Nursing": a body's name goes on past "of" or "for" before a capital.
  let body = false;
  for (let k = start; k < ws.length && k - start < MAX_BODY_WORDS; k++) {
    const w = ws[k];
    if (!w.punct && w.capital) {
      end = k;
      body ||= (classesOf(w) & (ORGANIZATION | PLACE)) === ORGANIZATION;
    } else if (!(LINKS.has(w.key) && ws[k + 1]?.capital && !ws[k + 1].punct)) break;
  }
  const last = ws[end];
  if (!body) return null;
  const stop = last.end - possessiveEnd(last.text);
  return { start: ws[start].start, end: stop, text: text.slice(ws[start].start, stop) };
}
