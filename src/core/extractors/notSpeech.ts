import { addsAmount } from './addsAmount';
import type { Phrase } from './phraseWords';
import { endsInEd, endsInIng } from './keyEnds';
import type { Word } from './words';
import { PREPOSITION, classesOf } from './wordClasses';

const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding']);

/**
 * Whether the reporting word at v, with the subject before it, reports no
 * speech: "add" with an amount and then "to" is a sum ("The rise adds £96 a
 * year to a bill"), and an -ed word after the object of a verb in -ing or -ed, or a
 * preposition, going on with a time or place, is a participle ("reversing a
 * plan announced in November"). "Kell added that 40 were hurt", "a report by
 * the agency noted that …" and "Officials announced cuts" still report.
 */
export function reportsNoSpeech(text: string, ws: readonly Word[], v: number, subject: Phrase): boolean {
  const verb = ws[v];
  if (ADD_FORMS.has(verb.key) && addsAmount(text, verb.start)) return true;
  if (subject.kind !== 'description' || !endsInEd(verb.key)) return false;
  const before = ws[subject.from - 1];
  if (before === undefined || before.punct || !(endsInIng(before.key) || endsInEd(before.key) || (classesOf(before) & PREPOSITION) !== 0)) return false;
  // the participle goes on with a time or place, not with what was said: "announced in November", "released last week"
  const after = ws[v + 1];
  return after === undefined || after.punct || PARTICIPLE_TAILS.has(after.key) || (classesOf(after) & PREPOSITION) !== 0;
}

/** Words after a participle that tell when or where, where a verb of speech would go on with its content. */
const PARTICIPLE_TAILS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'yesterday', 'today']);
