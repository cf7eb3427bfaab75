import { INDIRECT_SPEECH_VERBS } from '../../lexicon/reportingVerbs';
import { spelledAmong } from './spelledAmong';

/**
 * An attribution set off by commas right after a time: `, the company said,`, `, Ms Vane added,` (a speaker of one to
 * four words, then a reporting verb) or `, said the company,`. It interrupts the clause and tells nothing of the time's tense.
 */
const ASIDE = /,\s+(?:(said|says|added|adds)(?:\s+[A-Za-z.'-]+){1,4}|(?:[A-Za-z.'-]+\s+){1,4}?([a-z]+)),\s/y;

const IS_REPORTING = spelledAmong(INDIRECT_SPEECH_VERBS);

/** Where an attribution set off by commas at `end` ends (after its second comma); -1 when none stands there. */
export function asideEnd(text: string, end: number): number {
  // most times are not followed by a comma, and cost no regex
  if (text.charCodeAt(end) !== 44) return -1;
  ASIDE.lastIndex = end;
  const m = ASIDE.exec(text);
  if (!m) return -1;
  const close = end + m[0].length - 1;
  if (m[1]) return close;
  const verbStart = close - 1 - m[2].length;
  return IS_REPORTING(text, verbStart, verbStart + m[2].length) ? close : -1;
}
