import type { Quote, Sentence } from '../model';
import type { Attribution } from './attributions';
import { nameRuns } from './nameRuns';
import type { Phrase } from './phraseWords';
import { clauseSubjects } from './sentenceSubject';
import type { Word } from './words';

/** One step of reading: an attribution, a name, or a pronoun that opens a sentence. */
export interface Event {
  readonly at: number;
  readonly attribution?: Attribution;
  readonly run?: [number, number];
  /** The name is its sentence's subject: a later "he" most likely means it. */
  readonly opens?: boolean;
  readonly pronoun?: Phrase;
}

/**
 * Every attribution, name and sentence-opening pronoun in text order, so each
 * pronoun sees only what came before it. `Brandt, who retires soon,
 * praised Hale.` → Brandt opens the sentence, Hale does not.
 */
export function timeline(ws: readonly Word[], attributions: readonly Attribution[], sentences: readonly Sentence[], quotes: readonly Quote[]): Event[] {
  // Names and pronouns inside a quotation are the speaker's words, not the article's subjects.
  let q = 0;
  const quoted = (at: number) => {
    while (q < quotes.length && (quotes[q].parentId || quotes[q].end <= at)) q++;
    return q < quotes.length && quotes[q].start <= at;
  };
  const taken = new Set<number>();
  const events: Event[] = attributions.map((a) => {
    for (let k = a.subject.from; k <= a.subject.to; k++) taken.add(k);
    return { at: ws[a.subject.from].start, attribution: a };
  });
  let i = 0;
  for (const s of sentences) {
    while (i < ws.length && ws[i].start < s.start) i++;
    let j = i;
    while (j < ws.length && ws[j].end <= s.end) j++;
    if (j === i) continue;
    const subjects = clauseSubjects(ws, i, j - 1).filter((p) => !quoted(ws[p.from].start));
    for (const run of nameRuns(ws, i, j - 1)) {
      if (taken.has(run[0]) || taken.has(run[1])) continue;
      const opens = subjects.some((p) => p.kind !== 'pronoun' && run[0] >= p.from && run[0] <= p.to);
      events.push({ at: ws[run[0]].start, run, opens });
    }
    for (const p of subjects) if (p.kind === 'pronoun' && !taken.has(p.from) && ws[p.from].key !== 'who') events.push({ at: ws[p.from].start, pronoun: p });
  }
  return events.sort((a, b) => a.at - b.at);
}
