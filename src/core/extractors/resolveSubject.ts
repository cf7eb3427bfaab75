import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { COMPANY_KIND_ROLES, DOCUMENT_NOUNS, SOURCE_NOUNS, STANDING_NOUNS } from '../lexicon/roles';
import { OFFICE_HEADS } from '../lexicon/offices';
import type { Span } from '../model';
import type { Draft, EntityBook } from './entityBook';
import { roleWordsOf } from './entityBook';
import type { Phrase } from './phraseWords';
import { possessiveEnd } from './phraseWords';
import type { RoleSubject } from './roleSubject';
import { isPersonNoun } from './describedAsPerson';
import { personName } from './personName';
import { pronounSpan } from './pronounSpan';
import { headOf, roleWords, roleWordsOfKey } from './roleWords';
import { descriptionHead, nounGender } from './descriptionHead';
import { withoutDeterminer } from './withoutDeterminer';
import { namedWithThe, ownedName } from './namedWithThe';
import { ownerIntro } from './ownerIntro';
import { outletByNoun } from './outletByNoun';
import { bodyByKind, companyByNoun } from './companyByNoun';
import { nameAfterKind } from './bodyApposition';
import { saysOfItself } from './saysOfItself';
import { relativeHead, relativeNoun } from './relativeHead';
import { agrees, resolvePronoun } from './pronouns';
import { namedAfter } from './namedAfter';
import { ORGANIZATION, ROLE, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';

export interface Resolved {
  /** Undefined for a pronoun with nothing before it to refer to. */
  readonly entity: Draft | undefined;
  /** How the phrase was linked: `pattern` for a name, `pronoun`, `description`. */
  readonly method: 'pattern' | 'pronoun' | 'description';
  /** The second of two who speak together: "Tom Hale" in "Dana Kell and Tom Hale said" (see pairedSpeaker). */
  readonly partner?: Draft;
}

/** Nouns for one unnamed informant that no trade ending shows: "a source said", "a witness said". */
const ONE_PERSON_NOUNS: ReadonlySet<string> = new Set(['source', 'witness']);

/** Nouns for anyone of one sex, which name no one in particular by themselves. */
const PLAIN_PEOPLE: ReadonlySet<string> = new Set(['man', 'woman', 'guy', 'lady']);

/** "The Pentagon" → "the Pentagon": /^The\b/ read by character codes. */
function lowerLeadingThe(name: string): string {
  if (!name.startsWith('The')) return name;
  const c = name.charCodeAt(3);
  const wordChar = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
  return wordChar ? name : 'the' + name.slice(3);
}
/** "centers", "institutes": the plural of a body's noun. */
const pluralBody = (key: string) => key.endsWith('s') && (classesOfKey(key.slice(0, -1)) & ORGANIZATION) !== 0;

/**
 * Who a description such as "the senator" means: the latest subject when it
 * is known to fit (of two senators, the one the story is on), else the latest
 * known holder, else, for "the" and a person noun, the latest subject.
 */
function roleHolder(book: EntityBook, bare: string, definite: boolean, lastSubject: Draft | undefined): Draft | undefined {
  // Lowered once for the role words and both lookups.
  const key = bare.toLowerCase();
  const fit = roleWordsOfKey(key);
  if (lastSubject && book.holds(lastSubject, bare, fit, key)) return lastSubject;
  const holder = book.byRole(bare, fit, key);
  if (
    holder ||
    !definite ||
    lastSubject?.type !== 'person' ||
    namesOther(bare, fit, lastSubject) ||
    knownAsOther(fit, lastSubject) ||
    holdsOtherOffice(fit, lastSubject)
  ) {
    return holder;
  }
  // "Ana Hale, the nominee, … Omar Kell, the FBI director, … the nominee said": the subject known as something else yields to the one described so.
  // "Tom Hale, a neighbor, … the mayor said": someone new, unless a mayor was described before.
  const outside = knownOutsideOffice(fit, lastSubject);
  const known = fit.length === 1 ? everyRole(lastSubject) : [];
  const described = fit.length === 1 && (outside || (known.length > 0 && !known.some((r) => r.includes(fit[0])))) ? book.byDescribedHead(fit[0]) : undefined;
  if (described && described.type === 'person') return described;
  return outside ? undefined : lastSubject;
}

/**
 * The person already named whom a role subject describes, the latest subject first: "the former governor"
 * after "Former Gov. Tom Hale"; undefined when none holds the role, as a description alone names no one.
 */
export function knownHolder(text: string, ws: readonly Word[], role: RoleSubject, book: EntityBook, subjects: readonly Draft[]): Draft | undefined {
  const last = ws[role.to];
  const bare = text.slice(ws[role.from + 1].start, last.end - possessiveEnd(last.text));
  const key = bare.toLowerCase();
  const fit = roleWordsOfKey(key);
  const latest = subjects[subjects.length - 1];
  const d = latest && book.holds(latest, bare, fit, key) ? latest : book.byRole(bare, fit, key);
  return d?.type === 'person' ? d : undefined;
}

/**
 * Whether a role at a body ends in a head that none of the candidate's known roles, nor the description it was
 * named by, ends in: "the council's finance chief" after "the mayor" or "Tom Hale, the party's leader," is
 * someone new. A bare "the senator" still falls back, as the text may never have called its subject one.
 */
function knownAsOther(fit: readonly string[], d: Draft): boolean {
  // Only a role at a body ("the council's finance chief"): "the veteran campaigner" is how news calls its subject again.
  if (fit.length < 2 || !ownsRole(fit)) return false;
  const head = headOf(fit);
  let known = false;
  // The roles shown to readers ("The Green group's leader, Tom Hale,") count as well as those matched on.
  for (const r of everyRole(d)) {
    if (r.length === 0) continue;
    if (headOf(r) === head) return false;
    known = true;
  }
  if (!d.unnamed) return known;
  return headOf(roleWordsOfKey(d.key)) !== head;
}

/**
 * Whether the description names an office and every role the candidate is known by is another office:
 * "Governor Ruth Abara … the mayor said" is someone new, though "the official" could still be her.
 */
function holdsOtherOffice(fit: readonly string[], d: Draft): boolean {
  const head = officeOf(headOf(fit));
  if (!head || !OFFICE_HEADS.has(head) || onceHeld(fit)) return false;
  let known = false;
  for (const r of everyRole(d)) {
    if (r.length === 0) continue;
    if (onceHeld(r)) return false;
    const other = officeOf(headOf(r));
    if (!other || other === head || !OFFICE_HEADS.has(other)) return false;
    known = true;
  }
  return known;
}

/**
 * Whether the description names an office (or a chair) and the candidate is known only by what no office holder is
 * called by: "A neighbor, Tom Hale, … the mayor said" is someone new. A known post ("businessman", "candidate"),
 * standing ("veteran") or past ("former teacher") may still be the mayor's.
 */
function knownOutsideOffice(fit: readonly string[], d: Draft): boolean {
  const head = officeOf(headOf(fit));
  if (!head || !(OFFICE_HEADS.has(head) || CHAIRS.has(head)) || onceHeld(fit)) return false;
  let known = false;
  for (const r of everyRole(d)) {
    const other = headOf(r);
    // "CNN's" and "of the Harbour Board" tell where one works, which may be the very body a chair or office is at.
    if (!other || possessiveEnd(other) > 0 || (classesOfKey(other) & ORGANIZATION) !== 0) continue;
    if (onceHeld(r) || (classesOfKey(other) & ROLE) !== 0 || STANDING_NOUNS.has(other)) return false;
    known = true;
  }
  return known;
}

/** Posts named like an office, which "Tom Hale, a neighbor," does not hold either. */
const CHAIRS: ReadonlySet<string> = new Set(['chairman', 'chairwoman', 'chairperson']);

/** A past office may be anyone's now: "Sen. Chris Hale … the former congressman". */
const onceHeld = (words: readonly string[]) => words.some((w) => PAST_OFFICE.has(w));
const PAST_OFFICE: ReadonlySet<string> = new Set(['former', 'ex', 'onetime', 'one-time', 'retired', 'then', 'outgoing', 'late']);

/** "president-elect" holds the office of "president" for this comparison. */
const officeOf = (head: string | undefined) => (head?.endsWith('-elect') ? head.slice(0, -6) : head);

/** The roles a candidate is matched on and those shown to readers ("The Green group's leader, Tom Hale,"), as words. */
const everyRole = (d: Draft): readonly (readonly string[])[] => [...roleWordsOf(d), ...d.roles.map(roleWords)];

/** Whether one word before a description's head is an owner's: "council's" in ["council's", "transport", "chief"]. */
function ownsRole(fit: readonly string[]): boolean {
  for (let k = 0; k < fit.length - 1; k++) if (possessiveEnd(fit[k]) > 0) return true;
  return false;
}

/**
 * Whether a description names a place or body that the candidate's known roles do not: "the former
 * Florida governor" is not "Texas Sen." Ostrander spoken of last. `bare` keeps the capitals; `fit` is its roleWords.
 */
function namesOther(bare: string, fit: readonly string[], d: Draft): boolean {
  const known = roleWordsOf(d);
  if (known.length === 0) return false;
  // "Sen. Ada Rusk … the Vermont senator": the bare title she is known by tells no place, so none contradicts it.
  if (known.every((r) => r.length === 1) && known.some((r) => fit.includes(r[0]))) return false;
  const words = bare.split(' ');
  if (words.length !== fit.length) return false;
  for (let k = 0; k < words.length; k++) {
    const c = words[k].charCodeAt(0);
    if (c >= 0x41 && c <= 0x5a && (classesOfKey(fit[k]) & ROLE) === 0 && !known.some((r) => r.includes(fit[k]))) return true;
  }
  return false;
}

/**
 * The entity a speaker phrase names, registering new names in the book.
 * "NATO Secretary General Jens Stoltenberg" → a person with that role;
 * "he" → the previous speaker; "the Secretary General" → whoever holds that role.
 */
export function resolveSubject(text: string, ws: readonly Word[], p: Phrase, book: EntityBook, subjects: readonly Draft[]): Resolved | null {
  const lastSubject = subjects[subjects.length - 1];
  if (p.kind === 'pronoun') {
    const span = pronounSpan(text, ws[p.from]);
    const gender = SUBJECT_PRONOUNS.get(ws[p.from].key) ?? 'unknown';
    const who = ws[p.from].key === 'who';
    const noun = who ? relativeNoun(ws, p.from) : null;
    const head = who ? relativeHead(ws, p.from, book, noun) : undefined;
    // "a campaign surrogate who said": the phrase is the speaker, whoever the sentence is about.
    const described = !head && noun ? resolveSubject(text, ws, noun, book, subjects)?.entity : undefined;
    // "'…,' I said": outside a quotation, "I" is the writer, whom the article does not name; "We contacted the
    // mayor's office" is the writer's newsroom.
    const key = ws[p.from].key;
    const writer = key === 'i' || key === 'me' || key === 'we' || key === 'us';
    const unlike = gender === 'male' || gender === 'female' ? namedAfter(ws, p.from) : null;
    const entity = head ?? described ?? (writer ? undefined : resolvePronoun(book, gender, span.start, subjects, unlike));
    if (!entity) return { entity, method: 'pronoun' };
    if (entity.gender === 'unknown' && (gender === 'male' || gender === 'female')) entity.gender = gender;
    book.mention(entity, span);
    return { entity, method: 'pronoun' };
  }
  const span: Span = { start: ws[p.from].start, end: ws[p.to].end, text: text.slice(ws[p.from].start, ws[p.to].end) };
  if (p.kind === 'name') {
    const parts = personName(text, ws, p.from, p.to, book);
    // "Brightwater said it would appeal": a new one-word name that speaks of itself as "it" is a body.
    if (parts && saysOfItself(ws, p.to, parts, book)) return { entity: book.byName(parts.name, 'organization', 'neuter', null, span), method: 'pattern' };
    if (parts) return { entity: book.byName(parts.name, parts.type, parts.gender, parts.role, span), method: 'pattern' };
  }
  // "said the charity Shelter": the body named after its kind speaks, by the whole phrase.
  const named = p.kind === 'description' ? nameAfterKind(ws, p.from, p.to) : -1;
  const body = named >= 0 ? personName(text, ws, named, p.to, book) : null;
  if (body?.type === 'organization') return { entity: book.byName(body.name, body.type, body.gender, body.role, span), method: 'pattern' };
  // "The Valley Ledger’s Ana Ruiz said": the name after an outlet's possessive is who speaks.
  const owned = p.kind === 'description' ? ownedName(ws, p.from, p.to) : -1;
  if (owned >= 0) return resolveSubject(text, ws, { from: owned, to: p.to, kind: 'name' }, book, subjects);
  // "Her verdict was blunt: "…"": the verdict is the owner's words, so the quote is hers.
  const owner = p.kind === 'description' ? ownerIntro(ws, p.from, p.to) : null;
  if (owner !== null) {
    const ownerSpan = pronounSpan(text, ws[p.from]);
    const entity = resolvePronoun(book, owner, ownerSpan.start, subjects);
    if (entity) {
      book.mention(entity, ownerSpan);
      return { entity, method: 'pronoun' };
    }
  }
  const bare = withoutDeterminer(span.text);
  const h = descriptionHead(ws, p.from, p.to);
  const head = ws[h].key;
  // The head's lexicon classes stand for the organisation and role word lists.
  // "the Post" is an outlet, "his campaign post" a document.
  // "the Centers for Harbour Safety" is one body, with a plural head capitalised.
  const organization = ((classesOf(ws[h]) & ORGANIZATION) !== 0 && (ws[h].capital || !DOCUMENT_NOUNS.has(head))) || namedWithThe(ws, p.from, h) || (ws[h].capital && h < p.to && pluralBody(head));
  // "the letter", "the paper" end like "the writer" but name a document.
  // "the actress", "the 69-year-old" name a person too; "the girl" is more often someone new than the one named last.
  const trade = head.endsWith('-year-old') || (head.endsWith('ess') && nounGender(head) === 'female');
  const person = !organization && ((classesOf(ws[h]) & ROLE) !== 0 || (isPersonNoun(head) && !SOURCE_NOUNS.has(head) && !DOCUMENT_NOUNS.has(head)) || trade || ONE_PERSON_NOUNS.has(head));
  const gender = person ? nounGender(head) : 'unknown';
  // "the candidate", "the retired neurosurgeon": someone already named, by role or else the latest speaker.
  // "the woman said" after "a young woman asked Mrs. Kell" is the stranger, not the last woman named;
  // "the man who ran the port for ten years" is someone the text knows.
  // "the source" is someone unnamed, never the last person the text named.
  const definite = ws[p.from].key === 'the' && person && !(PLAIN_PEOPLE.has(head) && ws[p.to + 1]?.key !== 'who') && !ONE_PERSON_NOUNS.has(head);
  // "the newspaper" after "the Tribune": the outlet named before speaks again.
  // "the company" after "Riverside Water": the company named before speaks again.
  // "the developer" after "Kell Homes, the developer,": a kind of company that is also a trade is the body given it
  const outlet = outletByNoun(ws, p.from, h, book) ?? companyByNoun(ws, p.from, h, book) ?? (organization || COMPANY_KIND_ROLES.has(head) ? bodyByKind(ws, p.from, h, book) : undefined);
  if (outlet) {
    book.mention(outlet, span);
    return { entity: outlet, method: 'description' };
  }
  const holder = roleHolder(book, bare, definite, lastSubject);
  if (holder && agrees(holder, gender)) {
    book.mention(holder, span);
    return { entity: holder, method: 'description' };
  }
  const type = organization ? 'organization' : person ? 'person' : DOCUMENT_NOUNS.has(head) ? 'document' : 'group';
  const name = lowerLeadingThe(span.text);
  const entity = book.byName(name, type, gender, null, span);
  if (entity.mentions.length === 1 && type === 'person') entity.unnamed = true;
  return { entity, method: 'pattern' };
}
