import type { Quote, Sentence } from '../model';
import type { Attribution } from './attributions';
import { PLACE_PREPOSITIONS } from '../lexicon/clauseWords';
import { mergeByOffset, sortByOffset } from './byOffset';
import { nameRuns } from './nameRuns';
import { forTitle } from './phraseBefore';
import type { Phrase } from './phraseWords';
import { possessiveEnd } from './phraseWords';
import type { RoleSubject } from './roleSubject';
import { OPENER_REACH, opensWithThe, roleSubject } from './roleSubject';
import { clauseSubjects } from './sentenceSubject';
import { opensWithStranger, strangerHead } from './strangerSubject';
import { CLAUSE_LINK, DETERMINER, PHRASE_OPENER, PREPOSITION, ROLE, SPEAKING_PRONOUN, SUBORDINATOR, classesOf } from './wordClasses';
import { wordFlags } from './wordFlags';
import { wordFrom } from './wordFrom';
import type { Word } from './words';

/** One step of reading: an attribution, a name (words [from, to]), or a pronoun that opens a sentence. */
export interface Event {
  readonly at: number;
  readonly attribution?: Attribution;
  /** A name's words; -1 for other events. */
  readonly from: number;
  readonly to: number;
  /** The name is its sentence's subject: a later "he" most likely means it. */
  readonly opens?: boolean;
  /** The name stands inside a quotation: the speaker's words, not the article's. */
  readonly quoted?: boolean;
  /** The name is a preposition's object, inside its sentence's subject or not: "an actor in Dallas". */
  readonly governed?: boolean;
  readonly pronoun?: Phrase;
  /** A subject that describes someone by a role: "The former governor is …". */
  readonly role?: RoleSubject;
}

/**
 * Every attribution, name and sentence-opening pronoun in text order, so each
 * pronoun sees only what came before it. `Brandt, who retires soon,
 * praised Hale.` → Brandt opens the sentence, Hale does not.
 */
export function timeline(ws: readonly Word[], attributions: readonly Attribution[], sentences: readonly Sentence[], quotes: readonly Quote[]): Event[] {
  // Names and pronouns inside a quotation are the speaker's words, not the article's subjects.
  let q = 0;
  // The same walk for name runs, which come in text order too.
  let qn = 0;
  // The words attributions name; cleared again before returning.
  const taken = wordFlags(ws.length);
  const cues: Event[] = [];
  for (const a of attributions) {
    for (let k = a.subject.from; k <= takenTo(ws, a); k++) taken[k] = 1;
    cues.push(event(ws[a.subject.from].start, a, -1, -1, false, undefined, false, false));
  }
  const events: Event[] = [];
  // One list each for the whole text, read from where each sentence's part starts: most sentences
  // would otherwise cost three small lists.
  const found: Phrase[] = [];
  const subjects: Phrase[] = [];
  const runs: number[] = [];
  let i = 0;
  for (const s of sentences) {
    while (i < ws.length && ws[i].start < s.start) i++;
    // Words do not overlap: one ends by s.end when the next starts by it, so only the last one's end is read.
    // Found by steps from i rather than word by word, as the loops below read only some of the words.
    let j = Math.max(i, wordFrom(ws, s.end + 1, i) - 1);
    if (j < ws.length && ws[j].end <= s.end) j++;
    if (j === i) continue;
    const firstRun = runs.length;
    nameRuns(ws, i, j - 1, runs);
    const first = subjects.length;
    // A sentence inside one quotation would have all its subjects dropped below: it needs none.
    while (q < quotes.length && (quotes[q].parentId || quotes[q].end <= s.start)) q++;
    const quoted = q < quotes.length && quotes[q].start <= s.start && quotes[q].end >= s.end;
    // Subjects serve the sentence's own free names and pronouns: a sentence with neither needs none,
    // and a clause that opens after the last of them holds none of them.
    const lastRun = quoted ? -1 : lastFreeRun(runs, firstRun, taken);
    // "The former governor is a triathlete": a sentence that opens with "the" may describe whom a later pronoun means.
    // Both openers answer at word i + OPENER_REACH or before: a free name or pronoun there or later reaches as far.
    let last = quoted ? -1 : Math.max(lastRun, lastFreePronoun(ws, Math.max(i, lastRun + 1), j, taken));
    if (!quoted && last < i + OPENER_REACH) last = Math.max(last, opensWithThe(ws, i, j), opensWithStranger(ws, i, j));
    if (last >= 0) {
      const firstFound = found.length;
      clauseSubjects(ws, i, j - 1, found, last);
      for (let f = firstFound; f < found.length; f++) {
        const p = found[f];
        const at = ws[p.from].start;
        while (q < quotes.length && (quotes[q].parentId || quotes[q].end <= at)) q++;
        if (!(q < quotes.length && quotes[q].start <= at)) subjects.push(p);
      }
    }
    for (let r = firstRun; r < runs.length; r += 2) {
      const from = runs[r];
      const to = runs[r + 1];
      if (taken[from] || taken[to]) continue;
      const at = ws[from].start;
      while (qn < quotes.length && (quotes[qn].parentId || quotes[qn].end <= at)) qn++;
      const inQuote = qn < quotes.length && quotes[qn].start < at;
      events.push(event(at, undefined, from, to, opensAt(ws, subjects, first, from, to) || afterThereIs(ws, from, i), undefined, inQuote, afterPreposition(ws, from)));
    }
    for (let k = first; k < subjects.length; k++) {
      const p = subjects[k];
      if (taken[p.from]) continue;
      if (p.kind === 'pronoun') {
        if (ws[p.from].key !== 'who') events.push(event(ws[p.from].start, undefined, -1, -1, false, p, false, false));
        continue;
      }
      let role = roleSubject(ws, p);
      if (!role && p.kind === 'description') {
        const head = strangerHead(ws, p);
        if (head >= 0) role = { from: p.from, to: head, owner: false, stranger: true };
      }
      if (role) events.push(event(ws[p.from].start, undefined, -1, -1, false, undefined, false, false, role));
    }
    // Sentences do not overlap: the next one's words start at j or later.
    i = j;
  }
  for (const a of attributions) for (let k = a.subject.from; k <= takenTo(ws, a); k++) taken[k] = 0;
  return mergeByOffset(sortByOffset(cues), sortByOffset(events));
}

/**
 * The last word an attribution's subject takes from the names read: "A spokesman for House Speaker Ann Ruiz said"
 * takes "A spokesman" only, so Ann Ruiz, the one spoken for, is still read as a name with her role.
 */
function takenTo(ws: readonly Word[], a: Attribution): number {
  const { from, to, kind } = a.subject;
  if (kind !== 'description') return to;
  for (let k = from + 1; k < to; k++) if (ws[k].key === 'for' && forTitle(ws, k, from)) return k;
  return to;
}

/** The first word of the last name run, from runs[r] on, whose words no attribution took; -1 if none. */
function lastFreeRun(runs: readonly number[], r: number, taken: Uint8Array): number {
  for (let k = runs.length - 2; k >= r; k -= 2) if (!taken[runs[k]] && !taken[runs[k + 1]]) return runs[k];
  return -1;
}

/** The last of words [i, j) that is a pronoun that can open a clause, and that no attribution took; -1 if none. */
function lastFreePronoun(ws: readonly Word[], i: number, j: number, taken: Uint8Array): number {
  for (let k = j - 1; k >= i; k--) if ((classesOf(ws[k]) & SPEAKING_PRONOUN) !== 0 && !taken[k]) return k;
  return -1;
}

/**
 * Whether the name at word k is a preposition's object: "an actor in Dallas, who runs a theater" is not
 * about Dallas, nor "The rise of Stroud" about Stroud. "Secretary of State Alan Whitlow" and "chief of staff
 * Denis Harrow" are about the person, as "of" there joins a title to the name.
 */
function afterPreposition(ws: readonly Word[], k: number): boolean {
  const w = ws[k - 1];
  // A mark, most often, is no preposition.
  if (!w || w.punct) return false;
  if (w.key === 'of') return !ws[k - 2]?.capital && (classesOf(ws[k - 2]) & ROLE) === 0;
  return (classesOf(w) & PREPOSITION) !== 0 || PLACE_PREPOSITIONS.has(w.key);
}

/**
 * Whether the name at words [k, to] stands inside a subject, from subjects[first] on, that is not a pronoun,
 * as its head or its owner: "Dana Kell’s aides", "the senator Dana Kell"; not a name that only qualifies
 * the subject's noun, as in "The Kell campaign". A name set between commas right after a description
 * subject names it: "the director, Dana Kell, said …".
 */
function opensAt(ws: readonly Word[], subjects: readonly Phrase[], first: number, k: number, to: number): boolean {
  for (let i = first; i < subjects.length; i++) {
    const p = subjects[i];
    if (p.kind !== 'pronoun' && k >= p.from && k <= p.to) return !(p.kind === 'description' && to < p.to && possessiveEnd(ws[to].text) === 0 && qualifiesNoun(ws[to + 1]));
    if (p.kind === 'description' && k === p.to + 2 && ws[k - 1].text === ',' && ws[to + 1]?.text === ',') return true;
  }
  return false;
}

/**
 * Whether the name at word k follows "there is" or "there was" that open a clause, so that it is what the
 * clause is about: "Then there's Vold.", "And there by the door was Marsh, a baker."; word `first` opens the sentence.
 */
function afterThereIs(ws: readonly Word[], k: number, first: number): boolean {
  const be = ws[k - 1];
  if (!be || be.punct) return false;
  let t = -1;
  if (THERE_IS.has(be.key)) t = k - 1;
  else if (BE.has(be.key)) for (let j = k - 2; j >= Math.max(first, k - 6) && t < 0; j--) if (ws[j].key === 'there') t = j;
  if (t < 0) return false;
  const before = ws[t - 1];
  return t === first || !before || before.punct || (classesOf(before) & (CLAUSE_LINK | PHRASE_OPENER)) !== 0;
}
const THERE_IS: ReadonlySet<string> = new Set(["there's", 'there\u2019s']);
const BE: ReadonlySet<string> = new Set(['is', 'was']);

/** Whether a word after a name is a noun the name qualifies: "outlets" in "The Kell outlets", not "on" in "The Leeds council on Friday". */
const qualifiesNoun = (w: Word) => !w.punct && !w.capital && (classesOf(w) & (PREPOSITION | DETERMINER | SUBORDINATOR | CLAUSE_LINK)) === 0 && !PLACE_PREPOSITIONS.has(w.key);

/** Every event with all its fields, so that reading them meets one object shape. */
function event(
  at: number, attribution: Attribution | undefined, from: number, to: number, opens: boolean, pronoun: Phrase | undefined, quoted: boolean, governed: boolean,
  role?: RoleSubject,
): Event {
  return { at, attribution, from, to, opens, pronoun, quoted, governed, role };
}
