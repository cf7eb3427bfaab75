import type { Cue } from './attributionPatterns';
import type { Phrase } from './phraseWords';
import { clauseCue, clauseStart } from './clauseCue';
import { SUBORDINATOR, classesOf } from './wordClasses';
import type { Word } from './words';

const CLAUSE_BREAKS = new Set([',', ';', '—', '–', '―', '(']);
/** The same test by character code, for the loop over every word of every sentence. */
const BREAK_CODES = [...CLAUSE_BREAKS].map((m) => m.charCodeAt(0));
const breaksClause = (mark: string) => mark.length === 1 && BREAK_CODES.includes(mark.charCodeAt(0));

/**
 * The subject of the clause a quote sits in, as the cue of last resort:
 * news prose gives the words it quotes to whoever the sentence is about.
 * `After the vote, Okafor called the plan "a disaster"` → Okafor, cue "called".
 */
export function sentenceSubject(ws: readonly Word[], from: number, to: number): Cue | null {
  // The nearest clause before the quote wins: "In Leeds, which votes next, Kell called Okafor "…"".
  for (let k = to; k >= from; k--) {
    const prev = ws[k - 1];
    if (k > from && !(prev.punct ? CLAUSE_BREAKS.has(prev.text) : (classesOf(prev) & SUBORDINATOR) !== 0)) continue;
    const i = clauseStart(ws, k, to);
    const cue = i < 0 ? null : clauseCue(ws, i, to);
    if (cue) return cue;
  }
  return null;
}

/**
 * The subjects of the clauses in words [from, to], in order, appended to
 * `out` (one list for a whole text, so a sentence costs no list of its own),
 * for pronouns to look back to: `The ministers moved on, but Brandt was not having it.` → ministers, Brandt.
 */
export function clauseSubjects(ws: readonly Word[], from: number, to: number, out: Phrase[]): void {
  const base = out.length;
  // A Set, not a search of `out`: a long sentence of many clauses stays linear. Most sentences
  // have one subject, so the set waits for a second.
  let seen: Set<number> | null = null;
  for (let k = from; k <= to; k++) {
    if (k > from && !(ws[k - 1].punct && breaksClause(ws[k - 1].text))) continue;
    const i = clauseStart(ws, k, to);
    const cue = i < 0 ? null : clauseCue(ws, i, to);
    if (!cue) continue;
    const at = cue.subject.from;
    if (out.length === base + 1 && !seen) seen = new Set([out[base].from]);
    if (seen?.has(at)) continue;
    seen?.add(at);
    out.push(cue.subject);
  }
}

/** The subject and verb of the clause that opens words [from, to]: `Her husband cut in.` → husband, "cut". */
export function openingSubject(ws: readonly Word[], from: number, to: number): Cue | null {
  const i = clauseStart(ws, from, to);
  return i < 0 ? null : clauseCue(ws, i, to);
}
