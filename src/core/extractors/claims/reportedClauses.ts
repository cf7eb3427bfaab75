import type { Span } from '../../model';
import { ACCORDING_TO_PHRASES } from '../../lexicon/reportingCues';
import { FEMALE_NAMES, MALE_NAMES, NAME_PARTICLES } from '../../lexicon/firstNames';
import { ROLE_WORDS } from '../../lexicon/roles';
import { leadHits, leadingWords, sliceWords } from './cueAnchors';
import { lexiconsOf } from './leadWords';
import { EMPTY, append } from './append';
import { trimBounds, wordsUpTo } from './spanText';
import { isDigitCode, isTrimSpace } from '../../charCodes';
import { isPartyTag } from '../partyTag';
import { contentAfterVerb } from './frameOnly';
import { actsAsVerb, opensAside, verbAfter } from './clauseVerb';
import { nextCue } from './cuePattern';
import { addresseeEnd } from './addresseeEnd';
import { participleSpeech } from './participleSpeech';
import { findingFrame, leadingFinding } from './findingFrame';
import { sharedSubjectEnd } from './sharedSubject';
import { quoteOrSpaceEnd, subjectEnd, trimmedEnd } from './subjectEnd';
import { conjunctionEnd, isRelativeSubject, isReply, isTell, subordinatorEnd } from './verbWords';
import { CUES } from './cues';
import { contentAfter, objectAfter, parentheticalAt, participleAt } from './framePhrases';
import { adverbialLead, asPutIt, endsWithColon, endsWithThat, introducesQuote, invertedSpeaker, speakerAfterVerb, speakerOnly, subordinateLead } from './leadPhrases';

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

const ACCORDING_FIRST = new RegExp(`^[\\s,;]*(?:${ACCORDING_TO_PHRASES.join('|')})\\s+([^,;:.]{1,80}?)\\s*(?:,|$)`, 'i');
const ACCORDING_LAST = new RegExp(`[\\s,;]*\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s+([^,;:.]{1,80}?)[\\s.,;]*$`, 'i');
/** Whether an according-to phrase occurs at all: the anchored regexes above cost a try at every position. */
const ACCORDING_ANY = new RegExp(`\\b(?:${ACCORDING_TO_PHRASES.join('|')})\\s`, 'i');
/** Whether text unit t matches phrase unit c (lower-case ASCII) as a non-unicode `i` regex reads them: only letters fold. */
const sameUnit = (c: number, t: number): boolean => (c >= 97 && c <= 122 ? (t | 32) === c : t === c);

/**
 * Whether an according-to phrase and then white space stand at `at`, what
 * /(?:according to|as per|…)\s/iy tells there, read without the regex: most
 * "as" and "in" are not the phrase's. ASCII letters fold; a space is a space.
 */
function accordingAt(seg: string, at: number): boolean {
  for (const phrase of ACCORDING_TO_PHRASES) {
    let k = 0;
    while (k < phrase.length && sameUnit(phrase.charCodeAt(k), seg.charCodeAt(at + k))) k++;
    if (k === phrase.length && isTrimSpace(seg.charCodeAt(at + k))) return true;
  }
  return false;
}
/** Their first words ("according", "as", …): ACCORDING_ANY can match only where one of them is a whole run of `\w`. */
const ACCORDING_LEADS = leadingWords(ACCORDING_TO_PHRASES.map((p) => /^\w+/.exec(p)?.[0] ?? ''));

/** ACCORDING_ANY.test(seg), tried only at the leading words instead of at every position: most "as" and "in" open no such phrase. */
function mayBeAccording(seg: string): boolean {
  if (ACCORDING_LEADS < 0) return ACCORDING_ANY.test(seg);
  const hits = leadHits(seg);
  const bit = 1 << ACCORDING_LEADS;
  if (!(hits.lexicons & bit)) return false;
  for (let k = 0; k < hits.count; k++) {
    if (!(lexiconsOf(hits.wordIds[k]) & bit)) continue;
    if (accordingAt(seg, hits.starts[k])) return true;
  }
  return false;
}
/*
 * What may follow the reporting verb, each tried right after it in the frame
 * (sticky, see takenAt) instead of at the start of a slice of what follows.
 */
const ADDING = /[\s,;]*(?:and\s+)?(?:adding|added|noting|saying|stressing|warning)\s+(?:that\s+)?/iy;
/** "that" right after the verb, an adverb or a short frame: "said separately that …", "said on Monday that …", "said last month that …". */
const THAT_SOON = /\s*,?\s*(?:[a-z]+ly\s+)?(?:(?:at|in|on|for|within|during|ahead of|after|before|earlier|to|in an?|last|this|yesterday|today|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,.;:]{0,60}?\s)?that\s+/iy;
/** THAT_SOON reaching for the last "that" of its frame: "said in an interview that aired on Sunday that …". */
const THAT_LATE = new RegExp(THAT_SOON.source.replace('{0,60}?', '{0,60}'), 'iy');
/** A frame phrase ending on a noun after an article, so that a "that" after it may open a relative clause: "in an interview that". */
const NOUN_BEFORE_THAT = /\b(?:a|an|the|his|her|their|its)\s+[\w-]+\s+that\s+$/i;
/** A verb right after "that": the relative "that" of "an interview that was broadcast", not a clause with its subject. */
const RELATIVE_VERB = /^(?:was|were|is|are|has|had|have|will|would|could|can|may|might|aired|appeared|ran|drew|went|circulated|gained|got)\b/i;
const THAT_AFTER_OBJECT = /\s+(?:[\w'\u2019]+\s+){1,4}?that\s+/iy;
/** A phrase of time or manner after an answering verb: "within the hour", "hours later", "swiftly". */
const TIME_AFTER = /\s+(?:within|shortly|soon|quickly|swiftly|immediately|promptly|angrily|hours|minutes|days|weeks|moments|later|late|early|overnight|last|this|the\s+(?:next|same|following))\b/iy;
const timeAfter = (seg: string, after: number): boolean => takenAt(TIME_AFTER, seg, after) >= 0;
/** "said, explaining that …": the content follows the participle's "that". */
const THAT_AFTER_PARTICIPLE = /[\s,]*[a-z]+ing\s+(?:[\w'\u2019]+\s+){0,2}?that\s+/iy;
/** What every pattern above ends on, searched for anywhere after the verb. */
const THAT_WORD = /that\s/gi;

/** How many characters the sticky `pattern` takes at `at` of `seg` (0 for an empty match), or -1 when it does not match there. */
function takenAt(pattern: RegExp, seg: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(seg) ? pattern.lastIndex - at : -1;
}
/** Whether THAT_SOON matches at `after`, asked only when a "that" follows at all. */
function thatSoon(seg: string, after: number): boolean {
  THAT_WORD.lastIndex = after;
  return THAT_WORD.test(seg) && takenAt(THAT_SOON, seg, after) >= 0;
}
/** Whether the "that" ending `taken` characters past `after` opens a relative clause of a frame's noun: "in an interview that was broadcast". */
function relativeThat(seg: string, after: number, taken: number): boolean {
  const end = after + taken;
  return NOUN_BEFORE_THAT.test(seg.slice(after, end)) && RELATIVE_VERB.test(seg.slice(end, end + 12));
}
/** The aside in "X, who voted with the majority, said …": the subject stands before it. */
const APPOSITIVE = /^\s*(?:who|whose|which|a|an|the|now|then|also|himself|herself)\b/i;
/** Words that open a clause with its own subject: after them, what stood before a parenthetical frame was an opener. */
const OWN_SUBJECT = /^\s*(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|its|his|her|their|our)\b/i;

/** An age between commas: "Cory Hale, 22, said". */
const AGE_ASIDE = /^\s*\d{1,3}\s*$/;
/** A home town between commas: "Cory Hale, of Leeds, said", "a nurse from Hove". */
const HOME_ASIDE = /^\s*(?:of|from)\s+\p{Lu}/u;
/** A phrase of time, place or manner between commas: "Kell, in an interview, said", "Kell, during a visit to Leeds, said". */
const PHRASE_ASIDE = /^\s*(?:in|at|on|during|after|before|speaking|while|with|at\s+a|in\s+a)\s+\S/;
/** The region after a home town: "of Flint, Mich., said", "of Leeds, West Yorks., said". */
const REGION_ASIDE = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*$/u;
/** A role of a body with no article: "chair of the Royal College", "head of policy at Green Ledger"; its words checked by roleAside. */
const ROLE_ASIDE = /^\s*([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}/u;

/** Whether the aside is a role of a body: one of the lower-case words before "of" is a role word ("chair", "director", "head"). */
function roleAside(aside: string): boolean {
  const m = ROLE_ASIDE.exec(aside);
  if (!m) return false;
  for (const word of m[1].split(/\s+/)) if (ROLE_WORDS.has(word)) return true;
  return false;
}
/** Most asides skipped back to the subject: an age, a home town and its region, a description. */
const MAX_ASIDES = 4;

/**
 * Where the subject ends when asides stand between it and its verb: the comma before the first aside, or
 * `comma` itself when none does. `Cory Hale, 22, of Flint, Mich., said` → the comma after "Hale".
 */
function asidesBefore(seg: string, comma: number): number {
  let end = comma;
  // one description at most: in "Last month, the Courier, a weekly, revealed" the second is the subject itself
  let described = false;
  for (let steps = 0; steps < MAX_ASIDES; steps++) {
    const start = clauseStart(seg, end);
    if (start <= 1) break;
    const aside = seg.slice(start, end);
    const isDescription: boolean = !described && (APPOSITIVE.test(aside) || roleAside(aside));
    if (isDescription || AGE_ASIDE.test(aside) || HOME_ASIDE.test(aside) || PHRASE_ASIDE.test(aside) || isPartyTag(aside.trim())) {
      // "…, who lost her job in Tarbury, Wessex, in May, said": a region left as the subject ends a clause
      // the skipping cannot see the start of; the subject stays unknown rather than "Wessex"
      if (strandsRegion(seg, start - 1)) break;
      described ||= isDescription;
      end = start - 1;
      continue;
    }
    // a region counts only right after its town: "of Flint, Mich."
    const town = clauseStart(seg, start - 1);
    if (REGION_ASIDE.test(aside) && town > 1 && (HOME_ASIDE.test(seg.slice(town, start - 1)) || PHRASE_ASIDE.test(seg.slice(town, start - 1)))) {
      end = town - 1;
      continue;
    }
    break;
  }
  return end;
}

/** Whether a capitalised run opens with a given name, as a person's name does and a region does not: " Ann Kell". */
function opensWithGivenName(run: string): boolean {
  const word = /\p{L}+/u.exec(run)?.[0].toLowerCase() ?? '';
  return MALE_NAMES.has(word) || FEMALE_NAMES.has(word);
}

/** A clause that ends on a town: "… the flood in Tarbury". */
const ENDS_IN_TOWN = /\b(?:in|at|from|of|near|to|into|outside|across|around)\s+\p{Lu}[\p{L}.'\u2019-]*\s*$/u;

/**
 * Whether the clause ending at `comma` is a region after a town that ends a longer clause, which the skipping
 * cannot see the start of: "…, who lost her job in Tarbury, Wessex,". Not a name ("In October, Mr. Kell,").
 */
function strandsRegion(seg: string, comma: number): boolean {
  const start = clauseStart(seg, comma);
  const region = seg.slice(start, comma);
  if (start <= 1 || !REGION_ASIDE.test(region) || opensWithGivenName(region)) return false;
  const town = seg.slice(clauseStart(seg, start - 1), start - 1);
  return ENDS_IN_TOWN.test(town) && !HOME_ASIDE.test(town) && !PHRASE_ASIDE.test(town);
}

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
/** A description after an opening phrase: "the campaign manager". */
const ARTICLE_START = /^\s*(?:the|a|an)\s/;
/** A description that opens with a capital, as a subject does: not "of Flint" or "during a town hall in Leeds". */
const CAPITAL_START = /^\s*\p{Lu}/u;
const MAX_SUBJECT_WORDS = 7;
/** How many more words a subject may have when a name set off by commas follows its description. */
const NAME_ASIDE_WORDS = 4;
const MIN_CLAUSE_WORDS = 3;
/** Most words from the verb to a "that" handing over to the quote: "told parliament last week that". */
const HANDOVER_WORDS = 6;

const isClauseMark = (c: number): boolean => c === 44 || c === 59 || c === 58;
const isSingleMark = (c: number): boolean => c === 39 || c === 0x2019;

/** Where the clause mark ending the quote closing at `close` stands, inner single marks aside (`role,'"`), or -1. */
function stopOfQuote(seg: string, close: number): number {
  let k = close - 1;
  while (k > 0 && isSingleMark(seg.charCodeAt(k))) k--;
  return isClauseMark(seg.charCodeAt(k)) ? k : -1;
}

/**
 * Where the clause holding `at` starts: just past the last comma, semicolon or
 * colon before it, in one backward pass (from index 0 when `at` is 0, as lastIndexOf reads it).
 * A mark inside a closed pair of double quotes counts for nothing: in
 * `X called it "too little, too late" and said` the clause starts at 0; one
 * right before the closing mark ends a clause (`on “Kesterton,” Ann Lee said`).
 */
function clauseStart(seg: string, at: number): number {
  // straight marks passed (odd: inside a quote), curly closing marks not yet opened, and the first mark met inside
  let straight = 0;
  let curly = 0;
  let inside = -1;
  for (let i = Math.max(at - 1, 0); i >= 0; i--) {
    const c = seg.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) {
      // "a survey of 2,000 voters", "at 10:30": a mark between digits ends no clause
      if (isDigitCode(seg.charCodeAt(i - 1)) && isDigitCode(seg.charCodeAt(i + 1))) continue;
      if (straight === 0 && curly === 0) return i + 1;
      if (inside < 0) inside = i;
    } else if (c === 34 || c === 0x201d) {
      // a comma just inside the closing mark ends the clause, as the quote's own stop: `“Kesterton,” Ann Lee said`
      const stop = straight === 0 && curly === 0 ? stopOfQuote(seg, i) : -1;
      if (stop >= 0) return stop + 1;
      if (c === 0x201d) curly++;
      else {
        straight ^= 1;
        if (straight === 0 && curly === 0) inside = -1;
      }
    } else if (c === 0x201c && curly > 0 && --curly === 0 && straight === 0) inside = -1;
  }
  // a quote that never opens: the mark counts after all
  return inside + 1;
}

/** Whether only white space lies in [from, to) of the text: what `!text.slice(from, to).trim()` tells, without the slice. */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

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
  if (verb && !actsAsVerb(seg, verb.index)) verb = verbAfter(seg, verb);
  // "Ann Lee, who wrote the foreword, said …": the aside's verb gives way to the sentence's own, when one follows
  if (verb && opensAside(seg, verb.index)) verb = verbAfter(seg, verb) ?? verb;
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
      return { clauses: addClause(clauses, text, start + leading.contentStart, end, 'indirect', source), source };
    }
    if (!(quoted && (introducesQuote(seg) || asPutIt(seg)))) clauses = addClause(clauses, text, start, end, 'narrative', null);
    return { clauses, source: null };
  }
  let boundary = clauseStart(seg, verb.index);
  let subjectEndAt = verb.index;
  let maxSubjectWords = MAX_SUBJECT_WORDS;
  if (boundary > 1 && blank(seg, boundary, verb.index)) {
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
  const shared = boundary === 0 && !narrativeBefore ? sharedSubjectEnd(seg.slice(0, until)) : -1;
  if (shared > 0) until = shared;
  const lead = quoteOrSpaceEnd(seg, boundary, until);
  const subject = lead < until ? spanAt(text, start, lead, trimmedEnd(seg, boundary, until)) : null;
  // "…the port authority, which added 400 berths": a relative clause's verb reports nothing; the sentence is narration
  if (subject && !narrativeBefore && isRelativeSubject(subject.text)) return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
  const after = verb.index + verb[0].length;
  if (!subject || wordsUpTo(text, subject.start, subject.end, maxSubjectWords + 1) > maxSubjectWords) {
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
    const adding = takenAt(ADDING, seg, after);
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
    // "X, but on Thursday, the party announced Y": X is narration, Y the party's
    if (joined > 0 && content) clauses = addClause(clauses, text, start, start + joined, 'narrative', null);
    else if (!opening || !content) {
      // "If the two met, neither would say so": a subordinate clause is no claim alone, the sentence is
      const to = opening && subordinateLead(seg) ? end : start + boundary;
      // beside its quote, or handing over to one with a colon, the opening phrase only sets the scene
      if (!(opening && (quoted || endsWithColon(seg)))) clauses = addClause(clauses, text, start, to, 'indirect', subject);
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
  if (that < 0 && mayHaveThat && isTell(verb[0])) that = takenAt(THAT_AFTER_OBJECT, seg, after);
  // read once: the last branch below asks again
  const participle = that < 0 ? participleAt(seg, after) : -1;
  if (participle >= 0) that = mayHaveThat ? takenAt(THAT_AFTER_PARTICIPLE, seg, after) : -1;
  const before = clauses.length;
  let contentAt = -1;
  if (that >= 0) clauses = addClause(clauses, text, afterStart + that, end, 'indirect', subject);
  // "announced his engagement", "wrote of his reign": what follows is no clause, so the claim is the whole frame
  else if (objectAfter(seg, after, verb[0])) {
    if (!quoted) clauses = addClause(clauses, text, narrativeBefore ? start + boundary : start, end, 'indirect', subject);
  }
  // beside its quote, "told the mayor" names who heard it, not what was said
  else if (participle < 0 && !(quoted && isTell(verb[0])) && !(isReply(verb[0]) && timeAfter(seg, after)) && (contentAt = contentAfterVerb(seg, after)) >= 0) {
    // "told parliament the deficit would double": who heard it is no part of what was said; nor is "today" in "said today the plan"
    const from = isTell(verb[0]) ? start + addresseeEnd(seg, after) : start + contentAt;
    clauses = addClause(clauses, text, from, end, 'indirect', subject);
  }
  // a shared subject with no clause after its verb: the sentence is narration, as a subject too long to read is
  if (shared > 0 && !quoted && clauses.length === before) return { clauses: addClause(clauses, text, start, end, 'narrative', null), source: null };
  return { clauses, source: subject };
}
