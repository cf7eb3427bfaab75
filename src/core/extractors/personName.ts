import type { Gender } from '../lexicon/pronouns';
import { NAME_OPENERS } from '../lexicon/clauseWords';
import { GENERATIONAL_SUFFIXES, LONGEST_SUFFIX } from '../lexicon/firstNames';
import { COMPOUND_PLACES, PLACE_ENDINGS } from '../lexicon/places';
import { firmAmpersand } from './firmAmpersand';
import { COMPANY_ENDINGS, HONORIFICS, OUTLET_NOUNS } from '../lexicon/roles';
import type { EntityType } from '../model';
import { actsAsRole } from './actsAsRole';
import type { KnownSurnames } from './nameEdges';
import { describedBy, describesPeople, onlyDescribe, opener, titleLineStart, titleStart, titles } from './nameEdges';
import { innerCapital, shouted } from './nameRuns';
import { nounGender } from './descriptionHead';
import { particlesAt } from './nameParticle';
import { isPartyTag } from './partyTag';
import { bodyKindAfter, bodyKindBefore } from './bodyApposition';
import { generalOfPlace, opensWithAdjective } from './orgShapedName';
import { itSpeaksNext } from './speaksAsIt';
import { possessiveEnd } from './phraseWords';
import { UPPER, pointClass } from './wordChars';
import type { Word } from './words';
import { DETERMINER, FEMALE_NAME, HONORIFIC, MALE_NAME, NOT_NAME, NOT_NAME_WORD, ORGANIZATION, PLACE, ROLE, SPEAKING_NOUN, THING, classesOf, classesOfKey } from './wordClasses';
import { endsInS } from './keyEnds';
import { isPersonNoun } from './describedAsPerson';
import { pluralVerb } from './pluralVerb';
import { postNominal } from './postNominal';
import { namesGroup, peoplePlural } from './peoplePlural';
import { bodyNamedByOwner } from './bodyOwner';

export interface NameParts {
  /** The name without titles: "Jens Stoltenberg". */
  readonly name: string;
  /** The titles before it: "NATO Secretary General"; null when none. */
  readonly role: string | null;
  readonly type: EntityType;
  readonly gender: Gender;
  /** True when something beyond capitals says this is a person: a given name, title or honorific. */
  readonly surelyPerson: boolean;
  /** A given name alone, with no title: someone named before ("Harriet"), or a place ("Charlotte"). */
  readonly givenOnly: boolean;
  /** The first word of the name and its titles, past a heading or opener before them ("Maybe Marwick" → "Marwick"). */
  readonly from: number;
}


/** A body's words that are surnames too: "Fox" the network, "Lena Fox" the engineer. */
const SURNAMES_OF_BODIES: ReadonlySet<string> = new Set(['fox', 'house', 'church', 'post', 'banks', 'chambers', 'hall']);
/** Whether text[start, end) is two or more capitals, full stops or ampersands, /^[\p{Lu}.&]{2,}$/u: "NATO", "U.N.", "AT&T". */
function isAcronym(text: string, start: number, end: number): boolean {
  let points = 0;
  for (let i = start; i < end; i++, points++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x26 || (c >= 0x41 && c <= 0x5a)) continue;
    if (c < 0x80) return false;
    const cp = text.codePointAt(i)!;
    if (!(pointClass(cp) & UPPER)) return false;
    if (cp > 0xffff) i++;
  }
  return points >= 2;
}

/** Whether the two words ending at word `to` are a place such as "South Carolina". */
function isCompoundPlace(ws: readonly Word[], to: number): boolean {
  // The capital first: a name's key may not be lowered yet, and a lookup hashes it.
  return to > 0 && ws[to - 1].capital && PLACE_ENDS.has(ws[to].key) && COMPOUND_PLACES.has(`${ws[to - 1].key} ${ws[to].key}`);
}
/** The last words of COMPOUND_PLACES: most names end in none of them, and need no joined string. */
const PLACE_ENDS: ReadonlySet<string> = new Set([...COMPOUND_PLACES].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

/**
 * The last word of a person's full name followed by "of" and the body they work at: "Feld" in "Marcus Feld of
 * Northgate University"; else `to`. A given name and a surname must come first: "Bank of England" is a body's.
 */
function beforeWorkplace(ws: readonly Word[], from: number, to: number): number {
  let of = to - 1;
  while (of > from && ws[of].capital) of--;
  if (of - 2 < from || ws[of].key !== 'of' || !ws[of - 1].capital) return to;
  let s = of - 1;
  while (s > from && ws[s - 1].capital && !ws[s - 1].punct) s--;
  for (let g = s; g < of - 1; g++) {
    const c = classesOf(ws[g]);
    if ((c & ORGANIZATION) !== 0) return to;
    // "Dr. Mara Stein of …": an honorific shows a person as a given name does.
    if ((c & (MALE_NAME | FEMALE_NAME)) !== 0 || (g === s && (c & HONORIFIC) !== 0)) return (classesOf(ws[of - 1]) & ORGANIZATION) === 0 ? of - 1 : to;
  }
  // "Mara Stein of Northgate University": two plain capitalised words before "of" and a body are a person's name,
  // after a title too ("Analyst Priyanka Rao of …")
  const titled = of - 3 === s && (classesOf(ws[s]) & ROLE) !== 0;
  return (of - 2 === s || titled) && plainName(ws[of - 2]) && plainName(ws[of - 1]) ? of - 1 : to;
}

/** A capitalised word that is only a name: no body, place, thing, title or word that never begins one. */
const plainName = (w: Word) => w.capital && !w.punct && (classesOf(w) & (ORGANIZATION | PLACE | THING | ROLE | NOT_NAME_WORD | NOT_NAME | HONORIFIC)) === 0;

/**
 * The last word of a name followed by where its holder is from: "Brannock" in
 * "Sen. Vernon Brannock of Ohio" and "Sturm" in "Ilka Sturm of Germany";
 * else `to`.
 */
export function beforeHomePlace(ws: readonly Word[], from: number, to: number): number {
  // "Priyanka Rao of Brightline Securities": a company's last word ends a workplace as a body's noun does
  if ((classesOf(ws[to]) & (ORGANIZATION | PLACE)) === ORGANIZATION || (to > from && COMPANY_ENDINGS.has(ws[to].key))) return beforeWorkplace(ws, from, to);
  if ((classesOf(ws[to]) & PLACE) === 0 && !isCompoundPlace(ws, to)) return to;
  let k = to;
  while (k > from && ws[k - 1].capital) k--;
  // "Bank of England" is a body's whole name.
  return k - 2 >= from && ws[k - 1].key === 'of' && ws[k - 2].capital && (classesOf(ws[k - 2]) & (ORGANIZATION | PLACE)) !== ORGANIZATION ? k - 2 : to;
}

/**
 * Where a body's name inside words [from, to] starts when its head goes on past "of" or "for" to the
 * end: "Ministry" in "Health Ministry of …" no, in "Ministry of Health"; -1 for none, as in "Secretary of State Whitlow".
 */
function bodyStart(ws: readonly Word[], from: number, to: number): number {
  for (let g = from + 1; g < to; g++) {
    const link = ws[g];
    if (link.text !== 'of' && link.text !== 'for') continue;
    if (!ws[g - 1].capital || (classesOf(ws[g - 1]) & ORGANIZATION) === 0) return -1;
    // "Ministry of Justice", "Center for Media Justice", but "Department of Justice Secretary Ana Hale" is hers;
    // "University of Virginia's Center for Politics" is one body's.
    for (let t = g + 1; t <= to; t++) {
      if (ws[t].capital ? t > g + 1 && t < to && titles(ws, t) : !(ws[t].text === 'of' || ws[t].text === 'for') || !ws[t + 1]?.capital) return -1;
    }
    let s = g - 1;
    while (s > from && ws[s - 1].capital && !titles(ws, s - 1)) s--;
    return s;
  }
  return -1;
}

/** Whether a hyphenated lower-case word ends in a body's noun: "france-presse"; not "seitz-wald", nor a party tag's place ("r-texas"). */
function hyphenedBody(key: string): boolean {
  const cut = key.lastIndexOf('-');
  return cut > 0 && cut < key.length - 1 && (classesOfKey(key.slice(cut + 1)) & (ORGANIZATION | PLACE)) === ORGANIZATION;
}

/** Words between people and the body they work at: "Economists at Nordbank", "analysts with Brant Capital". */
const AT_BODY: ReadonlySet<string> = new Set(['at', 'with']);

/**
 * Whether honorific word k, written in capitals after another word of the title, is a seat: "MS" (a Member of
 * the Senedd) in "Local MS Gwen Price", "Plaid MS"; not "Ms" nor "MS" opening the name.
 */
const seatAfterTitle = (ws: readonly Word[], k: number, from: number): boolean => k > from && ws[k].text === 'MS' && ws[k - 1].capital && !ws[k - 1].punct;

/** "Republicans", "Sens.": a title's plural before names, as in "Republicans Kell and Hale", is no part of a name. */
const pluralRole = (w: Word) => endsInS(w.key) && (classesOfKey(w.key.slice(0, -1)) & ROLE) !== 0;

/**
 * Splits a capitalised phrase into its name and the titles before it, and
 * guesses whether it is a person or an organisation. `named` tells whether a
 * person of that lower-case surname has been named.
 * `NATO Secretary General Jens Stoltenberg` → name "Jens Stoltenberg", role "NATO Secretary General".
 */
export function personName(text: string, ws: readonly Word[], from: number, to: number, named?: KnownSurnames): NameParts | null {
  to = beforeHomePlace(ws, from, to);
  // "DEADLY EXPLOSION Varenian President …": a heading in capitals before a name is no title.
  while (from < to && (shouted(ws, from) || opener(ws, from, to, named)) && !firmAmpersand(ws, from + 1)) from++;
  // "the state Supreme Court Tuesday": a day or month after a name is no part of it.
  // "Unite Now" keeps its last word, which no day or month is.
  while (to > from && (classesOf(ws[to]) & NOT_NAME_WORD) !== 0 && possessiveEnd(ws[to].text) === 0 && !innerCapital(ws[to])) to--;
  // "Peter Quinlan KC", "Tom Vane MP": letters after the name are its holder's, shown as a role.
  const post = postNominal(ws, from, to);
  if (post) to--;
  // "Bank of England", "Ministry of Health": a body's name running past "of" (see nameRuns) is the body's.
  const body = bodyStart(ws, from, to);
  if (body >= 0) return { name: text.slice(ws[body].start, ws[to].end - possessiveEnd(ws[to].text)), role: null, type: 'organization', gender: 'neuter', surelyPerson: false, givenOnly: false, from: body };
  // "Westmoor General": a hospital named by its place, though "General" is a title after "Attorney"
  if (generalOfPlace(ws, from, to)) {
    let s = to - 1;
    while (s > from && ws[s - 1].capital && !ws[s - 1].punct && (classesOf(ws[s - 1]) & (ROLE | HONORIFIC)) === 0) s--;
    return { name: text.slice(ws[s].start, ws[to].end), role: null, type: 'organization', gender: 'neuter', surelyPerson: false, givenOnly: false, from: s };
  }
  // "Earlier Tuesday": an opener left alone names no one; nor does "D-Ore." set off after "Sen. Dana Whitcomb,".
  if (from === to && (NAME_OPENERS.has(ws[to].key) || isPartyTag(ws[to].text))) return null;
  // A title alone, or its plural ("Defense Ministers"), names no one in particular.
  if (actsAsRole(ws, to) || (endsInS(ws[to].key) && (classesOfKey(ws[to].key.slice(0, -1)) & ROLE) !== 0) || (classesOf(ws[to]) & SPEAKING_NOUN) !== 0) return null;
  // "Farmers say", "Nurses have warned": one word for a kind of people before a verb that agrees with a plural is a group.
  // "Commuters said": a plural for people by what they do is a group, whatever its verb.
  if (from === to && endsInS(ws[to].key) && ((isPersonNoun(ws[to].key.slice(0, -1)) && pluralVerb(ws[to + 1])) || namesGroup(ws[to]))) return null;
  // "Hospital managers said": a body's common noun opening a sentence before people in the plural only says which people.
  // After a comma the word may still name one: "After the row, Fox executives said".
  if (from === to && (from === 0 || (ws[from - 1].punct && ws[from - 1].text !== ',')) && (classesOf(ws[to]) & ORGANIZATION) !== 0 && peoplePlural(ws[to + 1])) return null;
  let k = to;
  // "the Transport Workers' Union": a possessive inside a body's name reads on.
  while (k > from && (classesOf(ws[k - 1]) & ROLE) === 0 && (classesOf(ws[k - 1]) & HONORIFIC) === 0 && (ws[k - 1].capital || particlesAt(ws, k - 1) > 0 || firmAmpersand(ws, k - 1)) && (possessiveEnd(ws[k - 1].text) === 0 || bodyNamedByOwner(ws, k - 1, to)) && !pluralRole(ws[k - 1])) k--;
  // "Rival Harriet Lorne", "State Harriet Lorne": capitalised words before a given name are a title.
  for (let g = k + 1; g < to; g++) {
    // "J. Gerald Tindall": an initial or a given name before it is the name's own.
    if ((classesOf(ws[g - 1]) & (MALE_NAME | FEMALE_NAME)) !== 0 || (ws[g - 1].text.length === 2 && ws[g - 1].text.endsWith('.'))) break;
    if ((classesOf(ws[g]) & (MALE_NAME | FEMALE_NAME)) !== 0) {
      k = g;
      break;
    }
  }
  // "Friday", "March", "The": a word that never begins a name is none alone.
  if (k === to && (classesOf(ws[to]) & NOT_NAME_WORD) !== 0) return null;
  // "Christian leaders", "the Christian university", "are Christian": a given name alone before a noun for
  // people, after an article or after "is" describes, and names no one.
  if (k === to && k === from && (classesOf(ws[k]) & (MALE_NAME | FEMALE_NAME)) !== 0 && (describesPeople(ws[to + 1]) || describedBy(ws[from - 1]))) return null;
  // "Calvin Otis King Jr.": a suffix alone is no name; the words before it (a title word among them) are.
  // The text's length first (a text is no longer than its key and a kept stop): a name's key is lowered only when asked.
  if (k === to && ws[to].text.length <= LONGEST_SUFFIX + 1 && GENERATIONAL_SUFFIXES.has(ws[to].key)) k = from;
  const last = ws[to];
  // "Lorne's visit" mentions Lorne: the name without its possessive ending.
  const own = possessiveEnd(last.text);
  const end = last.end - own;
  const lastKey = own ? last.key.slice(0, -own) : last.key;
  // "Economists at Nordbank", "Analysts with Brant Capital": people at a body, whose name is no person's.
  if (k > from && !ws[k - 1].capital && AT_BODY.has(ws[k - 1].key)) return null;
  const name = text.slice(ws[k].start, end);
  const honorific = k > from && (classesOf(ws[k - 1]) & HONORIFIC) !== 0 && !seatAfterTitle(ws, k - 1, from) ? HONORIFICS.get(ws[k - 1].key) : undefined;
  const roleEnd = honorific ? k - 1 : k;
  // "Israel", "Washington" alone are places, which speak as their governments; "Tremaine Washington" is a person.
  const barePlace = k === to && k === from && ((own ? classesOfKey(lastKey) : classesOf(last)) & PLACE) !== 0;
  // "Lena Fox", "Mr House": a given name or a title before a body's word that is also a surname makes a person
  // ("Solid Rock Christian Church" has more words before it, as a body's name does)
  const surnamed = SURNAMES_OF_BODIES.has(lastKey) && ((k === to - 1 && (k === from || honorific !== undefined) && (classesOf(ws[k]) & (MALE_NAME | FEMALE_NAME)) !== 0) || (k === to && honorific !== undefined));
  const isOrganization =
    barePlace ||
    (((own ? classesOfKey(lastKey) : classesOf(last)) & ORGANIZATION) !== 0 && !surnamed) ||
    // "Agence France-Presse": a hyphenated last word ending in a body's noun.
    hyphenedBody(lastKey) ||
    // "Apex Holdings", "Norvale Systems": a company's last word after a name of its own.
    (k < to && COMPANY_ENDINGS.has(lastKey)) ||
    // "Brandt & Co", "Ruiz & Sons": a firm's name.
    (k < to && firmAmpersand(ws, to - 1)) ||
    // "TAPPER:" in a transcript after "JAKE TAPPER:" is the person, not an acronym; "DNA" stays one.
    (k === to && isAcronym(text, last.start, end) && !(end - last.start > 3 && named?.knows(lastKey))) ||
    (k === to - 1 && isCompoundPlace(ws, to));
  // "Time magazine": a single name before a noun for an outlet is the outlet; not an owner ("Lorne’s
  // network") nor an adjective after an article ("the Israeli newspaper").
  const next = ws[to + 1];
  const outlet = k === to && k === from && !own && !!next && !next.punct && OUTLET_NOUNS.has(next.key) && (classesOf(ws[from - 1] ?? last) & DETERMINER) === 0;
  // "The national water utility, AquaNor, said": a name set off after a kind of body is that body's.
  // Its kind is listed as its role, which "the company" may then find: "the developer, Northgate Living,".
  const bare = !isOrganization && !outlet && k === from && (classesOf(ws[k]) & (MALE_NAME | FEMALE_NAME)) === 0;
  // "the group Fiorina addressed": a surname the text has given a person is that person, the object of a relative clause
  const kind = bare && !(k === to && named?.knows(lastKey)) ? bodyKindBefore(ws, from, to) : -1;
  // "Harland Steel, the steelmaker,", "Islamic State", "Variety … . It said": a body by what is said of it.
  const saidOfBody = bare && kind < 0 && (opensWithAdjective(ws, from, to) || bodyKindAfter(ws, to) >= 0 || (itSpeaksNext(ws, from, to) && !named?.knowsInFull(lastKey)));
  const kindRole = kind >= 0 ? text.slice(ws[kind].start, ws[ws[from - 1].punct ? from - 2 : from - 1].end) : null;
  // "Charity Open Doors said": a kind of body in capitals opening the sentence before the name is its kind, not a title
  if (kindOpening(ws, from, k, to)) return { name: text.slice(ws[from + 1].start, end), role: ws[from].key, type: 'organization', gender: 'neuter', surelyPerson: false, givenOnly: false, from: from + 1 };
  if (isOrganization || outlet || kind >= 0 || saidOfBody) return { name: text.slice(ws[from].start, end), role: kindRole, type: 'organization', gender: 'neuter', surelyPerson: false, givenOnly: false, from };
  // "Labor Day", "Foreign Relations", "Presidential Debates": one word after words that only describe a title
  // names a thing, unless a title's "of" comes before them ("Secretary of State Whitlow").
  if (k === to && k > from && onlyDescribe(ws, from, k) && (classesOf(ws[k]) & (MALE_NAME | FEMALE_NAME)) === 0) return null;
  from = titleLineStart(text, ws, titleStart(ws, from, k), k);
  const role = roleEnd > from ? text.slice(ws[from].start, ws[roleEnd - 1].end) : post;
  const first = classesOf(ws[k]);
  // "Capitol Hill", "the Equal Rights Amendment", "Free Trade Agreement": a thing or a place, unless a given
  // name or a title opens it ("Sen. Hill"); alone it may be a surname ("Law said").
  // "Brent County", "Lincoln Avenue": a place ending makes a place even after a given name.
  if ((k < to || k > from) && ((own ? classesOfKey(lastKey) : classesOf(last)) & THING) !== 0 && ((first & (MALE_NAME | FEMALE_NAME)) === 0 || (k < to && PLACE_ENDINGS.has(lastKey))) && !(k > from && titles(ws, k - 1))) return null;
  const given = first & MALE_NAME ? 'male' : first & FEMALE_NAME ? 'female' : undefined;
  // A lone given name can be a surname ("Joyce told …" after "Russell Joyce"): it names a person but shows no gender.
  // "spokeswoman Qiao Ruolan": a title of one sex tells hers when her name cannot.
  const titled = roleEnd > from && (classesOf(ws[roleEnd - 1]) & ROLE) !== 0 ? nounGender(ws[roleEnd - 1].key) : 'unknown';
  const gender: Gender = honorific && honorific !== 'unknown' ? honorific : given && k < to ? given : titled;
  // "Haskins’ Medicare", "Emily's List": an owner alone before one word is no title, and shows no person.
  const ownerOnly = k === to && roleEnd > from && possessiveEnd(ws[roleEnd - 1].text) > 0;
  return { name, role, type: 'person', gender, surelyPerson: !!given || (!!role && !ownerOnly) || !!honorific, givenOnly: !!given && k === to && !role && !honorific, from };
}

/**
 * Kinds of body that open a sentence before a body's name as a description (`Charity Open Doors`, `Watchdog Fair
 * Water`), and open no name of their own: not "Union", "Bank" or "Party" ("Union Pacific", "Bank Leumi").
 */
const OPENING_KINDS: ReadonlySet<string> = new Set(['charity', 'watchdog', 'regulator', 'insurer', 'lender', 'airline', 'carmaker', 'broadcaster', 'retailer', 'supermarket', 'housebuilder', 'think-tank']);

/** Whether words [from, to] open their sentence with one of OPENING_KINDS and then a name of its own, no title between. */
function kindOpening(ws: readonly Word[], from: number, k: number, to: number): boolean {
  return k === from && from < to && (from === 0 || ws[from - 1].punct) && OPENING_KINDS.has(ws[from].key) && ws[from + 1].capital && !ws[from + 1].punct;
}
