import type { Analysis, Attribution, ClaimSpeaker, Quote, Sentence, Span } from '../../model';
import { type ReportedSpeech, reportedSpeech } from './reportedClauses';
import { type DocumentSpans, documentSpans } from './documentSpans';
import { speakerFor } from './speakerFor';
import { trimBounds, wordsUpTo } from './spanText';
import { isMarkup } from './isMarkup';
import { isProse } from './isProse';
import { isHeadline } from './isHeadline';
import { EMPTY, append } from './append';
import { isEmbedded } from './embeddedQuote';
import { type TranscriptLabel, transcriptLabels } from './transcriptLabels';
import { wireLead } from './wireLead';
import { isCreditLine } from './creditLine';
import { contrastFrameAt } from './contrastFrames';
import { quotedSubject } from './quotedSubject';
import { pledgeFrame } from './pledgeFrame';

/** A claim before it is typed and scored. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution;
  readonly speaker: ClaimSpeaker | null;
  readonly sentenceId: string;
  readonly quoteIds: readonly string[];
  /**
   * The cue of the frame verb cut off before the claim, for its type: a prediction ("expects" of "She expects that …")
   * or a pledge ("pledged" of 'pledged that "…"').
   */
  readonly frameCue?: string;
  /** How the scorer reads the attribution, where it differs: a transcript turn's own words (see turnClaim). */
  readonly scoredAs?: Attribution;
}

const MIN_WORDS = 3;
const toRef = (q: Quote): ClaimSpeaker | null => (q.speaker ? { entityId: q.speaker.entityId, name: q.speaker.name, mention: q.speaker.mention } : null);

/** The first quote's speaker, or null: the ref is built only for the quote that has one. */
function firstSpeaker(quotes: readonly Quote[]): ClaimSpeaker | null {
  for (let k = 0; k < quotes.length; k++) if (quotes[k].speaker) return toRef(quotes[k]);
  return null;
}

/**
 * The sentence's speech quotes that stand as content, not as part of a clause of the frame. Inside a
 * transcript turn, the turn is the frame's speaker, not content: its quotes in marks stand at the top.
 */
function contentQuotes(text: string, s: Sentence, overlapping: readonly Quote[], turn: Quote | null): Quote[] {
  let out: Quote[] = EMPTY;
  for (let k = 0; k < overlapping.length; k++) {
    const q = overlapping[k];
    if (q.kind === 'speech' && q !== turn && (!q.parentId || q.parentId === turn?.id) && !isEmbedded(text, s, q)) out = append(out, q);
  }
  return out;
}

/** The reported speech of each gap between the quotes, in text order: the text outside the quotes of a sentence. */
function frames(text: string, s: Sentence, quotes: readonly Quote[]): ReportedSpeech[] {
  let out: ReportedSpeech[] = EMPTY;
  let at = s.start;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    if (q.start > at) out = append(out, reportedSpeech(text, at, Math.min(q.start, s.end), true));
    at = Math.max(at, q.end);
  }
  if (at < s.end) out = spokenBy(out, text, at, s.end, quotes.length > 0);
  return out;
}

/** reportedSpeech of [start, end), read as two frames when a second speaker's opens after a contrast: "…, while Lee insisted …". */
function spokenBy(out: ReportedSpeech[], text: string, start: number, end: number, quoted: boolean): ReportedSpeech[] {
  const second = contrastFrameAt(text, start, end);
  if (second < 0) return append(out, reportedSpeech(text, start, end, quoted));
  const comma = text.lastIndexOf(',', start + second);
  return append(append(out, reportedSpeech(text, start, comma, quoted)), reportedSpeech(text, start + second, end, quoted));
}

function firstSource(spoken: readonly ReportedSpeech[]): Span | null {
  for (let k = 0; k < spoken.length; k++) if (spoken[k].source) return spoken[k].source;
  return null;
}

const byStart = (x: Candidate, y: Candidate): number => x.start - y.start;

/** Sorts by start, stably, as Array.sort does; most sentences come in order already. */
function inTextOrder(out: Candidate[]): Candidate[] {
  for (let k = 1; k < out.length; k++) if (out[k].start < out[k - 1].start) return out.sort(byStart);
  return out;
}

/**
 * One sentence's claim spans: the quoted content (direct), the reported
 * clauses of its frame (indirect), else the sentence itself (narrative).
 * `"We need to act," he said.` → one direct candidate "We need to act".
 */
function sentenceCandidates(a: Analysis, spans: DocumentSpans, s0: Sentence, previous: ClaimSpeaker | null, overlapping: readonly Quote[]): Candidate[] {
  const turn = overlapping.length ? turnOf(overlapping) : null;
  // a turn's first sentence opens on its label, no part of what was said
  const s = turn && turn.start > s0.start && turn.start < s0.end ? { ...s0, start: turn.start } : s0;
  const quotes = overlapping.length ? contentQuotes(a.text, s, overlapping, turn) : overlapping;
  const spoken = frames(a.text, s, quotes);
  const frameSource = firstSource(spoken);
  const voice = turn ? quoteSpeaker(turn, spans, previous) : null;
  // in a turn, "the mayor said that …" is no one who spoke before, least of all the turn's own speaker, who says "I"
  const fallback = firstSpeaker(quotes) ?? (turn ? null : previous);
  let out: Candidate[] = EMPTY;
  for (let k = 0; k < quotes.length; k++) {
    const q = quotes[k];
    const { start, end } = trimBounds(a.text, Math.max(q.content.start, s.start), Math.min(q.content.end, s.end));
    if (wordsUpTo(a.text, start, end, MIN_WORDS) < MIN_WORDS) continue;
    // a speaker the quotes stage left as a bare role ("the harbour chief") is resolved like a pronoun; an interview's "Q" is no one's name
    const named = quoteSpeaker(q, spans, previous);
    // a transcript's turn names its speaker by its label or no one: the turn before was someone else's
    const speaker = named ?? (q.unmarked === 'turn' ? null : (speakerFor(frameSource, spans.mentions, previous) ?? previous));
    const direct: Candidate = { start, end, attribution: 'direct', speaker, sentenceId: s.id, quoteIds: [q.id] };
    // 'Ministers had pledged in 2021 that "…"': the quote is what they pledged
    const pledge = q.start > s.start ? pledgeFrame(a.text, k > 0 ? quotes[k - 1].end : s.start, q.start) : null;
    out = append(out, pledge ? { ...direct, frameCue: pledge } : direct);
  }
  for (let f = 0; f < spoken.length; f++) {
    const clauses = spoken[f].clauses;
    for (let k = 0; k < clauses.length; k++) {
      const c = clauses[k];
      // markup opens with '<': the check is called only for a clause that could be markup
      if (a.text.charCodeAt(c.start) === 60 && isMarkup(a.text, c.start, c.end, MIN_WORDS)) continue;
      if (c.attribution === 'narrative' && (isHeadline(a.text, c.start, c.end) || !isProse(a.text, c.start, c.end))) continue;
      const inside = spans.quotes.inside(c.start, c.end);
      // 'Ann Lee called the plan "a farce"': a narrative clause whose subject speaks its quote is that speaker's
      const own = c.attribution === 'narrative' && inside.length ? quotedSubject(a.text, c.start, c.end, inside) : null;
      if (own) {
        out = append(out, { start: c.start, end: c.end, attribution: 'indirect', speaker: toRef(own), sentenceId: s.id, quoteIds: idsOf(inside) });
        continue;
      }
      if (turn && (c.attribution === 'narrative' || firstPerson(c.source))) {
        out = append(out, turnClaim(c, turn, voice, s.id, inside));
        continue;
      }
      const speaker = c.attribution === 'narrative' ? null : speakerFor(c.source, spans.mentions, fallback);
      const candidate: Candidate = { start: c.start, end: c.end, attribution: c.attribution, speaker, sentenceId: s.id, quoteIds: idsOf(inside) };
      const cue = spoken[f].cue;
      out = append(out, cue && c.attribution === 'indirect' ? { ...candidate, frameCue: cue } : candidate);
    }
  }
  return inTextOrder(out);
}

/**
 * A quote's speaker as a claim names it: a bare role the quotes stage left ("the harbour chief") is resolved like
 * a pronoun; an interview's "Q" and a transcript's "PRESENTER" are named already ("the interviewer", "the presenter").
 */
function quoteSpeaker(q: Quote, spans: DocumentSpans, previous: ClaimSpeaker | null): ClaimSpeaker | null {
  return q.speaker && !q.speaker.entityId && q.speaker.method !== 'interview' && q.speaker.method !== 'transcript' ? speakerFor(q.speaker.mention, spans.mentions, previous) : toRef(q);
}

/** The transcript turn a sentence stands in, or null: most sentences overlap no quote, or quotes in marks only. */
function turnOf(overlapping: readonly Quote[]): Quote | null {
  for (let k = 0; k < overlapping.length; k++) if (overlapping[k].unmarked === 'turn') return overlapping[k];
  return null;
}

/** Whether a frame's source is the one who speaks: "I told them that …", "we said that …". */
const firstPerson = (source: Span | null): boolean => source !== null && /^(?:i|we)$/i.test(source.text.trim());

/**
 * A clause of a transcript turn that the turn's speaker says in their own words, or reports as their own
 * ("I told them that …"): direct speech, linked to the turn. The scorer reads it as it read a transcript's
 * labelled lines before turns were speech (indirect, by a known speaker), which is how such lines score
 * whether their labels are printed in capitals or not. Reported speech of others in the turn stays theirs.
 */
function turnClaim(c: { start: number; end: number }, turn: Quote, speaker: ClaimSpeaker | null, sentenceId: string, inside: readonly Quote[]): Candidate {
  const ids = [turn.id];
  for (let k = 0; k < inside.length; k++) if (inside[k] !== turn) ids.push(inside[k].id);
  return { start: c.start, end: c.end, attribution: 'direct', scoredAs: 'indirect', speaker, sentenceId, quoteIds: ids };
}

/** No quote ids: shared by the clauses that hold no quote, since a claim's lists are read, never changed (readonly in the model). */
const NO_IDS: readonly string[] = Object.freeze([]);

/** The ids of the quotes inside a clause; most clauses hold none. */
function idsOf(inside: readonly Quote[]): readonly string[] {
  if (inside.length === 0) return NO_IDS;
  const ids: string[] = new Array(inside.length);
  for (let k = 0; k < inside.length; k++) ids[k] = inside[k].id;
  return ids;
}

/**
 * Every candidate of the body in text order, handed to `visit` sentence by
 * sentence, so that a claim is looked at while its sentence's words are the
 * last ones scanned. The last speaker carries over for pronouns. `spans` are
 * those of `a` (documentSpans).
 */
export function visitCandidates(a: Analysis, spans: DocumentSpans, visit: (c: Candidate) => void): void {
  let previous: ClaimSpeaker | null = null;
  const headlineEnd = a.article.dateline ? a.article.dateline.end : -1;
  const labels = transcriptLabels(a, spans.mentions);
  let paragraph = '';
  let label: TranscriptLabel | undefined;
  let speakerOfLabel: ClaimSpeaker | null = null;
  for (const s of a.sentences) {
    if (s.start < headlineEnd) continue;
    // a wire dateline or a timestamp opens the paragraph's first sentence: "LONDON (Newsline) - "
    let lead = 0;
    if (s.paragraphId !== paragraph) {
      lead = wireLead(a.text, s.start);
      paragraph = s.paragraphId;
      label = labels.size ? labels.get(paragraph) : undefined;
      speakerOfLabel = label?.speaker ? speakerFor(label.speaker, spans.mentions, null) : null;
    }
    // "Ines Morales: The state pays …": the label names the speaker of its paragraph and is no part of a claim
    if (label && label.question && isQuestion(a.text, s)) continue;
    // "(Reporting by Ann Lee; editing by Tom Hale)": the wire's credits name who wrote the story, not what it claims
    if (isCreditLine(a.text, s.start, s.end)) continue;
    const opens = label !== undefined && s.start < label.contentStart;
    const sentence = label && opens ? { ...s, start: Math.min(label.contentStart, s.end) } : lead > 0 && s.start + lead < s.end ? { ...s, start: s.start + lead } : s;
    const labelled = opens || label?.wholeParagraph ? speakerOfLabel : null;
    const overlapping = spans.quotes.overlapping(s.start, s.end);
    const found = sentenceCandidates(a, spans, sentence, previous, overlapping);
    let last: ClaimSpeaker | null = null;
    for (let k = 0; k < found.length; k++) {
      const c = labelled && found[k].attribution === 'narrative' ? { ...found[k], attribution: 'indirect' as const, speaker: labelled } : found[k];
      visit(c);
      if (c.speaker) last = c.speaker;
    }
    previous = last ?? firstSpeaker(overlapping) ?? previous;
  }
}

/** Whether the sentence ends on a question mark, quote marks and spaces aside. */
function isQuestion(text: string, s: Sentence): boolean {
  let k = s.end;
  while (k > s.start && /[\s"'\u201D\u2019)]/.test(text.charAt(k - 1))) k--;
  return text.charCodeAt(k - 1) === 63;
}

/** Every candidate of the body in text order; the last speaker carries over for pronouns. */
export function candidates(a: Analysis): Candidate[] {
  const out: Candidate[] = [];
  visitCandidates(a, documentSpans(a), (c) => out.push(c));
  return out;
}
