import { STATE_ABBREVIATIONS } from '../lexicon/places';
import { WRITING_WORDS } from '../lexicon/roles';
import type { Sentence } from '../model';
import { beforeWho, describedAsPerson, isPersonNoun, titlesName } from './describedAsPerson';
import type { EntityBook } from './entityBook';
import { isCompanyName } from './entityBook';
import type { NameParts } from './personName';
import { possessiveEnd } from './phraseWords';
import type { Event } from './timeline';
import { finiteAt, isModifier } from './verbForms';
import type { Word } from './words';
import type { WrittenNames } from './writtenAsName';
import { writtenAsName } from './writtenAsName';
import { CLAUSE_LINK, FINITE, HONORIFIC, NOT_NAME, ORGANIZATION, PLACE, REPORTING, ROLE, SUBORDINATOR, classesOf, classesOfKey } from './wordClasses';
import { endsInEd } from './keyEnds';
import { ownedTitleBefore, titleSetOffBefore } from './roleBefore';
import { afterAccordingTo } from './accordingSource';

/** A word whose second letter is in lower case: "Coalition", not "NATO". */
const LOWER_SECOND = /^.\p{Ll}/u;

/** "of" or "for" inside a body's name: "Bank of England". */
const BODY_LINK = / (?:of|for) /;

/** Words before a place's name: "in Charlotte", "to Virginia". */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'across', 'outside', 'inside', 'into', 'around']);
/**
 * Whether words [k, to] stand where a place's name does: after BEFORE_PLACE, after a town and its comma,
 * or before a comma and a state ("Charlotte, N.C.").
 */
const placeLike = (ws: readonly Word[], k: number, to: number) =>
  BEFORE_PLACE.has(ws[k - 1]?.key ?? '') ||
  (ws[k - 1]?.text === ',' && !!ws[k - 2]?.capital) ||
  (ws[to + 1]?.text === ',' && !!ws[to + 2]?.capital && (STATE_ABBREVIATIONS.has(ws[to + 2].key) || (classesOf(ws[to + 2]) & PLACE) !== 0));

/** Whether a given name alone (lower case, `key`) at words [from, to] names someone: "Harriet said", not "in Charlotte". */
function givenNameIsPerson(book: EntityBook, ws: readonly Word[], from: number, to: number, key: string): boolean {
  if (book.byGivenName(key)) return true;
  if (!book.isPlace(key) && !placeLike(ws, from, to)) return true;
  // The book remembers such a place, so a later "Charlotte" alone is the town again.
  book.notePlace(key);
  return false;
}

/** Whether words before word k show a publication: "wrote in Vulture", "an op-ed in the Courier", "told the Blaze". */
function outletCue(ws: readonly Word[], k: number): boolean {
  const det = ws[k - 1]?.key === 'the' ? 1 : 0;
  const before = ws[k - 1 - det];
  if (before?.key === 'told') return det === 1;
  if (before?.key !== 'in') return false;
  const writing = ws[k - 2 - det];
  return !!writing && (WRITING_WORDS.has(writing.key) || (writing.key === 'last' && ws[k - 3 - det]?.key === 'wrote'));
}

/** Marks a name the text shows as a publication ("wrote in Vulture") in the book, so it speaks as an organisation; a name the text has given a person ("wrote in Smith’s speech") stays one. */
export function noteOutlet(ws: readonly Word[], e: Event, parts: NameParts, book: EntityBook): void {
  if (parts.type === 'person' && !parts.surelyPerson && outletCue(ws, e.from) && possessiveEnd(ws[e.to].text) === 0 && !book.latestPerson(parts.name)) {
    book.noteOutlet(parts.name.toLowerCase());
  }
}

/**
 * The name of a name event in lower case when it most likely names a person or organisation to keep, else null.
 * Known already, or a two-word name that opens its sentence before a verb: "Dana Kell praised …". A full name
 * before ", who" or after a trade noun too ("professor Maeve Tolland").
 */
export function likelyName(text: string, ws: readonly Word[], e: Event, parts: NameParts, book: EntityBook, written: WrittenNames): string | null {
  const person = parts.type === 'person';
  const full = person && parts.name.includes(' ');
  // An organisation that opens its sentence is what a later "it" or "they" most likely means:
  // `The Finance Ministry cut its forecast. "…," it said.` A place is not: "Iowa votes first".
  // "The Bank of England raised rates" is the bank's.
  // Lowered once, and only when a lookup needs it.
  let key: string | null = null;
  // "He said Harland Steel will …" after "Harland Steel, a steelmaker,": a body named before is mentioned again anywhere.
  const organization =
    parts.type === 'organization' &&
    (e.opens || afterAccordingTo(ws, e.from, e.to) || bodyReports(ws, e.to) || book.namesBody((key ??= parts.name.toLowerCase())) || companyAlone(ws, e.to, key)) &&
    ((classesOf(ws[e.to]) & PLACE) === 0 || BODY_LINK.test(parts.name)) &&
    !(qualifiesHead(ws, e) && !writtenAsName(text, parts.name, written));
  // A given name alone is most often someone's ("Harriet said"), but one after "in" or a town, and named
  // before by no one, is a place: "in Charlotte", "Roanoke, Virginia".
  const given = parts.givenOnly ? givenNameIsPerson(book, ws, e.from, e.to, (key ??= parts.name.toLowerCase())) : parts.surelyPerson;
  const likely =
    organization ||
    given ||
    (full && (e.opens ? !thingOrHome(ws, e.from, parts) : beforeWho(ws, e.to) || titlesName(ws, e.from - 1) || titleSetOffBefore(text, ws, e.from, e.to) !== null)) ||
    // "Brandt, who was elected in 2014, doesn't …": a bare name that opens its sentence before ", who" is someone;
    // "an actor in Dallas, who runs a theater" is not.
    (person && e.opens && beforeWho(ws, e.to) && (classesOf(ws[e.to]) & PLACE) === 0 && !placeLike(ws, e.from, e.to)) ||
    !!book.latestPerson(parts.name, (key ??= parts.name.toLowerCase())) ||
    // "Harland Steel's chairman" after "Harland Steel, a steelmaker,": a body's name read again without what showed it one.
    (person && !parts.surelyPerson && book.namesBody(key)) ||
    // "Nashua's shares fell" after "Nashua Corp.": a company's short form.
    // "The British shakeup" is no short form of British Telecom.
    (person && !parts.surelyPerson && !key.includes(' ') && ws[e.from - 1]?.key !== 'the' && !!book.companyByHead(key)) ||
    (person && describedAsPerson(ws, e.to)) ||
    // "Kell also addressed …": a bare name straight before its verb, as its sentence's subject, is someone
    // when the text writes it as a name elsewhere. Last, as it reads the whole text.
    (person && e.opens && !e.governed && !parts.role && bareSubject(ws, e) && writtenAsName(text, parts.name, written));
  return likely ? (key ?? parts.name.toLowerCase()) : null;
}

/** Words after a name that end its phrase: "with Calder Holdings and", "Calder Holdings, which". */
const PHRASE_END = NOT_NAME | CLAUSE_LINK | SUBORDINATOR | FINITE;

/**
 * Whether a name of two words or more, `key` in lower case, ending at word `to`, is a company's by its last word
 * and ends its phrase, wherever it stands: "talks with Calder Harbour Holdings collapsed", "a stake in Kell Foods.";
 * not "the Kell Foods chief executive".
 */
function companyAlone(ws: readonly Word[], to: number, key: string): boolean {
  const next = ws[to + 1];
  return (!next || next.punct || (!next.capital && (classesOf(next) & PHRASE_END) !== 0)) && key.includes(' ') && isCompanyName(key);
}

/** Whether a verb of speech follows the name ending at word `to`: "…, while the Harbour Gazette reported". */
const bodyReports = (ws: readonly Word[], to: number) => !!ws[to + 1] && (classesOf(ws[to + 1]) & REPORTING) !== 0;

/**
 * Whether a name event is one word for a kind of body, which may be capitalised only as it opens its sentence,
 * before the noun it qualifies and that noun's verb, or a title and a name: "Coalition talks stalled",
 * "Police officers said", "Union organiser Ana Hale said"; not
 * "Parliament voted", "NATO officials said" nor "Congress significantly boosted".
 */
function qualifiesHead(ws: readonly Word[], e: Event): boolean {
  const w = ws[e.from];
  const next = ws[e.to + 1];
  if (e.from !== e.to || (ws[e.from - 1] && !ws[e.from - 1].punct) || (classesOf(w) & (ORGANIZATION | PLACE)) !== ORGANIZATION || !LOWER_SECOND.test(w.text)) return false;
  if (!next || next.punct || next.capital || (classesOf(next) & FINITE) !== 0 || isModifier(next) || endsInEd(next.key)) return false;
  // "Union organiser Ana Hale said": the body word qualifies a title before a name.
  const third = ws[e.to + 2];
  if (third && third.capital && !third.punct && (classesOf(next) & ROLE) !== 0) return true;
  return finiteAt(ws, e.to + 2) || (third !== undefined && isModifier(third));
}

/**
 * Whether a two-word name that no given name, title or honorific shows to be someone's stands where a thing's
 * or a home town's does: after "the" ("the Long Slump hit …") or after "of" and a name ("Rep. Kell of
 * Sandy Point"), not after a title's "of" ("Secretary of State Alan Whitlow").
 */
function thingOrHome(ws: readonly Word[], k: number, parts: NameParts): boolean {
  if (parts.surelyPerson) return false;
  const before = ws[k - 1];
  if (!before || before.punct) return false;
  if (before.key === 'the') return true;
  const owner = ws[k - 2];
  return before.key === 'of' && !!owner && owner.capital && (classesOf(owner) & (ROLE | HONORIFIC)) === 0;
}

/** Whether a name event is a clause's whole subject, one word that opens it before its verb: "But Kell also spoke"; not "Kell, Iowa", "Kell's" nor "The Republican is". */
const bareSubject = (ws: readonly Word[], e: Event) =>
  e.from === e.to && (!ws[e.from - 1] || ws[e.from - 1].punct || (classesOf(ws[e.from - 1]) & CLAUSE_LINK) !== 0) && possessiveEnd(ws[e.to].text) === 0 && ws[e.to + 1] !== undefined && (finiteAt(ws, e.to + 1) || isModifier(ws[e.to + 1])) &&
  (classesOf(ws[e.to]) & PLACE) === 0 && !placeLike(ws, e.from, e.to);

/** "As for Marwick, he said …": the name set before the clause is what it is about. */
export const topicFront = (ws: readonly Word[], e: Event) => ws[e.from - 1]?.key === 'for' && ws[e.from - 2]?.key === 'as' && ws[e.to + 1]?.text === ',';

/**
 * Whether a name's titles hold a word for a person's office: "House Speaker", "Sen.", "Secretary of State";
 * not "White House" nor "the Courier's", which run into a name without titling it.
 */
function titleWord(role: string): boolean {
  for (const word of role.toLowerCase().split(' ')) {
    const c = classesOfKey(word);
    if ((c & HONORIFIC) !== 0 || ((c & ROLE) !== 0 && (isPersonNoun(word) || word.endsWith('.') || word.endsWith('ary') || word === 'chief'))) return true;
  }
  return false;
}

/**
 * Whether a name event first names someone by what they do, without being its sentence's subject:
 * "…, which concerns Hector Villalba, president of the caucus", "To professor Maeve Tolland, …"
 * (a preposition that opens the sentence), "look at Speaker Dana Kell"; not "his rally in San Jose, California".
 */
export function introduces(ws: readonly Word[], e: Event, parts: NameParts, sentence: Sentence): boolean {
  if (e.quoted || parts.type !== 'person' || !(parts.name.includes(' ') || parts.role)) return false;
  // "Just look at House Speaker Dana Kell.": a title before the name says who she is, after a preposition too.
  if (parts.role !== null && titleWord(parts.role)) return true;
  if (e.governed && ws[e.from - 1].start !== sentence.start) return false;
  return describedAsPerson(ws, e.to) || titlesName(ws, e.from - 1) || ownedTitleBefore(ws, e.from, e.to);
}

