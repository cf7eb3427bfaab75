import type { Cue } from './attributionPatterns';
import type { Phrase } from './phraseWords';
import { CLOSING_MARKS } from './asides';
import { clauseCue, clauseStart } from './clauseCue';
import { heardOnly } from './heardOnly';
import { isFiniteVerb } from './verbForms';
import { CLAUSE_BREAKS, breaksClause } from './clauseBreaks';
import { endsReportedOpener } from './reportedClause';
import { FRONTING_WORDS } from '../lexicon/clauseWords';
import { CLAUSE_LINK, PREPOSITION, SPEAKING_PRONOUN, SUBORDINATOR, classesOf } from './wordClasses';
import type { Word } from './words';


/** How many words before a quote its clause's subject may stand. */
const SUBJECT_REACH = 150;

/**
 * The subject of the clause a quote sits in, as the cue of last resort:
 * news prose gives the words it quotes to whoever the sentence is about.
 * `After the vote, Okafor called the plan "a disaster"` → Okafor, cue "called".
 */
export function sentenceSubject(ws: readonly Word[], from: number, to: number): Cue | null {
  // The nearest clause before the quote wins: "In Leeds, which votes next, Kell called Okafor "…"".
  let aside: Cue | null = null;
  // A subject further back than any news sentence runs is none; the bound keeps a list of thousands of quoted terms in one sentence from costing the square of its length.
  for (let k = to, floor = Math.max(from, to - SUBJECT_REACH); k >= floor; k--) {
    // `Kell was asked whether the plan, which Hale backs, would "…"`: the words were put to the clause's subject,
    // and no aside after the verb speaks them either.
    if (heardOnly(ws, k)) return null;
    const prev = ws[k - 1];
    if (k > from && !(prev.punct ? CLAUSE_BREAKS.has(prev.text) || closesQuote(ws, k - 1) : (classesOf(prev) & SUBORDINATOR) !== 0)) continue;
    const i = clauseStart(ws, k, to);
    const cue = i < 0 ? null : clauseCue(ws, i, to);
    // "Kell assails what he calls "…"": the pronoun after "what" is the outer subject again.
    if (cue && !closedAside(ws, cue, to) && !(cue.subject.kind === 'pronoun' && ws[cue.subject.from - 1]?.key === 'what')) return cue;
    aside ??= cue;
  }
  return aside;
}

const QUOTE_ENDS: ReadonlySet<string> = new Set([',', '.', '?', '!']);

/**
 * Whether word k is a quote mark that closes a quotation ending in a comma or stop: after
 * `“…, but he has no chance,” Ashcombe said` the clause that opens is the attribution, and
 * the search must reach it before the clauses inside the quotation.
 */
function closesQuote(ws: readonly Word[], k: number): boolean {
  const end = ws[k - 1];
  // `said, "Gordon …`: a mark after a comma and a space opens; `,"` with nothing between closes.
  if (!CLOSING_MARKS.has(ws[k].text) || !end || !QUOTE_ENDS.has(end.text) || end.end !== ws[k].start) return false;
  // `…," and Democrats would need to "…"`: a clause joined after a partial quote is still reported speech.
  const next = ws[k + 1];
  return !!next && !next.punct && (classesOf(next) & CLAUSE_LINK) === 0;
}

/** `Kell praised Okafor, who left the race, as "…"`: a relative clause closed before the quote is no subject of it. */
function closedAside(ws: readonly Word[], cue: Cue, to: number): boolean {
  // "the plan, which the board says would cost $5bn, would …": an object's relative clause, closed by a comma, is an aside
  // whatever verb follows, as that verb is the plan's.
  const objectRelative = cue.subject.from > 0 && OBJECT_RELATIVES.has(ws[cue.subject.from - 1].key);
  if (!objectRelative && !RELATIVE_SUBJECTS.has(ws[cue.subject.from].key)) return false;
  let comma = to;
  while (comma > cue.cueTo && ws[comma].text !== ',') comma--;
  if (comma === cue.cueTo || ws[comma + 1]?.key === 'and') return false;
  if (objectRelative) return true;
  // "…, who fights critics, claims that …": a clause after the comma may still be the aside's.
  for (let k = comma + 1; k <= to; k++) if (isFiniteVerb(ws[k])) return false;
  return true;
}
const RELATIVE_SUBJECTS = new Set(['who', 'which']);
const OBJECT_RELATIVES = new Set(['which', 'whom']);

/**
 * Whether word k, after a comma, is the object of a preposition the comma ends: `Kell drew close to, or
 * even ahead of, front-runner Dana Hale in the polls` is about Kell; `what she thought of, he said` opens a clause.
 */
function objectAfterAside(ws: readonly Word[], k: number): boolean {
  const before = ws[k - 2];
  return ws[k - 1].text === ',' && !!before && !before.punct && (classesOf(before) & PREPOSITION) !== 0 && (classesOf(ws[k]) & SPEAKING_PRONOUN) === 0;
}

/** Whether word k opens the clause of a FRONTING_WORDS word: "Kell" in "While Kell spoke, …". */
export const inFrontedClause = (ws: readonly Word[], k: number) => k > 0 && !ws[k - 1].punct && FRONTING_WORDS.has(ws[k - 1].key);

/** Past this many subjects in one sentence, clauseSubjects keeps a Set of their starts. */
const SEARCHED_SUBJECTS = 8;

/** Whether one of out[base…] starts at word `at`. */
function startsOne(out: readonly Phrase[], base: number, at: number): boolean {
  for (let k = base; k < out.length; k++) if (out[k].from === at) return true;
  return false;
}

/**
 * The subjects of the clauses in words [from, to], in order, appended to
 * `out` (one list for a whole text, so a sentence costs no list of its own),
 * for pronouns to look back to: `The ministers moved on, but Brandt was not having it.` → ministers, Brandt.
 * Clauses that open after word `last` are not read: a caller that needs only the subjects holding
 * certain words stops at the last of them, since a subject starts where its clause opens or after.
 */
export function clauseSubjects(ws: readonly Word[], from: number, to: number, out: Phrase[], last = to): void {
  const base = out.length;
  const end = Math.min(to, last);
  // A Set once there are many, not a search of `out`: a long sentence of many clauses stays linear.
  // Most sentences have one or two subjects, which a search finds sooner than a new Set.
  let seen: Set<number> | null = null;
  for (let k = from; k <= end; k++) {
    if (k > from && !(ws[k - 1].punct && breaksClause(ws[k - 1].text))) continue;
    if (k > from && objectAfterAside(ws, k)) continue;
    // "Kell recalled that before the vote, Hale …": Hale is whom Kell spoke of, not a subject of the text's.
    if (k > from && endsReportedOpener(ws, from, k)) continue;
    // "While Kell said …, he said …": the subject of a clause set before the main one is read too.
    // Every FRONTING_WORDS word is in the lexicon: a word with no class is none, and its key is not looked up.
    const fronted = ws[k + 1]?.capital && classesOf(ws[k]) !== 0 && FRONTING_WORDS.has(ws[k].key) ? clauseCue(ws, k + 1, to, true) : null;
    if (fronted?.subject.kind === 'name' && !(seen ? seen.has(fronted.subject.from) : startsOne(out, base, fronted.subject.from))) {
      seen?.add(fronted.subject.from);
      out.push(fronted.subject);
    }
    const i = clauseStart(ws, k, to);
    const cue = i < 0 ? null : clauseCue(ws, i, to, true);
    if (!cue) continue;
    const at = cue.subject.from;
    if (!seen && out.length - base >= SEARCHED_SUBJECTS) seen = new Set(out.slice(base).map((p) => p.from));
    if (seen ? seen.has(at) : startsOne(out, base, at)) continue;
    seen?.add(at);
    out.push(cue.subject);
  }
}

/** The subject and verb of the clause that opens words [from, to]: `Her husband cut in.` → husband, "cut". */
export function openingSubject(ws: readonly Word[], from: number, to: number): Cue | null {
  const i = clauseStart(ws, from, to);
  return i < 0 ? null : clauseCue(ws, i, to);
}
