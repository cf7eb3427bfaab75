import type { Quote, Sentence } from '../model';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs';
import { wordAt, type Word } from './words';

/**
 * Turns a short unattributed quote into speech when its sentence reports
 * speech ("Okafor called the senator a "reckless gambler""), since words quoted there
 * are someone's words rather than scare quotes. A title stays a title: in
 * `Okafor told the radio's "Today"` the show did not speak.
 * `The so-called "reform" was delayed.` stays scare.
 */
export function reportedContext(quotes: readonly Quote[], sentences: readonly Sentence[], ws: readonly Word[]): Quote[] {
  let s = 0;
  return quotes.map((q) => {
    while (s + 1 < sentences.length && sentences[s + 1].start <= q.start) s++;
    if (q.kind !== 'scare' || q.speaker || q.parentId || !sentences[s]) return q;
    const sentence = sentences[s];
    for (let i = wordAt(ws, sentence.start); i < ws.length && ws[i].start < sentence.end; i++) {
      if (ws[i].start >= q.start && ws[i].end <= q.end) continue;
      const key = ws[i].key;
      if (REPORTING_VERBS.has(key) || (key === 'according' && ws[i + 1]?.key === 'to')) return { ...q, kind: 'speech' };
    }
    return q;
  });
}
