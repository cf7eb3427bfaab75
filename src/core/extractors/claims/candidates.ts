import type { Analysis, Attribution, Quote, Sentence, SpeakerRef } from '../../model';
import { REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { reportedSpeech } from './reportedClauses';
import { spanIndex } from './spanIndex';
import { speakerFor } from './speakerFor';
import { trimSpan, wordsUpTo } from './spanText';
import { isSpace } from './isSpace';

/** A claim before it is typed and scored. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution;
  readonly speaker: SpeakerRef | null;
  readonly sentenceId: string;
  readonly quoteIds: readonly string[];
}

const MIN_WORDS = 3;
const toRef = (q: Quote): SpeakerRef | null => (q.speaker ? { entityId: q.speaker.entityId, name: q.speaker.name } : null);

/** Words after which a quote is the content itself, not a piece of the clause: `said that "…"`, `and "…"`. */
const CONTENT_OPENERS: ReadonlySet<string> = new Set(['that', 'and', 'but', 'or', 'as', 'saying', 'adding', 'noting', 'writing']);
/** A letter of the word before a quote: what /([A-Za-z\u00C0-\u024F'\u2019-]+)\s*$/ would take. */
const inLastWord = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || c === 39 || c === 0x2019 || c === 45;

/** The word right before `end` (white space between allowed), lower-cased, looking no further back than `from`. */
function lastWordBefore(text: string, from: number, end: number): string | undefined {
  let j = end;
  while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
  let k = j;
  while (k > from && inLastWord(text.charCodeAt(k - 1))) k--;
  return k < j ? text.slice(k, j).toLowerCase() : undefined;
}

/**
 * A partial quote inside a clause of the frame: `the board was "increasingly
 * confident" that …`. Its clause is the claim, so the quote stays in it
 * instead of cutting it into fragments.
 */
function isEmbedded(text: string, s: Sentence, q: Quote): boolean {
  if (q.start <= s.start) return false;
  const word = lastWordBefore(text, Math.max(s.start, q.start - 40), q.start);
  return word !== undefined && !CONTENT_OPENERS.has(word) && !REPORTING_VERBS.has(word);
}

/** The text outside the speech quotes of a sentence, as [start, end) gaps. */
function gaps(s: Sentence, quotes: readonly Quote[]): [number, number][] {
  const out: [number, number][] = [];
  let at = s.start;
  for (const q of quotes) {
    if (q.start > at) out.push([at, Math.min(q.start, s.end)]);
    at = Math.max(at, q.end);
  }
  if (at < s.end) out.push([at, s.end]);
  return out;
}

/**
 * One sentence's claim spans: the quoted content (direct), the reported
 * clauses of its frame (indirect), else the sentence itself (narrative).
 * `"We need to act," he said.` → one direct candidate "We need to act".
 */
function sentenceCandidates(a: Analysis, s: Sentence, previous: SpeakerRef | null, overlapping: readonly Quote[]): Candidate[] {
  const quotes = overlapping.filter((q) => q.kind === 'speech' && !q.parentId && !isEmbedded(a.text, s, q));
  const frames = gaps(s, quotes).map(([g0, g1]) => reportedSpeech(a.text, g0, g1));
  const frameSource = frames.find((f) => f.source)?.source ?? null;
  const quoteSpeaker = quotes.map(toRef).find((r) => r) ?? null;
  const fallback = quoteSpeaker ?? previous;
  const out: Candidate[] = [];
  for (const q of quotes) {
    const [start, end] = trimSpan(a.text, Math.max(q.content.start, s.start), Math.min(q.content.end, s.end));
    if (wordsUpTo(a.text, start, end, MIN_WORDS) < MIN_WORDS) continue;
    // a speaker the quotes stage left as a bare role ("the harbour chief") is resolved like a pronoun
    const named = q.speaker && !q.speaker.entityId ? speakerFor(q.speaker.mention, a.entities, previous) : toRef(q);
    const speaker = named ?? speakerFor(frameSource, a.entities, previous) ?? previous;
    out.push({ start, end, attribution: 'direct', speaker, sentenceId: s.id, quoteIds: [q.id] });
  }
  for (const frame of frames) {
    for (const c of frame.clauses) {
      const speaker = c.attribution === 'narrative' ? null : speakerFor(c.source, a.entities, fallback);
      const inner = quoteIds(a, c.start, c.end);
      out.push({ start: c.start, end: c.end, attribution: c.attribution, speaker, sentenceId: s.id, quoteIds: inner });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The ids of the quotes inside [start, end); most clauses hold none. */
function quoteIds(a: Analysis, start: number, end: number): string[] {
  const inside = spanIndex(a.quotes).inside(start, end);
  const ids: string[] = new Array(inside.length);
  for (let k = 0; k < inside.length; k++) ids[k] = inside[k].id;
  return ids;
}

/**
 * Every candidate of the body in text order, handed to `visit` sentence by
 * sentence, so that a claim is looked at while its sentence's words are the
 * last ones scanned. The last speaker carries over for pronouns.
 */
export function visitCandidates(a: Analysis, visit: (c: Candidate) => void): void {
  let previous: SpeakerRef | null = null;
  const headlineEnd = a.article.dateline ? a.article.dateline.end : -1;
  const quotes = spanIndex(a.quotes);
  for (const s of a.sentences) {
    if (s.start < headlineEnd) continue;
    const overlapping = quotes.overlapping(s.start, s.end);
    const found = sentenceCandidates(a, s, previous, overlapping);
    let last: SpeakerRef | null = null;
    for (const c of found) {
      visit(c);
      if (c.speaker) last = c.speaker;
    }
    previous = last ?? overlapping.map(toRef).find((r) => r) ?? previous;
  }
}

/** Every candidate of the body in text order; the last speaker carries over for pronouns. */
export function candidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  visitCandidates(a, (c) => out.push(c));
  return out;
}
