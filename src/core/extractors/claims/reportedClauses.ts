import type { Span } from '../../model';
import { NAME_PARTICLES } from '../../lexicon/firstNames';
import { sliceWords } from './cueAnchors';
import { EMPTY, append } from './append';
import { trimBounds, wordsUpTo } from './spanText';
import { isTrimSpace } from '../../charCodes';
import { contentAfterVerb } from './frameOnly';
import { actsAsVerb, opensAside, verbAfter } from './clauseVerb';
import { type CueMatch, nextCue } from './cuePattern';
import { predictionCueOf } from './frameCue';
import { isFinding, thatFrameHolds } from './thatFrame';
import { expectingSubject } from './expectsFrame';
import { addresseeEnd, subjectOpensAt } from './addresseeEnd';
import { participleSpeech } from './participleSpeech';
import { findingFrame, leadingFinding } from './findingFrame';
import { sharedSubjectEnd } from './sharedSubject';
import { relativeHead } from './relativeHead';
import { warnedOf } from './warnedOf';
import { quoteOrSpaceEnd, subjectEnd, trimmedEnd } from './subjectEnd';
import { conjunctionEnd, isRelativeSubject, isReply, isTell, subordinatorEnd } from './verbWords';
import { CUES } from './cues';
import { ACCORDING_FIRST, ACCORDING_LAST, mayBeAccording } from './accordingPhrase';
import { ADDING, AFTER_FRAME, MOVE_SAID, holdsVerb, THAT_AFTER_AUDIENCE, THAT_AFTER_OBJECT, THAT_AFTER_PARTICIPLE, THAT_LATE, THAT_SOON, THAT_WORD, relativeThat, takenAt, thatSoon, timeAfter } from './handoverThat';
import { asidesBefore } from './subjectAsides';
import { splitAndThat } from './andThat';
import { isShareSubject } from './shareSubject';
import { isAuxiliary, wordEnd } from './wordSteps';
import { clauseStart } from './clauseStart';
import { describesPeopleAtBody } from './peopleAtBody';
import { pledgeFrame } from './pledgeFrame';
import { contentAfter, objectAfter, parentheticalAt, participleAt } from './framePhrases';
import { adverbialLead, asPutIt, endsWithColon, endsWithThat, introducesQuote, invertedSpeaker, prepositionLead, speakerAfterVerb, speakerOnly, subordinateLead } from './leadPhrases';

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
  /** The frame verb's prediction cue ("expects" of "She expects that …"), which its clauses keep once the verb is cut off. */
  readonly cue?: string;
}

/** Words that open a clause with its own subject: after them, what stood before a parenthetical frame was an opener. */
const OWN_SUBJECT = /^\s*(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|its|his|her|their|our)\b/i;


/** Particles inside a surname, any number before a capitalised word: "van der" in "Pieter van der Berg". */
const PARTICLES = `(?:(?:${[...NAME_PARTICLES].join('|')})\\s+)*`;
/**
 * A full name alone between commas: two to four capitalised words, particles
 * between them, the last no abbreviation ("Flint, Mich., said").
 */
const NAME_ASIDE = new RegExp(`^\\s*\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+${PARTICLES}\\p{Lu}[\\p{L}'\u2019.-]*){0,2}\\s+${PARTICLES}\\p{Lu}[\\p{L}'\u2019-]*\\s*$`, 'u');
/** One name alone between commas, after a description that opens with "The" (or "the" after an opening phrase): "The utility, AquaNor, said", "The minister, Berg, said". */
const ONE_NAME_ASIDE = /^\s*\p{Lu}[\p{L}'\u2019-]+\s*$/u;
const THE_START = /^\s*[Tt]he\s/;
/** A body's name set off after its description, with its article: "the Prison Officers' Federation". */
const BODY_NAME_ASIDE = /^\s*the\s+\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,4}\s*$/u;
/** A description after an opening phrase: "the campaign manager". */
const ARTICLE_START = /^\s*(?:the|a|an)\s/;
/** A description that opens with a capital, as a subject does: not "of Flint" or "during a town hall in Leeds". */
const CAPITAL_START = /^\s*\p{Lu}/u;
const MAX_SUBJECT_WORDS = 7;
/** How many more words a subject may have when a name set off by commas follows its description. */
const NAME_ASIDE_WORDS = 4;
const MIN_CLAUSE_WORDS = 3;
/** A subject that renames the clause before it: "a target most experts", "which analysts". */
const RENAMING_SUBJECT = /^(?:which|an?)\s/i;
/** A verb right after the frame's verb, whose subject is the thing renamed: "say will be missed", "say is unrealistic". */
const GAP_VERB = /^\s+(?:will|would|is|are|was|were|has|have|had|could|can|may|might|should|must|won['\u2019]t|isn['\u2019]t)\b/i;
/** An aside set off by a dash: " - ", " – ", "—". */
const DASHED = /\s[-\u2013]\s|\u2014/;
/** A negation or refusal right before the verb: "would not say", "declined to say", "didn't say". */
const NEGATED_VERB = /(?:\bnot|n['’]t|\bnever|\bdeclined\s+to|\brefused\s+to)\s+$/i;
/** Most words from the verb to a "that" handing over to the quote: "told parliament last week that". */
const HANDOVER_WORDS = 6;


/** Whether only white space lies in [from, to) of the text: what `!text.slice(from, to).trim()` tells, without the slice. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

/** Auxiliaries and adverbs between an aside's comma and its verb: "The chancellor, Ana Hale, has also said". */
const AUXILIARIES_ONLY = /^\s*(?:(?:has|have|had|also|now|since|previously|repeatedly|earlier)\s+)+$/i;
/** Whether only white space, or only auxiliaries, stand in text[from, to). */
const blankOrAuxiliaries = (text: string, from: number, to: number): boolean => blank(text, from, to) || (to - from < 40 && AUXILIARIES_ONLY.test(text.slice(from, to)));

/**
 * Where the comma before the subject's last phrase is, when that phrase opens
 * with a conjunction ("…, but on Thursday, the party said"), or -1.
 */
function joinedPhraseAt(seg: string, boundary: number): number {
  const comma = clauseStart(seg, boundary - 1) - 1;
  if (comma <= 0) return -1;
  let i = comma + 1;
  while (i < boundary && isTrimSpace(seg.charCodeAt(i))) i++;
  const joined = conjunctionEnd(seg, i);
  return joined >= 0 && joined < boundary ? comma : -1;
}

/**
 * The clauses with [a, b) of the text added, trimmed, when it keeps enough
 * words to be a claim.
 */
function addClause(
  clauses: Clause[],
  text: string,
  a: number,
  b: number,
  attribution: Clause['attribution'],
  source: Span | null,
): Clause[] {
  const { start: s, end: e } = trimBounds(text, a, b);
  if (wordsUpTo(text, s, e, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS) return clauses;
  return append<Clause>(clauses, { start: s, end: e, attribution, source });
}

/** The span of the text from `a` to `b` past `start`. */
const spanAt = (text: string, start: number, a: number, b: number): Span => ({
  start: start + a,
  end: start + b,
  text: text.slice(start + a, start + b),
});

/**
 * Splits the frame text of a sentence (what lies outside its quotes) into
 * reported clauses and narration. "X, Stoltenberg said, adding that Y." →
 * indirect X and indirect Y by "Stoltenberg"; "…, he said at a press conference." drops the frame.
 * `quoted`: the frame stands beside a quote that is its content, so a frame
 * naming only its speaker ("said Ann Lee, a former aide") is no claim.
 */
export function reportedSpeech(text: string, start: number, end: number, quoted = false): ReportedSpeech {
  return splitAndThat(text, readSpeech(text, start, end, quoted));
}

/** Most words of a frame that only hands over to its quote with "that": "Ministers had pledged in the spring that". */
const HANDOVER_FRAME_WORDS = 10;
/** A year, which dates the frame and measures nothing ("pledged in 2021 that"); any other digit is a figure's. */
const YEAR = /\b(?:19|20)\d\d\b/g;
const FIGURE_DIGIT = /\d/;

/** reportedSpeech before a clause handing over another with ", and that" is cut. */
function readSpeech(text: string, start: number, end: number, quoted: boolean): ReportedSpeech {
  let clauses: Clause[] = EMPTY;
  const seg = sliceWords(text, start, end);

  const according = mayBeAccording(seg);
  const first = according ? ACCORDING_FIRST.exec(seg) : null;
  if (first) {
    const at = first[0].lastIndexOf(first[1]);
    const source = spanAt(text, start, at, at + first[1].length);
    clauses = addClause(clauses, text, start + first[0].length, end, 'indirect', source);
    return { clauses, source };
  }
  const last = according ? ACCORDING_LAST.exec(seg) : null;
  if (last && last.index > 0) {
    const at = last.index + last[0].lastIndexOf(last[1]);
    const source = spanAt(text, start, at, at + last[1].length);
    clauses = addClause(clauses, text, start, start + last.index, 'indirect', source);
    return { clauses, source };
  }
  let verb = nextCue(CUES.reporting, seg);
  // the first reporting verb that heads its clause: a name or a modifier ("the United States") sends the search on
  if (verb && !(actsAsVerb(seg, verb.index) && thatFrameHolds(seg, verb))) verb = verbAfter(seg, verb);
  // "Ann Lee, who wrote the foreword, said …": the aside's verb gives way to the sentence's own, when one follows
  if (verb && opensAside(seg, verb.index)) verb = verbAfter(seg, verb) ?? verb;
  // "A report released last year found that …": a document opening the sentence is read as such, its description however long
  if (verb && !quoted && isFinding(seg, verb.index) && leadingFinding(seg)) verb = null;
  if (!verb) {
    // "Ann Lee defended the plan, saying the council would save money": the participle reports the subject's words
    const participle = quoted ? null : participleSpeech(seg);
    if (participle) {
      const source = spanAt(text, start, participle.subjectStart, participle.subjectEnd);
      // "saying at a town hall in Leeds that …": past the phrase to its "that"
      const that = takenAt(THAT_SOON, seg, participle.contentStart);
      const from = participle.contentStart + (that >= 0 && !relativeThat(seg, participle.contentStart, that) ? that : 0);
      return { clauses: addClause(clauses, text, start + from, end, 'indirect', source), source };
    }
    // "…, a study found.": the document is the source of what comes before
    const finding = findingFrame(seg);
    if (finding) {
      const source = spanAt(text, start, finding.sourceStart, finding.sourceEnd);
      return { clauses: addClause(clauses, text, start, start + finding.frameStart, 'indirect', source), source };
    }
    // "Police data published in January show …": the document opening the sentence is the source of what follows
    const leading = quoted ? null : leadingFinding(seg);
    // too short a finding ("found that 40% agreed") stays one claim with its frame
    if (leading && wordsUpTo(seg, leading.contentStart, seg.length, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) {
      const source = spanAt(text, start, leading.sourceStart, leading.sourceEnd);
      return { clauses: addClause(clauses, text, leading.whole ? start : start + leading.contentStart, end, 'indirect', source), source };
    }
    // "She expects rents to rise 4% next year": the subject's expectation, kept whole
    const expecting = quoted ? null : expectingSubject(seg);
    if (expecting) {
      const source = spanAt(text, start, expecting.start, expecting.end);
      return { clauses: addClause(clauses, text, start, end, 'indirect', source), source };
    }
    // 'Ministers had pledged that "…"': a short frame that hands over with "that" to its quote is no claim of its own;
    // a long one, or one with a figure, tells something besides ("suspended his campaign on Wednesday, telling them that")
    const handsOver = quoted && endsWithThat(seg) && !FIGURE_DIGIT.test(seg.replace(YEAR, '')) && wordsUpTo(seg, 0, seg.length, HANDOVER_FRAME_WORDS + 1) <= HANDOVER_FRAME_WORDS;
    // 'In the case of the school, "…," Quill said': an opening phrase beside its quote only sets the scene;
    // a clause ("If the grant goes, …") says something of its own
    const scene = quoted && endsWithComma(seg) && prepositionLead(seg, seg.length) && !subordinateLead(seg) && !RELATIVE_INSIDE.test(seg);
    if (!(quoted && (introducesQuote(seg) || asPutIt(seg) || handsOver || scene))) clauses = addClause(clauses, text, start, end, 'narrative', null);
    return { clauses, source: null };
  }
  const spoken = withoutHandover(text, end, verbFrame(text, start, end, seg, verb, quoted), quoted && endsWithThat(seg));
  // "She expects that rents will rise": cut off from its verb, the clause is still an expectation
  const cue = spoken.clauses.length ? predictionCueOf(seg, verb) : null;
  return cue ? { ...spoken, cue } : spoken;
}

/**
 * The reported speech without a last clause that only hands over to the quote after it: in 'He said the operator
 * had promised in 2025 that "…"', "the operator had promised in 2025 that" tells nothing the quote does not, as a
 * frame of its own would not (see HANDOVER_FRAME_WORDS). `handsOver`: the frame is beside its quote and ends with "that".
 */
function withoutHandover(text: string, end: number, spoken: ReportedSpeech, handsOver: boolean): ReportedSpeech {
  const n = spoken.clauses.length;
  if (!handsOver || n === 0) return spoken;
  const last = spoken.clauses[n - 1];
  const words = text.slice(last.start, end);
  if (last.end < end - 1 || FIGURE_DIGIT.test(words.replace(YEAR, '')) || wordsUpTo(text, last.start, end, HANDOVER_FRAME_WORDS + 1) > HANDOVER_FRAME_WORDS) return spoken;
  // only a frame nested in the clause hands over: "the plan was dead and that" keeps its own claim
  if (!nextCue(CUES.reporting, words) && !pledgeFrame(words, 0, words.length)) return spoken;
  return { ...spoken, clauses: spoken.clauses.slice(0, n - 1) };
}

/**
 * How far back the clause opening at `at` (right after a "that") starts when that "that" is its subject, not a
 * conjunction: a verb follows it at once ("Critics say that would cost £1.4 billion"); else 0.
 */
function pronounThat(seg: string, at: number): number {
  const end = wordEnd(seg, at);
  if (end === at || seg.charCodeAt(end) === 45 || !isAuxiliary(seg, at, end)) return 0;
  let k = at;
  while (k > 0 && isTrimSpace(seg.charCodeAt(k - 1))) k--;
  return k >= 4 && seg.slice(k - 4, k).toLowerCase() === 'that' ? at - (k - 4) : 0;
}

/** reportedSpeech of a frame with a reporting verb, `verb`, in `seg` (the text of [start, end)). */
function verbFrame(text: string, start: number, end: number, seg: string, verb: CueMatch, quoted: boolean): ReportedSpeech {
  let clauses: Clause[] = EMPTY;
  let boundary = clauseStart(seg, verb.index);
  let subjectEndAt = verb.index;
  let maxSubjectWords = MAX_SUBJECT_WORDS;
  if (boundary > 1 && blankOrAuxiliaries(seg, boundary, verb.index)) {
    // "X, who voted with the majority, said …", "X, 22, of Flint, Mich., said …": skip the asides back to X.
    const skipped = asidesBefore(seg, boundary - 1);
    const nameStart = clauseStart(seg, skipped);
    const descriptionStart = nameStart > 1 ? clauseStart(seg, nameStart - 1) : 0;
    const description = nameStart > 1 ? seg.slice(descriptionStart, nameStart) : '';
    const aside = seg.slice(nameStart, skipped);
    // "On Tuesday, the campaign manager, Dev Okafor, said": after an opening phrase the description opens lower-case
    const led = descriptionStart > 1 && ARTICLE_START.test(description) && adverbialLead(seg, descriptionStart - 1);
    const opensSubject = led || CAPITAL_START.test(description);
    if (nameStart > 1 && opensSubject && (NAME_ASIDE.test(aside) || (ONE_NAME_ASIDE.test(aside) && THE_START.test(description)))) {
      // "The pollster, Ann Lee, [a Liberal,] said …": the name set off after its description speaks, the description with it.
      subjectEndAt = skipped;
      boundary = clauseStart(seg, nameStart - 1);
      maxSubjectWords += NAME_ASIDE_WORDS;
    } else if (nameStart === 0 && THE_START.test(seg.slice(0, skipped)) && BODY_NAME_ASIDE.test(seg.slice(skipped + 1, boundary - 1))) {
      // "The union representing officers, the Prison Officers' Federation, said": the body's name set off speaks with its description
      subjectEndAt = boundary - 1;
      boundary = 0;
      maxSubjectWords += NAME_ASIDE_WORDS;
    } else if (skipped < boundary - 1) {
      subjectEndAt = skipped;
      boundary = nameStart;
    }
  }
  // the subject is seg[boundary, until), read in place: no trimmed copy per step
  let until = subjectEnd(seg, boundary, subjectEndAt);
  const opener = quoteOrSpaceEnd(seg, boundary, until);
  // a subject opening with a conjunction starts a new clause: what came before is the article's own;
  // a match running past the subject's end is none, the subject alone having no white space after its last word
  // after a comma, "after", "because" or "when" opens the reported clause too: "The board dropped the plan, after engineers said …";
  // a sentence that opens "When X said …" keeps its own reading
  let conjunction = opener < until ? conjunctionEnd(seg, opener) : -1;
  if (conjunction < 0 && opener < until && boundary > 1 && seg.charCodeAt(boundary - 1) === 44) conjunction = subordinatorEnd(seg, opener);
  let narrativeBefore = false;
  if (conjunction >= 0 && conjunction <= until) {
    // "…, but Governor Marsh said the board was …": the part before is narration.
    narrativeBefore = true;
    clauses = addClause(clauses, text, start, start + boundary, 'narrative', null);
    boundary = conjunction;
  }
  // "Ann Lee called the plan "too little, too late" and said …": the verb shares the subject of the one before it,
  // read only for a subject that opens the segment
  let shared = boundary === 0 && !narrativeBefore ? sharedSubjectEnd(seg.slice(0, until)) : -1;
  // "The local MP, Gregory Allan, welcomed the decision but said …": past the name's aside, a verb of its own, not a subject
  if (boundary > 0 && !narrativeBefore && opensWithPast(seg, boundary)) {
    shared = sharedSubjectEnd(seg.slice(0, until));
    if (shared > 0) boundary = 0;
    // "Tom Kell, a spokesman for the port, rejected …": the name before a description set off after it
    const comma = seg.indexOf(',');
    if (shared > 0 && comma > 0 && comma < shared && DESCRIPTION_AFTER.test(seg.slice(comma + 1, comma + 6))) shared = comma;
    // the aside's closing comma is no part of the subject
    else if (shared > 0 && seg.charCodeAt(shared - 1) === 44) shared--;
  }
  if (shared > 0) until = shared;
  const lead = quoteOrSpaceEnd(seg, boundary, until);
  // "This is a man who said …": the man speaks, not the words framing him
  const relative = lead < until ? relativeHead(seg, lead, trimmedEnd(seg, boundary, until)) : null;
  const subject = relative ? spanAt(text, start, relative[0], relative[1]) : lead < until ? spanAt(text, start, lead, trimmedEnd(seg, boundary, until)) : null;
  // "…the port authority, which added 400 berths": a relative clause's verb reports nothing; the sentence is narration
  if (subject && !narrativeBefore && isRelativeSubject(subject.text)) return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
  // "Only 31% said they would back it": a share of those polled speaks for no one; the sentence is the poll's figure
  if (subject && !narrativeBefore && !quoted && isShareSubject(subject.text)) return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
  const after = verb.index + verb[0].length;
  // "The chairman of the board of Tarn Partners said": people described by the body they serve take more words
  // (read only for a subject the extra words would fit: most long ones run far past them)
  const subjectWords = subject ? wordsUpTo(text, subject.start, subject.end, maxSubjectWords + NAME_ASIDE_WORDS + 1) : 0;
  if (subjectWords > maxSubjectWords && subjectWords <= maxSubjectWords + NAME_ASIDE_WORDS && subject !== null && describesPeopleAtBody(subject.text)) maxSubjectWords += NAME_ASIDE_WORDS;
  if (!subject || subjectWords > maxSubjectWords) {
    // '"…," said Ann Lee, adding that half the members agreed': what follows "adding" is the speaker's own claim,
    // as is, in "Turnout rose, said Ann Lee, adding …", what comes before the verb
    const speaker = !subject && !narrativeBefore ? speakerAfterVerb(seg, verb[0], after) : null;
    const adding = speaker ? takenAt(ADDING, seg, speaker.end) : -1;
    if (speaker && adding >= 0) {
      const source = spanAt(text, start, speaker.start, speaker.end);
      if (!quoted && invertedSpeaker(seg, boundary, verb[0], after)) clauses = addClause(clauses, text, start, start + boundary, 'indirect', source);
      return { clauses: addClause(clauses, text, start + speaker.end + adding, end, 'indirect', source), source };
    }
    // beside its quote, a frame that hands over with "that" is no claim however long its subject
    if (quoted && !narrativeBefore && (speakerOnly(seg, boundary, after) || (endsWithThat(seg) && wordsUpTo(seg, after, seg.length, HANDOVER_WORDS + 1) <= HANDOVER_WORDS)))
      return { clauses, source: null };
    // "Turnout rose, said Ann Lee, a pollster": the clause before an inverted frame is its speaker's
    const named = !subject && !quoted && !narrativeBefore ? invertedSpeaker(seg, boundary, verb[0], after) : null;
    if (named && wordsUpTo(seg, 0, boundary, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) {
      const source = spanAt(text, start, named.start, named.end);
      return { clauses: addClause(clauses, text, start, start + boundary, 'indirect', source), source };
    }
    if (!narrativeBefore) clauses = addClause(clauses, text, start, end, 'narrative', null);
    else clauses = addClause(clauses, text, start + boundary, end, 'narrative', null);
    return { clauses, source: null };
  }
  const afterStart = start + after;
  // "The levy, the mayor said, was too low": a subject of one or two words before the frame is the claim's too,
  // when the words after it lack one of their own ("In May, he said, the port was busy" opens with a time)
  if (!narrativeBefore && boundary > 1 && seg.charCodeAt(boundary - 1) === 44 && wordsUpTo(text, start, start + boundary, MIN_CLAUSE_WORDS) < MIN_CLAUSE_WORDS && wordsUpTo(text, start, start + boundary, 1) > 0 && parentheticalAt(seg, after) && !OWN_SUBJECT.test(seg.slice(seg.indexOf(',', after) + 1, seg.indexOf(',', after) + 12))) {
    return { clauses: addClause(clauses, text, start, end, 'indirect', subject), source: subject };
  }
  if (!narrativeBefore && wordsUpTo(text, start, start + boundary, MIN_CLAUSE_WORDS) >= MIN_CLAUSE_WORDS) {
    // "…, the ministry announced on Friday, in a move it said would …" hands over as "adding" does
    let adding = takenAt(ADDING, seg, after);
    if (adding < 0) adding = takenAt(MOVE_SAID, seg, after);
    if (adding >= 0) {
      clauses = addClause(clauses, text, start, start + boundary, 'indirect', subject);
      clauses = addClause(clauses, text, afterStart + adding, end, 'indirect', subject);
      return { clauses, source: subject };
    }
    // "A longer season, he said, would help …": one claim, the frame inside it
    if (parentheticalAt(seg, after)) return { clauses: addClause(clauses, text, start, end, 'indirect', subject), source: subject };
    // "In the early 1990s, she said …": an opening phrase is no claim; the content, if any, follows the verb
    const opening = adverbialLead(seg, boundary);
    // "X is paying off: he said Y": the clause before the colon is narration, Y the speaker's
    // "Days before its earnings report, the company said on Friday that Y": with a "that", the lead is narration too
    const narrated = !opening && (seg.charCodeAt(boundary - 1) === 58 || thatSoon(seg, after)) ? boundary - 1 : -1;
    const joined = opening ? -1 : narrated > 0 ? narrated : joinedPhraseAt(seg, boundary);
    const content = (joined > 0 || opening) && contentAfter(seg, after);
    // "X promised Y, a target most experts say will be missed", ", which experts say is …": the frame renames the
    // clause before and says something of it, so that clause is narration, not the experts' words
    if (!opening && subject && RENAMING_SUBJECT.test(subject.text) && GAP_VERB.test(seg.slice(after, after + 12))) {
      return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
    }
    // "X, but on Thursday, the party announced Y": X is narration, Y the party's; so is an opening phrase's
    // relative clause, which asserts something of its own: "At the marina, where a berth costs £9,500 a year, …"
    if ((joined > 0 || (opening && RELATIVE_INSIDE.test(seg.slice(0, boundary)))) && content) clauses = addClause(clauses, text, start, start + (joined > 0 ? joined : boundary), 'narrative', null);
    else if (!opening || !content) {
      // "If the two met, neither would say so": a subordinate clause is no claim alone, the sentence is
      const to = opening && subordinateLead(seg) ? end : start + boundary;
      // beside its quote, or handing over to one with a colon, the opening phrase only sets the scene
      if (!(opening && (quoted || endsWithColon(seg)))) clauses = addClause(clauses, text, start, to, 'indirect', subject);
      // "…, the council confirmed on Friday, after its roll fell from 84 to 41": the writer's clause after the frame
      const tail = to === end || quoted ? -1 : takenAt(AFTER_FRAME, seg, after);
      // it may report someone in turn: "…, a radio station reported, while in Leeds the march began …, the Courier reported"
      if (tail >= 0 && wordsUpTo(seg, after + tail, seg.length, MIN_CLAUSE_WORDS + 1) > MIN_CLAUSE_WORDS && holdsVerb(seg, after + tail, seg.length)) clauses = [...clauses, ...readSpeech(text, afterStart + tail, end, false).clauses];
      return { clauses, source: subject };
    }
  }
  // each "that" pattern ends on the word itself: without one after the verb, none is tried
  THAT_WORD.lastIndex = after;
  const mayHaveThat = THAT_WORD.test(seg);
  let that = mayHaveThat ? takenAt(THAT_SOON, seg, after) : -1;
  if (that > 0 && relativeThat(seg, after, that)) {
    // the relative clause describes the interview; what was said follows a later "that", if any
    const late = takenAt(THAT_LATE, seg, after);
    that = late > that && !relativeThat(seg, after, late) ? late : -1;
    if (that < 0) return { clauses, source: subject };
  }
  if (that < 0 && mayHaveThat && isTell(verb[0])) {
    that = takenAt(THAT_AFTER_OBJECT, seg, after);
    // so far from the verb, a "that" opens what was said only before a subject, with no aside set off by a dash before it
    // ("told a crowd at the pier that spilled out", "told the story of the pickers - an issue that Lee raised": relative clauses)
    const far = that < 0 ? takenAt(THAT_AFTER_AUDIENCE, seg, after) : -1;
    if (far > 0 && !relativeThat(seg, after, far) && subjectOpensAt(seg, after + far) && !DASHED.test(seg.slice(after, after + far))) that = far;
  }
  // read once: the last branch below asks again
  const participle = that < 0 ? participleAt(seg, after) : -1;
  if (participle >= 0) that = mayHaveThat ? takenAt(THAT_AFTER_PARTICIPLE, seg, after) : -1;
  const before = clauses.length;
  let contentAt = -1;
  if (that >= 0) clauses = addClause(clauses, text, afterStart + that - pronounThat(seg, after + that), end, 'indirect', subject);
  // "announced his engagement", "wrote of his reign": what follows is no clause, so the claim is the whole frame
  else if (objectAfter(seg, after, verb[0])) {
    if (!quoted) clauses = addClause(clauses, text, narrativeBefore ? start + boundary : start, end, 'indirect', subject);
  }
  // beside its quote, "told the mayor" names who heard it, not what was said
  else if (participle < 0 && !(quoted && isTell(verb[0])) && !(isReply(verb[0]) && timeAfter(seg, after)) && (contentAt = contentAfterVerb(seg, after)) >= 0) {
    // "told parliament the deficit would double": who heard it is no part of what was said; nor is "today" in "said today the plan"
    const heard = isTell(verb[0]) ? addresseeEnd(seg, after) : warnedOf(seg, contentAt, verb[0]) ? after : -1;
    // "told the regulator on March 6", "warned officials about cracks": no clause opens after who heard it, so the claim is the whole frame, as with an object
    if (heard === after) {
      if (!quoted) clauses = addClause(clauses, text, narrativeBefore ? start + boundary : start, end, 'indirect', subject);
      return { clauses, source: subject };
    }
    const from = heard >= 0 ? start + heard : start + contentAt;
    // "would not say whether the levy passed", "did not say why": a question left open asserts nothing; the sentence is narration
    // "did not say the plan was dead" tells what the subject did not say: no claim of theirs either
    if (NEGATED_VERB.test(seg.slice(Math.max(0, verb.index - 24), verb.index))) {
      if (!quoted) clauses = addClause(clauses, text, narrativeBefore ? start + boundary : start, end, 'narrative', null);
      return { clauses, source: subject };
    }
    clauses = addClause(clauses, text, from, end, 'indirect', subject);
  }
  // a shared subject with no clause after its verb: the sentence is narration, as a subject too long to read is
  if (shared > 0 && !quoted && clauses.length === before) return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
  return { clauses, source: subject };
}

/** A relative clause set off inside an opening phrase: "In the town, where the river burst its banks, …". */
const RELATIVE_INSIDE = /,\s*(?:where|when|which|whose)\s/i;

/** Whether the segment's last mark before white space is a comma: "In the case of the school, ". */
function endsWithComma(seg: string): boolean {
  let last = seg.length;
  while (last > 0 && isTrimSpace(seg.charCodeAt(last - 1))) last--;
  return seg.charCodeAt(last - 1) === 44;
}

/** An aside that describes the name before it: ", a spokesman for …", ", the party's leader". */
const DESCRIPTION_AFTER = /^\s+(?:a|an|the)\s/;

/** Whether the word after `at`'s spaces is a lower-case past form in -ed: "welcomed" in ", welcomed the decision but said". */
function opensWithPast(seg: string, at: number): boolean {
  let i = at;
  while (i < seg.length && isTrimSpace(seg.charCodeAt(i))) i++;
  let e = i;
  while (e < seg.length && seg.charCodeAt(e) >= 97 && seg.charCodeAt(e) <= 122) e++;
  return e - i >= 4 && seg.charCodeAt(e - 1) === 100 && seg.charCodeAt(e - 2) === 101 && !isLetterCode(seg.charCodeAt(e));
}
const isLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
