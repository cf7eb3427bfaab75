import type { Quote, Sentence } from '../model';
import type { Attribution } from './attributions';
import { mergeByOffset, sortByOffset } from './byOffset';
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
  // One slot per word, holes for words no attribution names: cheaper than a Set for a few dozen marks.
  const taken: (true | undefined)[] = new Array<true | undefined>(ws.length);
  const cues: Event[] = [];
  for (const a of attributions) {
    for (let k = a.subject.from; k <= a.subject.to; k++) taken[k] = true;
    cues.push(event(ws[a.subject.from].start, a, undefined, false, undefined));
  }
  const events: Event[] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < ws.length && ws[i].start < s.start) i++;
    let j = i;
    while (j < ws.length && ws[j].end <= s.end) j++;
    if (j === i) continue;
    const subjects: Phrase[] = [];
    for (const p of clauseSubjects(ws, i, j - 1)) {
      const at = ws[p.from].start;
      while (q < quotes.length && (quotes[q].parentId || quotes[q].end <= at)) q++;
      if (!(q < quotes.length && quotes[q].start <= at)) subjects.push(p);
    }
    for (const run of nameRuns(ws, i, j - 1)) {
      if (taken[run[0]] || taken[run[1]]) continue;
      events.push(event(ws[run[0]].start, undefined, run, opensAt(subjects, run[0]), undefined));
    }
    for (const p of subjects) if (p.kind === 'pronoun' && !taken[p.from] && ws[p.from].key !== 'who') events.push(event(ws[p.from].start, undefined, undefined, false, p));
  }
  return mergeByOffset(sortByOffset(cues), sortByOffset(events));
}

/** Whether word k starts inside a subject that is not a pronoun. */
function opensAt(subjects: readonly Phrase[], k: number): boolean {
  for (const p of subjects) if (p.kind !== 'pronoun' && k >= p.from && k <= p.to) return true;
  return false;
}

/** Every event with all its fields, so that reading them meets one object shape. */
function event(at: number, attribution: Attribution | undefined, run: [number, number] | undefined, opens: boolean, pronoun: Phrase | undefined): Event {
  return { at, attribution, run, opens, pronoun };
}
