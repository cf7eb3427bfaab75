import { CURRENCY_SYMBOLS } from '../lexicon/currencies';
import type { Phrase } from './phraseWords';
import { endsInEd, endsInIng } from './keyEnds';
import type { Word } from './words';
import { PREPOSITION, classesOf } from './wordClasses';

/** Most words between an added amount and its "to": "£96 a year to", "40 minutes to". */
const MAX_AMOUNT_WORDS = 5;
const ADD_FORMS: ReadonlySet<string> = new Set(['add', 'adds', 'added', 'adding']);

/** Whether a word opens an amount: a digit or a currency sign. */
const opensAmount = (w: Word | undefined): boolean => {
  if (!w) return false;
  const c = w.text.charCodeAt(0);
  return (c >= 48 && c <= 57) || CURRENCY_SYMBOLS.has(w.text.charAt(0));
};

/**
 * Whether the reporting word at v, with the subject before it, reports no
 * speech: "add" with an amount and then "to" is a sum ("The rise adds £96 a
 * year to a bill"), and an -ed word after the object of a verb in -ing or -ed, or a
 * preposition, going on with a time or place, is a participle ("reversing a
 * plan announced in November"). "Kell added that 40 were hurt", "a report by
 * the agency noted that …" and "Officials announced cuts" still report.
 */
export function reportsNoSpeech(ws: readonly Word[], v: number, subject: Phrase): boolean {
  const verb = ws[v];
  if (ADD_FORMS.has(verb.key) && opensAmount(ws[v + 1])) {
    for (let k = v + 2; k < ws.length && k <= v + 2 + MAX_AMOUNT_WORDS; k++) {
      if (ws[k].punct) return false;
      if (ws[k].key === 'to') return true;
    }
    return false;
  }
  if (subject.kind !== 'description' || !endsInEd(verb.key)) return false;
  const before = ws[subject.from - 1];
  if (before === undefined || before.punct || !(endsInIng(before.key) || endsInEd(before.key) || (classesOf(before) & PREPOSITION) !== 0)) return false;
  // the participle goes on with a time or place, not with what was said: "announced in November", "released last week"
  const after = ws[v + 1];
  return after === undefined || after.punct || PARTICIPLE_TAILS.has(after.key) || (classesOf(after) & PREPOSITION) !== 0;
}

/** Words after a participle that tell when or where, where a verb of speech would go on with its content. */
const PARTICIPLE_TAILS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'last', 'this', 'earlier', 'yesterday', 'today']);
