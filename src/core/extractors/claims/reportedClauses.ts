import type { Span } from '../../model';
import { ACCORDING_TO_PHRASES } from '../../lexicon/reportingCues';
import { VERB_MODIFIERS } from '../../lexicon/reportingVerbs';
import { nextCue } from './cuePattern';
import { CUES } from './cues';
import { trimSpan, wordCount } from './spanText';

export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly attribution: 'indirect' | 'narrative';
  /** The words naming who made the claim, e.g. "Stoltenberg"; null for narration. */
  readonly source: Span | null;
}

export interface ReportedSpeech {
  readonly clauses: readonly Clause[];
  /** The source named by a frame with no content of its own ("he said"), for the quotes beside it. */
  readonly source: Span | null;
}

const VERB = CUES.reporting;
const ACCORDING_FIRST = new RegExp(`^[\\s,;]*(?:${ACCORDING_TO_PHRASES.join('|')})\\s+([^,;:.]{1,80}?)\\s*(?:,|$)`, 'i');
const ACCORDING_LAST = new RegExp(`[\\s,;]*\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s+([^,;:.]{1,80}?)[\\s.,;]*$`, 'i');
/** Whether an according-to phrase occurs at all: the anchored regexes above cost a try at every position. */
const ACCORDING_ANY = new RegExp(`\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s`, 'i');
const ADDING = /^[\s,;]*(?:and\s+)?(?:adding|added|noting|saying|stressing|warning)\s+(?:that\s+)?/i;
/** "that" right after the verb, an adverb or a short frame: "said separately that …", "said on Monday that …". */
const THAT_SOON = /^\s*,?\s*(?:[a-z]+ly\s+)?(?:(?:at|in|on|during|ahead of|after|before|earlier|to|in an?)\b[^,.;:]{0,60}?\s)?that\s+/i;
const THAT_AFTER_OBJECT = /^\s+(?:[\w'\u2019]+\s+){1,4}?that\s+/i;
const TELL = /^t(?:ell|old)/i;
/** What follows a reporting verb when no content does: "said at a press conference", "said." */
const FRAME_ONLY = /^[\s,]*(?:at|in|on|during|ahead|after|before|to|from|via|while|when|earlier|later|yesterday|today|\.|$)/i;
const LAST_WORD = /\s+(\S+)$/;
const QUOTE_OR_SPACE = /^[\s"'\u201C\u201D\u2018\u2019]+/;
/** A subject opening with a conjunction starts a new clause: what came before is the article's own. */
const CONJUNCTION = /^(?:but|and|while|whereas|although|though|yet)\s+/i;
/** The aside in "X, who voted with the majority, said …": the subject stands before it. */
const APPOSITIVE = /^\s*(?:who|whose|which|a|an|the|now|then|also|himself|herself)\b/i;
const MAX_SUBJECT_WORDS = 7;
const MIN_CLAUSE_WORDS = 3;

/** Where the clause holding `at` starts: just past the last comma, semicolon or colon before it. */
function clauseStart(seg: string, at: number): number {
  return Math.max(seg.lastIndexOf(',', at - 1), seg.lastIndexOf(';', at - 1), seg.lastIndexOf(':', at - 1)) + 1;
}

/** "NATO chief Jens Stoltenberg has also" → "NATO chief Jens Stoltenberg". */
function withoutModifiers(subject: string): string {
  for (let m = LAST_WORD.exec(subject); m && VERB_MODIFIERS.has(m[1].toLowerCase()); m = LAST_WORD.exec(subject)) {
    subject = subject.slice(0, m.index);
  }
  return subject;
}

/**
 * Splits the frame text of a sentence (what lies outside its quotes) into
 * reported clauses and narration. "X, Stoltenberg said, adding that Y." →
 * indirect X and indirect Y by "Stoltenberg"; "…, he said at a press conference." drops the frame.
 */
export function reportedSpeech(text: string, start: number, end: number): ReportedSpeech {
  const clauses: Clause[] = [];
  const add = (a: number, b: number, attribution: Clause['attribution'], source: Span | null) => {
    const [s, e] = trimSpan(text, a, b);
    if (wordCount(text.slice(s, e)) >= MIN_CLAUSE_WORDS) clauses.push({ start: s, end: e, attribution, source });
  };
  const seg = text.slice(start, end);
  const span = (a: number, b: number): Span => ({ start: start + a, end: start + b, text: text.slice(start + a, start + b) });

  const according = ACCORDING_ANY.test(seg);
  const first = according ? ACCORDING_FIRST.exec(seg) : null;
  if (first) {
    const at = first[0].lastIndexOf(first[1]);
    const source = span(at, at + first[1].length);
    add(start + first[0].length, end, 'indirect', source);
    return { clauses, source };
  }
  const last = according ? ACCORDING_LAST.exec(seg) : null;
  if (last && last.index > 0) {
    const at = last.index + last[0].lastIndexOf(last[1]);
    const source = span(at, at + last[1].length);
    add(start, start + last.index, 'indirect', source);
    return { clauses, source };
  }
  const verb = nextCue(VERB, seg);
  if (!verb) {
    add(start, end, 'narrative', null);
    return { clauses, source: null };
  }
  let boundary = clauseStart(seg, verb.index);
  let subjectEnd = verb.index;
  if (!seg.slice(boundary, verb.index).trim() && boundary > 1) {
    // "X, who voted with the majority, said …": skip the aside back to X.
    const asideStart = clauseStart(seg, boundary - 1);
    if (asideStart > 1 && APPOSITIVE.test(seg.slice(asideStart, boundary - 1))) {
      subjectEnd = asideStart - 1;
      boundary = clauseStart(seg, subjectEnd);
    }
  }
  let subjectText = withoutModifiers(seg.slice(boundary, subjectEnd).trimEnd());
  const conjunction = CONJUNCTION.exec(subjectText.replace(QUOTE_OR_SPACE, ''));
  let narrativeBefore = false;
  if (conjunction) {
    // "…, but Governor Marsh said the board was …": the part before is narration.
    const cut = subjectText.indexOf(conjunction[0]) + conjunction[0].length;
    narrativeBefore = true;
    add(start, start + boundary, 'narrative', null);
    boundary += cut;
    subjectText = subjectText.slice(cut);
  }
  const lead = subjectText.length - subjectText.replace(QUOTE_OR_SPACE, '').length;
  const subject = subjectText.slice(lead) ? span(boundary + lead, boundary + subjectText.trimEnd().length) : null;
  if (!subject || wordCount(subject.text) > MAX_SUBJECT_WORDS) {
    if (!narrativeBefore) add(start, end, 'narrative', null);
    else add(start + boundary, end, 'narrative', null);
    return { clauses, source: null };
  }
  const after = seg.slice(verb.index + verb[0].length);
  const afterStart = start + verb.index + verb[0].length;
  if (!narrativeBefore && wordCount(seg.slice(0, boundary)) >= MIN_CLAUSE_WORDS) {
    add(start, start + boundary, 'indirect', subject);
    const adding = ADDING.exec(after);
    if (adding) add(afterStart + adding[0].length, end, 'indirect', subject);
    return { clauses, source: subject };
  }
  const that = THAT_SOON.exec(after) ?? (TELL.test(verb[0]) ? THAT_AFTER_OBJECT.exec(after) : null);
  if (that) add(afterStart + that[0].length, end, 'indirect', subject);
  else if (!FRAME_ONLY.test(after)) add(afterStart, end, 'indirect', subject);
  return { clauses, source: subject };
}
