import type { Analysis, Attribution, Quote, Sentence, SpeakerRef } from '../../model';
import { REPORTING_VERBS } from '../../lexicon/reportingVerbs';
import { reportedSpeech } from './reportedClauses';
import { spanIndex } from './spanIndex';
import { speakerFor } from './speakerFor';
import { trimSpan, wordCount } from './spanText';

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
const LAST_WORD_BEFORE = /([A-Za-z\u00C0-\u024F'\u2019-]+)\s*$/;

/**
 * A partial quote inside a clause of the frame: `the board was "increasingly
 * confident" that …`. Its clause is the claim, so the quote stays in it
 * instead of cutting it into fragments.
 */
function isEmbedded(text: string, s: Sentence, q: Quote): boolean {
  if (q.start <= s.start) return false;
  const word = LAST_WORD_BEFORE.exec(text.slice(Math.max(s.start, q.start - 40), q.start))?.[1].toLowerCase();
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
function sentenceCandidates(a: Analysis, s: Sentence, previous: SpeakerRef | null): Candidate[] {
  const quotes = spanIndex(a.quotes)
    .overlapping(s.start, s.end)
    .filter((q) => q.kind === 'speech' && !q.parentId && !isEmbedded(a.text, s, q));
  const frames = gaps(s, quotes).map(([g0, g1]) => reportedSpeech(a.text, g0, g1));
  const frameSource = frames.find((f) => f.source)?.source ?? null;
  const quoteSpeaker = quotes.map(toRef).find((r) => r) ?? null;
  const fallback = quoteSpeaker ?? previous;
  const out: Candidate[] = [];
  for (const q of quotes) {
    const [start, end] = trimSpan(a.text, Math.max(q.content.start, s.start), Math.min(q.content.end, s.end));
    if (wordCount(a.text.slice(start, end)) < MIN_WORDS) continue;
    // a speaker the quotes stage left as a bare role ("the harbour chief") is resolved like a pronoun
    const named = q.speaker && !q.speaker.entityId ? speakerFor(q.speaker.mention, a.entities, previous) : toRef(q);
    const speaker = named ?? speakerFor(frameSource, a.entities, previous) ?? previous;
    out.push({ start, end, attribution: 'direct', speaker, sentenceId: s.id, quoteIds: [q.id] });
  }
  for (const frame of frames) {
    for (const c of frame.clauses) {
      const speaker = c.attribution === 'narrative' ? null : speakerFor(c.source, a.entities, fallback);
      const inner = spanIndex(a.quotes).inside(c.start, c.end).map((q) => q.id);
      out.push({ start: c.start, end: c.end, attribution: c.attribution, speaker, sentenceId: s.id, quoteIds: inner });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Every candidate of the body in text order; the last speaker carries over for pronouns. */
export function candidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  let previous: SpeakerRef | null = null;
  const headlineEnd = a.article.dateline ? a.article.dateline.end : -1;
  for (const s of a.sentences) {
    if (s.start < headlineEnd) continue;
    const found = sentenceCandidates(a, s, previous);
    for (const c of found) out.push(c);
    const quoteSpeaker = spanIndex(a.quotes).overlapping(s.start, s.end).map(toRef).find((r) => r);
    previous = found.map((c) => c.speaker).filter((r) => r).pop() ?? quoteSpeaker ?? previous;
  }
  return out;
}
