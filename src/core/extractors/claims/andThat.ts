import type { Clause, ReportedSpeech } from './reportedClauses';
import { leavesQuoteOpen, trimBounds, wordsUpTo } from './spanText';
import { subjectOpensAt } from './addresseeEnd';

/** ", and that" or "but that" before a word: where a second reported clause may open. */
const AND_THAT = /,?\s+(?:and|but)\s+that\s+(?=[\p{L}\d"\u201C'\u2018$€£])/giu;
/** A plural noun then a verb after "that": "that costs had doubled", "that fares will rise"; not "that group was". */
const PLURAL_SUBJECT = /^[a-z]+s\s+(?:are|were|have|had|would|will|could|can|may|might|should|must|did|do|rose|fell|grew|remain|remained)\b/;
/** A "that" opening a clause with its subject, inside the first clause: a later "and that" may be its second. */
const INNER_THAT = /\bthat\s/g;
const MIN_CLAUSE_WORDS = 3;

/** A clause that opens with its own condition or time before the subject: "that without it the fund would run dry". */
const ADVERBIAL_LEAD = /^(?:without|if|unless|once|when|while|although|though|because|after|before|until|despite)\s/i;

/** Whether a clause opens at `at` with its subject or an adverbial lead: "the board", "Lee", "40 jobs", "costs had", "if". */
const clauseOpens = (seg: string, at: number): boolean => {
  const head = seg.slice(at, at + 40);
  return subjectOpensAt(seg, at) || PLURAL_SUBJECT.test(head) || ADVERBIAL_LEAD.test(head);
};

/** Whether the stretch [from, to) of seg holds a "that" of its own before a subject: "ensure that X and that Y". */
function innerThat(seg: string, from: number, to: number): boolean {
  INNER_THAT.lastIndex = from;
  for (let m = INNER_THAT.exec(seg); m && m.index < to; m = INNER_THAT.exec(seg)) if (clauseOpens(seg, m.index + m[0].length)) return true;
  return false;
}

/** Where the quote a piece [start, end) leaves open closes, before `cut`: `was "a live option," and that` keeps `,"`. */
function quoteClosed(text: string, start: number, end: number, cut: number): number {
  if (!leavesQuoteOpen(text, start, end)) return end;
  for (let i = end; i < cut; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201d) return i + 1;
  }
  return end;
}

/** The text, and where its " that " after `from` was found last (-1: none): clauses come in text order, so each search goes on from the last. */
let memoText = '';
let memoFrom = -1;
let memoAt = -1;

/** Whether " that " stands in [start, end) of the text; a native search, never read twice over the same stretch. */
function holdsThat(text: string, start: number, end: number): boolean {
  if (text !== memoText || start < memoFrom || (memoAt >= 0 && start > memoAt)) {
    memoText = text;
    memoFrom = start;
    memoAt = text.indexOf(' that ', start);
  }
  return memoAt >= 0 && memoAt + 5 < end;
}

/** The reported clause [c.start, c.end) cut at each ", and that", or null when it holds none. */
function pieces(text: string, c: Clause): Clause[] | null {
  // most clauses hold no " that ": they are passed by without a regex, and the search stops at the clause's end
  if (!holdsThat(text, c.start, c.end)) return null;
  const seg = text.slice(c.start, c.end);
  let out: Clause[] | null = null;
  let from = 0;
  AND_THAT.lastIndex = 0;
  for (let m = AND_THAT.exec(seg); m; m = AND_THAT.exec(seg)) {
    const next = m.index + m[0].length;
    if (!clauseOpens(seg, next) || innerThat(seg, from, m.index)) continue;
    if (wordsUpTo(seg, from, m.index, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS || wordsUpTo(seg, next, seg.length, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) continue;
    const { start, end } = trimBounds(text, c.start + from, c.start + m.index);
    (out ??= []).push({ ...c, start, end: quoteClosed(text, start, end, c.start + m.index) });
    from = next;
  }
  if (!out) return null;
  out.push({ ...c, start: c.start + from, end: c.end });
  return out;
}

/**
 * The speech with each reported clause that hands over a second one with ", and that" cut in two, both by
 * the same source: "She said the plan was late, and that costs had doubled" → "the plan was late" and
 * "costs had doubled". Narration is left whole, as is a "that" clause's own second ("ensure that X and that Y").
 */
export function splitAndThat(text: string, spoken: ReportedSpeech): ReportedSpeech {
  let clauses: Clause[] | null = null;
  for (let k = 0; k < spoken.clauses.length; k++) {
    const c = spoken.clauses[k];
    const split = c.attribution === 'indirect' ? pieces(text, c) : null;
    if (split && !clauses) clauses = spoken.clauses.slice(0, k);
    if (clauses) clauses.push(...(split ?? [c]));
  }
  return clauses ? { ...spoken, clauses } : spoken;
}
