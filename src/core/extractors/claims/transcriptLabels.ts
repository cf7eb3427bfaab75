import type { Analysis, Span } from '../../model';
import { NAME_PARTICLES, FEMALE_NAMES, MALE_NAMES } from '../../lexicon/firstNames';
import { ANSWER_LABELS, NOT_SPEAKER_LABELS, QUESTION_LABELS } from '../../lexicon/claimFrameWords';
import type { MentionIndex } from './mentionIndex';
import { intervieweeOf } from '../intervieweeOf';

/** The label opening a paragraph of an interview: who speaks, or that a question is asked. */
export interface TranscriptLabel {
  /** Where the words after the label start. */
  readonly contentStart: number;
  /** The speaker's name ("Ines Morales"); null for a question or a bare answer ("Q:", "A:"). */
  readonly speaker: Span | null;
  /** Whether the paragraph asks: its questions are no claims. */
  readonly question: boolean;
  /**
   * Whether the label speaks for the whole paragraph, as in an interview that
   * asks by label; elsewhere only for its own sentence, since a heading run
   * into its text ("Myron Corliss: Student loans Some ideas …") looks the same.
   */
  readonly wholeParagraph: boolean;
}

const PARTICLES = `(?:(?:${[...NAME_PARTICLES].join('|')})\\s+)*`;
/** One to four capitalised words, then a colon and the first word of what was said: "Ines Morales: The …". */
const LABEL = new RegExp(`(\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+${PARTICLES}\\p{Lu}[\\p{L}'\u2019.-]*){0,3})[ \\t]*:[ \\t]+(?=["\u201C\\p{Lu}\\d])`, 'uy');
const MAX_LABEL_LENGTH = 60;

/** The text searched last, where its search started, and the first colon found from there (-1: none). */
let colonText = '';
let colonFrom = 0;
let colonAt = -1;

/**
 * The first colon at or after `from`: one native search, reused while the paragraphs ask in text order,
 * since most paragraphs hold none and a loop over their opening characters cost more than the search.
 */
function nextColon(text: string, from: number): number {
  if (text !== colonText || from < colonFrom || (colonAt >= 0 && from > colonAt)) {
    colonText = text;
    colonFrom = from;
    colonAt = text.indexOf(':', from);
  }
  return colonAt;
}

/** Whether a colon stands in [from, to) before any sentence stop: most paragraphs open with no label, and skip the regex. */
function colonNear(text: string, from: number, to: number): boolean {
  const colon = nextColon(text, from);
  if (colon < 0 || colon >= to) return false;
  for (let i = from; i < colon; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 44 || c === 10) return false;
  }
  return true;
}

/** The label at `at`, a paragraph's start, or null: [name, start of what follows]. */
function labelAt(text: string, at: number, end: number): [string, number] | null {
  if (text.charCodeAt(at) < 65 || text.charCodeAt(at) > 0x24f || !colonNear(text, at, Math.min(end, at + MAX_LABEL_LENGTH + 2))) return null;
  LABEL.lastIndex = at;
  const m = LABEL.exec(text);
  return m && m[1].length <= MAX_LABEL_LENGTH && LABEL.lastIndex < end ? [m[1], LABEL.lastIndex] : null;
}

/**
 * The speaker labels of an interview, by paragraph id: `Q: Who pays?` /
 * `Ines Morales: The state covers 60 percent.` → a question, then Ines
 * Morales's answer. A name counts as a label when it is a person's, opens with
 * a given name, or stands in a text that asks questions by label; a heading
 * such as "Update:" never does.
 */
export function transcriptLabels(a: Analysis, mentions: MentionIndex): ReadonlyMap<string, TranscriptLabel> {
  const out = new Map<string, TranscriptLabel>();
  const headlineEnd = a.article.dateline ? a.article.dateline.end : -1;
  let interview = false;
  // read once, at the first "A:" label: false when the headline names no one
  let interviewee: Span | false | undefined;
  const found: [string, string, number, number][] = [];
  for (const p of a.paragraphs) {
    if (p.start < headlineEnd) continue;
    const label = labelAt(a.text, p.start, p.end);
    if (!label) continue;
    const key = label[0].toLowerCase();
    if (QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key)) {
      interview = true;
      const speaker = ANSWER_LABELS.has(key) ? (interviewee ??= intervieweeOf(a.article.dateline) ?? false) || null : null;
      out.set(p.id, { contentStart: label[1], speaker, question: QUESTION_LABELS.has(key), wholeParagraph: true });
    } else found.push([p.id, label[0], p.start, label[1]]);
  }
  // "ABBOT: …" / "REYES: …", or one name opening several paragraphs: a transcript labels its speakers so
  interview ||= transcriptByLabels(found);
  for (const [id, name, start, contentStart] of found) {
    const words = name.split(/\s+/);
    if (words.some((w) => NOT_SPEAKER_LABELS.has(w.toLowerCase()))) continue;
    const given = MALE_NAMES.has(words[0].toLowerCase()) || FEMALE_NAMES.has(words[0].toLowerCase());
    if (!interview && !given && mentions.lastEndingInside(start, start + name.length)?.type !== 'person') continue;
    out.set(id, { contentStart, speaker: { start, end: start + name.length, text: name }, question: false, wholeParagraph: interview });
  }
  return out;
}

/** A name in capitals throughout, as transcripts print speakers: "ABBOT", "MS REYES". */
const CAPITALS_LABEL = /^[\p{Lu}][\p{Lu}'’. -]+$/u;

/**
 * Whether the labels alone show a transcript: two paragraphs or more labelled
 * by names in capitals ("ABBOT:", "REYES:"), or one name labelling two paragraphs
 * or more. A heading run into its text ("Update: …") stands once, in title case.
 */
function transcriptByLabels(found: readonly (readonly [string, string, number, number])[]): boolean {
  if (found.length < 2) return false;
  let capitals = 0;
  const seen = new Set<string>();
  for (const [, name] of found) {
    if (NOT_SPEAKER_LABELS.has(name.toLowerCase())) continue;
    if (CAPITALS_LABEL.test(name) && ++capitals >= 2) return true;
    if (seen.has(name)) return true;
    seen.add(name);
  }
  return false;
}

