import type { Word } from './words';
import { REPORTING, classesOf } from './wordClasses';

/** How far after a name its sentence's end, or the pronoun that takes it up, is looked for. */
const REACH = 40;
const ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
/** Pronouns that show a person, which end the search for "it": `The builder, Ron Trask, said he …`. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);
/** Verbs after which "it" is most often no one's: "it was a good day", "it seems". */
const EMPTY_IT_VERBS: ReadonlySet<string> = new Set(['is', 'was', "'s", '’s', 'seems', 'seemed', 'appears', 'appeared']);

/**
 * Whether the first of "it", "its", "he", "she" and their forms after the name ending at word `to`, in its sentence
 * or the next, is "it" or "its": `The developer, Northgate Living, said it would appeal`, `… lost. "We are
 * disappointed," it said`; not `said he would`, nor `said it was a good day`. Weak alone: asked only where
 * something else points to a body.
 */
export function itTakesUp(ws: readonly Word[], to: number): boolean {
  let ends = 0;
  for (let k = to + 1; k < ws.length && k <= to + REACH; k++) {
    const w = ws[k];
    if (w.punct) {
      if (ENDS.has(w.text) && ++ends > 1) return false;
      continue;
    }
    if (w.key === 'its') return true;
    if (w.key === 'it') return !EMPTY_IT_VERBS.has(ws[k + 1]?.key ?? '');
    if (PERSON_PRONOUNS.has(w.key)) return false;
  }
  return false;
}

/**
 * Whether the one-word name at word `to` opens a sentence after which the next opens with "It" and a verb of
 * speech, which no person is: `Variety reported the cut. It said …`; not `Hale welcomed it. He said …`. A name of
 * more words may be someone's whose given name the lexicon lacks, whom a report ("It said") follows.
 */
export function itSpeaksNext(ws: readonly Word[], from: number, to: number): boolean {
  if (from !== to || (from > 0 && !ws[from - 1].punct)) return false;
  for (let k = to + 1; k < ws.length && k <= to + REACH; k++) {
    if (!ws[k].punct || !ENDS.has(ws[k].text)) continue;
    const it = ws[k + 1];
    return !!it && it.text === 'It' && !!ws[k + 2] && (classesOf(ws[k + 2]) & REPORTING) !== 0;
  }
  return false;
}
