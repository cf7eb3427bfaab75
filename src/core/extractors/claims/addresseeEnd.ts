import { ADDRESSEE_PRONOUNS, CLAUSE_SUBJECT_LEADS, NOUN_PREPOSITIONS, TOPIC_PREPOSITIONS } from '../../lexicon/claimFrameWords';
import { ARTICLES_AND_POSSESSIVES } from '../../lexicon/pronouns';
import { isTrimSpace } from '../../charCodes';
import { hasWordAt, wordTable } from './wordTable';

const PRONOUNS = wordTable(ADDRESSEE_PRONOUNS);
const DETERMINERS = wordTable(ARTICLES_AND_POSSESSIVES);
const SUBJECT_LEADS = wordTable(CLAUSE_SUBJECT_LEADS);
const PREPOSITIONS = wordTable(NOUN_PREPOSITIONS, TOPIC_PREPOSITIONS, new Set(['to']));
/** Most words of a common noun after its determiner: "the budget committee". */
const MAX_NOUN_WORDS = 2;

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A character of a word, name or number: letters, digits, apostrophes, hyphens, periods ("O'Neill", "U.N.", "2.5"), any non-ASCII letter. */
const inWord = (c: number): boolean =>
  ((c | 32) >= 97 && (c | 32) <= 122) || isDigit(c) || c === 39 || c === 0x2019 || c === 45 || c === 46 || c > 0xbf;

let wordAt = 0;
let wordTo = 0;
/** Finds the word from `at`, white space skipped: [wordAt, wordTo), empty at the end or at a mark. */
function nextWord(seg: string, at: number): void {
  while (at < seg.length && isTrimSpace(seg.charCodeAt(at))) at++;
  let e = at;
  while (e < seg.length && inWord(seg.charCodeAt(e))) e++;
  // a period that ends the sentence is no part of the word
  while (e > at && seg.charCodeAt(e - 1) === 46 && !isUpper(seg.charCodeAt(e - 2))) e--;
  wordAt = at;
  wordTo = e;
}

/** Whether the word in [start, end) can open a clause's subject: an article, a pronoun, a number or a capital. */
function opensSubject(seg: string, start: number, end: number): boolean {
  const c = seg.charCodeAt(start);
  return isUpper(c) || isDigit(c) || (end > start && hasWordAt(seg, start, end, SUBJECT_LEADS));
}

/**
 * Whether the word at or after `at` can open a clause's subject: "that the plan", "that Lee", "that 40 jobs", and
 * a gerund, "that moving stroke care would"; not "that spilled".
 */
export function subjectOpensAt(seg: string, at: number): boolean {
  nextWord(seg, at);
  // a contracted verb goes with its subject: "that he’s", "that they'd"
  let end = wordAt;
  while (end < wordTo && seg.charCodeAt(end) !== 39 && seg.charCodeAt(end) !== 0x2019) end++;
  return end > wordAt && (opensSubject(seg, wordAt, end) || isGerund(seg, wordAt, end));
}

/** A lower-case word in -ing of five letters or more: after "that", the head of a subject ("moving care would add"). */
const isGerund = (seg: string, start: number, end: number): boolean =>
  end - start >= 5 && seg.charCodeAt(end - 1) === 103 && seg.charCodeAt(end - 2) === 110 && seg.charCodeAt(end - 3) === 105 && !isUpper(seg.charCodeAt(start));

/**
 * Where the reported clause starts after "told" and its addressee, which is no
 * part of what was said: a pronoun, a name, or a short noun phrase, followed
 * by a word that opens a subject. `after` itself when no addressee stands
 * there. "told parliament the deficit would double" → the index of "the".
 */
export function addresseeEnd(seg: string, after: number): number {
  nextWord(seg, after);
  if (wordTo === wordAt) return after;
  let end = wordTo;
  const first = wordAt;
  if (isUpper(seg.charCodeAt(first))) {
    // a name or a body: "Newsline", "The Press Agency", "Ann Lee"
    for (nextWord(seg, end); wordTo > wordAt && isUpper(seg.charCodeAt(wordAt)); nextWord(seg, end)) end = wordTo;
  } else if (hasWordAt(seg, first, end, DETERMINERS) && !hasWordAt(seg, first, end, PRONOUNS)) {
    // "the committee", "the budget committee": the clause opens after one or two words
    for (let n = 0; n < MAX_NOUN_WORDS; n++) {
      nextWord(seg, end);
      // "told the truth about …": a preposition goes on with the object, no clause opens
      if (wordTo === wordAt || !/^[a-z]/.test(seg.charAt(wordAt)) || hasWordAt(seg, wordAt, wordTo, PREPOSITIONS)) return after;
      end = wordTo;
      nextWord(seg, end);
      if (wordTo > wordAt && opensSubject(seg, wordAt, wordTo)) return wordAt;
    }
    return after;
  } else if (!hasWordAt(seg, first, end, PRONOUNS) && !/^[a-z]+$/.test(seg.slice(first, end))) return after;
  nextWord(seg, end);
  if (wordTo === wordAt || !opensSubject(seg, wordAt, wordTo)) return after;
  // "told host Ann Lee a loss is likely": a name after a title is the addressee's, when a subject follows it
  const at = wordAt;
  if (isUpper(seg.charCodeAt(at)) && !isUpper(seg.charCodeAt(first))) {
    let last = wordTo;
    for (nextWord(seg, last); wordTo > wordAt && isUpper(seg.charCodeAt(wordAt)); nextWord(seg, last)) last = wordTo;
    if (wordTo > wordAt && !isUpper(seg.charCodeAt(wordAt)) && opensSubject(seg, wordAt, wordTo)) return wordAt;
  }
  return at;
}
