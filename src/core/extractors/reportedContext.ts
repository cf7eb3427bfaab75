import type { Quote, Sentence } from '../model';
import { isAccordingTo } from './attributionPatterns';
import type { Word } from './words';
import { wordAt } from './words';
import { REPORTING, classesOf } from './wordClasses';

/**
 * The first and last word of a sentence that report speech, or null. A
 * quote's words are one contiguous run, so some reporting word lies outside
 * it exactly when the first or the last one does; reading each sentence once
 * keeps a long sentence full of quotes linear.
 */
function reportingEnds(ws: readonly Word[], sentence: Sentence): readonly [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = wordAt(ws, sentence.start); i < ws.length && ws[i].start < sentence.end; i++) {
    if (!((classesOf(ws[i]) & REPORTING) !== 0 || isAccordingTo(ws, i))) continue;
    if (first < 0) first = i;
    last = i;
  }
  return first < 0 ? null : [first, last];
}

const outside = (w: Word, q: Quote) => !(w.start >= q.start && w.end <= q.end);

/**
 * Turns a short unattributed quote into speech when its sentence reports
 * speech ("Okafor called the senator a "reckless gambler""), since words quoted there
 * are someone's words rather than scare quotes. A title stays a title: in
 * `Okafor told the radio's "Today"` the show did not speak.
 * `The so-called "reform" was delayed.` stays scare.
 */
export function reportedContext(quotes: readonly Quote[], sentences: readonly Sentence[], ws: readonly Word[], named: ReadonlySet<number> = new Set()): Quote[] {
  let s = 0;
  let endsOf = -1;
  let ends: readonly [number, number] | null = null;
  return quotes.map((q, i) => {
    while (s + 1 < sentences.length && sentences[s + 1].start <= q.start) s++;
    if (q.kind !== 'scare' || q.speaker || q.parentId || !sentences[s] || named.has(i)) return q;
    if (endsOf !== s) {
      ends = reportingEnds(ws, sentences[s]);
      endsOf = s;
    }
    return ends && (outside(ws[ends[0]], q) || outside(ws[ends[1]], q)) ? { ...q, kind: 'speech' } : q;
  });
}
