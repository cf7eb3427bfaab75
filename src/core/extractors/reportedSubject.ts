import { finiteAt } from './verbForms';
import { AUXILIARY, INDIRECT, classesOf } from './wordClasses';
import type { Word } from './words';

/** Words that open a clause of time or reason, in which a pronoun after a report speaks of the reported. */
const REPORT_LINKS: ReadonlySet<string> = new Set(['when', 'because', 'after', 'as', 'since', 'while', 'before', 'if']);

/**
 * The words of the name a report makes its reported clause's subject, when the pronoun at word k opens a
 * clause of time or reason after it: `Kell said Hale was "right" when he said …` → "Hale"; null for
 * `Kell said the plan was "right" when he spoke` or a pronoun after no such word. Words before offset
 * `start`, where the sentence starts, are not read.
 */
export function reportedSubject(ws: readonly Word[], k: number, start: number): readonly [number, number] | null {
  const link = ws[k - 1];
  if (!link || link.punct || !REPORT_LINKS.has(link.key)) return null;
  for (let u = k - 2; u >= 0 && ws[u].start >= start; u--) {
    const w = ws[u];
    if (w.punct || w.capital || (classesOf(w) & INDIRECT) === 0) continue;
    const from = ws[u + 1]?.key === 'that' ? u + 2 : u + 1;
    if (from >= k - 2 || !ws[from].capital) return null;
    let to = from;
    while (to + 2 < k && ws[to + 1].capital && !ws[to + 1].punct) to++;
    return finiteAt(ws, to + 1) || (classesOf(ws[to + 1]) & AUXILIARY) !== 0 ? [from, to] : null;
  }
  return null;
}
