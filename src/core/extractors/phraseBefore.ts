import { COUNTED_SPEAKERS, FRONTING_WORDS, SHARE_WORDS } from '../lexicon/clauseWords';
import { actsAsRole } from './actsAsRole';
import { appositive } from './appositive';
import { isPersonNoun } from './describedAsPerson';
import type { Phrase } from './phraseWords';
import { LINKS, betweenAdjectives, isJoiner, isNameWord, isPossessive, isPronoun } from './phraseWords';
import { bodyNamedByOwner } from './bodyOwner';
import { isFiniteVerb, isModifier } from './verbForms';
import { endsInEd, endsInS } from './keyEnds';
import { describesPeople } from './nameEdges';
import { firmAmpersand } from './firmAmpersand';
import { mutatedAt, particlesAt } from './nameParticle';
import { groupOfPeople } from './groupOfPeople';
import { peoplePlural } from './peoplePlural';
import { innerCapital } from './nameRuns';
import { postNominal } from './postNominal';
import { standing } from './roleBefore';
import type { Word } from './words';
import { DETERMINER, FEMALE_NAME, FINITE, HONORIFIC, MALE_NAME, ORGANIZATION, PLACE, ROLE, SPEAKING_NOUN, THING, classesOf } from './wordClasses';

const COMPLEMENTIZERS = new Set(['that', 'this', 'these', 'those']);
/** Words whose noun phrase is their object, never a verb's subject. */
const PREPOSITIONS = new Set(['in', 'on', 'into', 'onto', 'by', 'to', 'over', 'under', 'about', 'after', 'before', 'during', 'since', 'through', 'across', 'against', 'among', 'between', 'within', 'without', 'toward', 'towards', 'upon', 'like']);
/**
 * Words that put a place after a noun: "voters at the rally in Iowa", "a man from Ohio". Not "after" or
 * "before", which open clauses with subjects of their own ("after Marwick said").
 */
const PLACE_LINKS: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'inside', 'outside', 'across', 'throughout', 'around', 'within']);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);
/** Words that never head a noun phrase: "he all but accused" has no speaker "all but". */
const NOT_HEADS = new Set(['but', 'or', 'nor', 'than', 'yet']);

/** How far back a description's determiner may stand: "the former governor of Ohio and current party nominee". */
const DESCRIPTION_WORDS = 10;

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['are', 'were', 'be', 'been', 'being', 'get', 'got']);
/** "police", "hospital": a lower-case noun for a body, which may say which people a plural after it means. */
const bodyNoun = (w: Word) => !w.punct && (classesOf(w) & ORGANIZATION) !== 0;
/** Whether word j is a lower-case title word after a lower-case body's noun: "leader" in "council leader". */
const bodyBeforeTitle = (ws: readonly Word[], j: number): boolean => !ws[j].capital && !ws[j].punct && (classesOf(ws[j]) & ROLE) !== 0 && !ws[j - 1].capital && bodyNoun(ws[j - 1]);
/** "engineers", "nurses": a lower-case plural, not "its". */
const barePlural = (w: Word) => !w.capital && !w.punct && w.key.length > 3 && endsInS(w.key) && !isPronoun(w);

/**
 * A common noun phrase ending at word i, back to its determiner or to the
 * name that owns it: `the ministry`, `Okafor’s office`. A pronoun or verb on
 * the way means i is no noun's head: `that she believes we must` is none.
 */
/** A lower-case noun for people who speak: "officials", "nurses", "a spokesman". */
/** Where the phrase for the people at `noun` starts: its determiner, past up to three words between ("a Democratic staffer"), else the noun. */
function peopleStart(ws: readonly Word[], noun: number, floor: number): number {
  for (let k = noun - 1; k >= Math.max(floor, noun - 4); k--) {
    const w = ws[k];
    if ((classesOf(w) & DETERMINER) !== 0) return k;
    if (w.punct || isPronoun(w) || isFiniteVerb(w) || PREPOSITIONS.has(w.key) || LINKS.has(w.key)) break;
  }
  return noun;
}

const speaksAsPeople = (w: Word): boolean => describesPeople(w) || (!w.punct && !w.capital && isPersonNoun(w.key)) || peoplePlural(w);

function description(ws: readonly Word[], i: number, floor: number): Phrase | null {
  if (isModifier(ws[i])) return null;
  for (let k = i - 1; k >= Math.max(floor, i - DESCRIPTION_WORDS); k--) {
    const w = ws[k];
    // "the rules committee": an -s word right before the head is a noun modifier, unless the lexicon knows it as a verb.
    const modifiesHead = k === i - 1 && (classesOf(w) & FINITE) === 0 && ((classesOf(ws[i]) & (ROLE | ORGANIZATION | SPEAKING_NOUN)) !== 0 || (!ws[i].capital && isPersonNoun(ws[i].key)));
    // "the 9/11 commission": a compound's inner mark reads on.
    if (w.punct && isJoiner(ws, k)) continue;
    // "the bespectacled, 71-year-old diplomat": a comma between two adjectives after the determiner.
    if (w.text === ',' && betweenAdjectives(ws, k, floor)) return { from: k - 2, to: i, kind: 'description' };
    if (w.punct || isPronoun(w) || (isFiniteVerb(w) && !modifiesHead) || isModifier(w)) break;
    // "abandoned its plan after engineers said": a bare plural after a word that opens a clause is that clause's subject.
    // "When terrorists are revealed as …" is passive: they are not who speaks.
    if (k === i - 1 && FRONTING_WORDS.has(w.key) && barePlural(ws[i]) && !PASSIVE_AUXILIARIES.has(ws[i + 1]?.key ?? '')) return { from: i, to: i, kind: 'description' };
    if (isPossessive(w)) {
      let j = k;
      while (j - 1 >= floor && isNameWord(ws[j - 1])) j--;
      return { from: j, to: i, kind: 'description' };
    }
    // "officials at the health ministry said": people at a body, the noun for them before the preposition, speak
    if ((classesOf(w) & DETERMINER) !== 0 && k - 2 >= floor && PLACE_LINKS.has(ws[k - 1].key) && speaksAsPeople(ws[k - 2])) {
      return { from: peopleStart(ws, k - 2, floor), to: i, kind: 'description' };
    }
    // "the head of the agency" reads on past "of"; "in the past described" has no subject "the past".
    if ((classesOf(w) & DETERMINER) !== 0 && !(k - 1 >= floor && (LINKS.has(ws[k - 1].key) || PREPOSITIONS.has(ws[k - 1].key)))) return { from: k, to: i, kind: 'description' };
  }
  return null;
}

/**
 * Whether words [j, i] are title words ending in one in lower case, then a full name: two capitalised words or
 * more, a given name, or a surname after a title word. `pollster Ann Lee`, `Democratic candidate Ana Hale`,
 * `chairman Kell` → true; `state Senate`, `Pentagon`, `Association of Flight Attendants` → false.
 */
function titledFullName(ws: readonly Word[], j: number, i: number): boolean {
  let s = i;
  while (s > j && ws[s - 1].capital) s--;
  if (s === j) return false;
  // "the Association of Flight Attendants" is a body's name: no "of" among the title words.
  for (let k = j; k < s; k++) if (LINKS.has(ws[k].key)) return false;
  // "the party chairman Kell": one surname after a title word is a name too, unless the lexicon knows it as a body or place.
  return i > s || (classesOf(ws[s]) & (MALE_NAME | FEMALE_NAME)) !== 0 || ((classesOf(ws[s - 1]) & ROLE) !== 0 && (classesOf(ws[s]) & (ORGANIZATION | PLACE | THING)) === 0);
}

/** Whether word k is an "of" after a lower-case noun: "the government of", not "Secretary of" nor "a majority of". */
const ofCommonNoun = (ws: readonly Word[], k: number, floor: number): boolean =>
  ws[k].key === 'of' && k - 1 >= floor && !ws[k - 1].capital && !ws[k - 1].punct && !SHARE_WORDS.has(ws[k - 1].key) && !startsWithDigit(ws[k - 1]);

/** "21", "49": a word that opens with a digit. */
const startsWithDigit = (w: Word) => !w.punct && w.text.charCodeAt(0) >= 0x30 && w.text.charCodeAt(0) <= 0x39;

/** "obtained", "written", "seen": a lower-case past participle, by its ending. */
const isPastParticiple = (w: Word) => !w.punct && !w.capital && w.key.length > 3 && (endsInEd(w.key) || w.key.endsWith('en'));

/** Whether word k is a "for" after a lower-case title or person noun: "a spokesman for", "lawyers for". */
export function forTitle(ws: readonly Word[], k: number, floor: number): boolean {
  if (k - 1 < floor || ws[k].key !== 'for') return false;
  const noun = ws[k - 1];
  return !noun.capital && !noun.punct && ((classesOf(noun) & (ROLE | SPEAKING_NOUN)) !== 0 || isPersonNoun(noun.key));
}

/** A person's full name ending at word k, opening with a given name or an honorific: "Jeffrey Osgood" before "of the … Center". */
function personEndingAt(ws: readonly Word[], k: number, floor: number): Phrase | null {
  let s = k;
  while (s - 1 >= floor && ws[s - 1].capital && !ws[s - 1].punct) s--;
  // "Dr. Ana Vell of the … Institute": an honorific shows a person as a given name does.
  const titled = (classesOf(ws[s]) & HONORIFIC) !== 0;
  if (s === k || ((classesOf(ws[s]) & (MALE_NAME | FEMALE_NAME)) === 0 && !titled)) return null;
  for (let t = s; t <= k; t++) if ((classesOf(ws[t]) & ORGANIZATION) !== 0) return null;
  return { from: s, to: k, kind: 'name' };
}

/**
 * The speaker phrase that ends at word `i`, read backwards: a pronoun, a
 * name with its titles, or a common noun phrase back to its determiner.
 * `… NATO Secretary General Jens Stoltenberg | said` → name, 4 words back.
 */
export function phraseBefore(ws: readonly Word[], i: number, floor: number): Phrase | null {
  const w = ws[i];
  if (!w || i < floor) return null;
  if (w.punct && w.text === ')') {
    // "Rep. Dana Kell (D-Ore.) said": the name before the parenthesis.
    let k = i - 1;
    while (k > floor && k > i - 8 && ws[k].text !== '(') k--;
    return ws[k]?.text === '(' ? phraseBefore(ws, k - 1, floor) : null;
  }
  // "21 percent said", "49% say": the share of those asked speaks as a group.
  if ((w.text === '%' || w.text === 'percent') && i - 1 >= floor && startsWithDigit(ws[i - 1])) return { from: i - 1, to: i, kind: 'description' };
  if (w.punct) return w.text === ',' ? appositive(ws, i, floor) : null;
  // "Tom Vane MP said": letters after a name, though a title's ("MP"), end the name's phrase.
  if (i - 1 >= floor && postNominal(ws, i - 1, i)) {
    const named = phraseBefore(ws, i - 1, floor);
    if (named?.kind === 'name') return { from: named.from, to: i, kind: 'name' };
  }
  if (isPronoun(w)) {
    // "the farmers who spoke to him at the market say": the object of a preposition is no subject.
    if (OBJECT_PRONOUNS.has(w.key) && i - 1 >= floor && (PREPOSITIONS.has(ws[i - 1].key) || LINKS.has(ws[i - 1].key))) return null;
    return { from: i, to: i, kind: 'pronoun' };
  }
  let j = i;
  // "Ana de Vell said": a particle inside a name is part of it.
  // "Labour veteran Dai Hopkins, …, said": a noun of standing and what it is in title the name.
  // "council leader Ann Pike": a body's noun in lower case before a lower-case title word is the title's.
  while (j - 1 >= floor && (isNameWord(ws[j - 1]) || particlesAt(ws, j - 1) > 0 || (j - 2 >= floor && firmAmpersand(ws, j - 1)) || (LINKS.has(ws[j - 1].key) && j - 2 >= floor && ws[j - 2].capital && ws[j].capital) || (j - 2 >= floor && standing(ws, j - 1)) || bodyBeforeTitle(ws, j))) j--;
  // "AT&T said": a firm's first word may look like no name.
  if (j - 1 >= floor && firmAmpersand(ws, j)) j--;
  // "the Courier’s Dana Kell": a capitalised name after a possessive is the speaker's own.
  let owner = j;
  // "Dr. Mara Stein of St. Brigid's Hospital": a possessive past one person's "of" is inside the body's name, which owns no one.
  // The text, not the key: a capitalised name's key would be lowered just to be compared.
  while (owner < i && !isPossessive(ws[owner]) && ws[owner].text !== 'of' && ws[owner].text !== 'and') owner++;
  if (ws[owner].text === 'of') owner = i;
  else while (owner < i && !isPossessive(ws[owner])) owner++;
  if (owner < i && ws[owner + 1].capital && ws[i].capital && !actsAsRole(ws, i) && !bodyNamedByOwner(ws, owner, i)) return { from: owner + 1, to: i, kind: 'name' };
  // "the head of the rules committee": lower-case title words alone name no one; the noun phrase does.
  // "the union Unite Now said": a word that opens sentences may end a name after its capitalised words.
  if ((isNameWord(w) || mutatedAt(ws, i) || (j < i && innerCapital(w))) && !actsAsRole(ws, i) && (w.capital || ws[j].capital)) {
    // "the memo obtained by The Courier said": the agent after a participle's "by" is no subject; the memo is.
    const by = j - 1 >= floor && (classesOf(ws[j - 1]) & DETERMINER) !== 0 ? j - 2 : j - 1;
    const agent = by - 2 >= floor && ws[by].text === 'by' && isPastParticiple(ws[by - 1]) ? phraseBefore(ws, by - 2, floor) : null;
    if (agent && agent.kind !== 'pronoun') return agent;
    // "the Pentagon" is a description; "that Okafor" opens a clause about a name.
    const det = j - 1 >= floor && (classesOf(ws[j - 1]) & DETERMINER) !== 0 && !COMPLEMENTIZERS.has(ws[j - 1].key);
    // "Jeffrey Osgood of the Martin Center wrote": the person, not the place of work.
    const worksAt = det && j - 3 >= floor && ws[j - 2].key === 'of' ? personEndingAt(ws, j - 3, floor) : null;
    if (worksAt) return worksAt;
    // "a spokeswoman for the Federation of Unions said": the body is the object of the title's "for"; the title speaks.
    const speaksFor = forTitle(ws, det ? j - 2 : j - 1, floor) ? description(ws, i, floor) : null;
    if (speaksFor) return speaksFor;
    // "the pollster Ann Lee said", "its director Marta Quill said": a title in lower case before a full name makes
    // the phrase that person's, as after the verb; "the Pentagon" and "the state Senate" stay descriptions.
    // "officials at the Harbour Department said": the people at the body speak, not the body
    if (det && j - 3 >= floor && PLACE_LINKS.has(ws[j - 2].key) && speaksAsPeople(ws[j - 3])) {
      return { from: peopleStart(ws, j - 3, floor), to: i, kind: 'description' };
    }
    if (det) return { from: j - 1, to: i, kind: titledFullName(ws, j, i) ? 'name' : 'description' };
    // "nurses at the clinic in Tarbury said": a name after a preposition is its object; the
    // noun phrase that holds it is the speaker.
    // "the government of Varenia said": a name after a common noun's "of" is that noun's object too.
    // A person's full name stays the speaker: "the killing of Dr. Ana Vell, …, say".
    const object = j - 1 >= floor && (PLACE_LINKS.has(ws[j - 1].key) || (ofCommonNoun(ws, j - 1, floor) && !personEndingAt(ws, i, j))) ? description(ws, i, floor) : null;
    return object ?? { from: j, to: i, kind: 'name' };
  }
  // "the two write", "another said": a counting word stands for the people counted.
  if (COUNTED_SPEAKERS.has(w.key)) return { from: i - 1 >= floor && ws[i - 1].key === 'the' ? i - 1 : i, to: i, kind: 'description' };
  if ((classesOf(w) & DETERMINER) !== 0 || LINKS.has(w.key) || NOT_HEADS.has(w.key)) return null;
  const phrase = description(ws, i, floor);
  if (phrase) return phrase;
  // "… and former minister of trade said": the noun after a title's "of" is part of the title, no speaker.
  if (i - 2 >= floor && ws[i - 1].key === 'of' && (classesOf(ws[i - 2]) & ROLE) !== 0) return null;
  // "police officials said" in lower case: a body's noun before them says which people, as a capital does.
  if ((classesOf(w) & SPEAKING_NOUN) !== 0 || (classesOf(w) & ROLE) !== 0) return { from: i - 1 >= floor && (isNameWord(ws[i - 1]) || bodyNoun(ws[i - 1])) ? i - 1 : i, to: i, kind: 'description' };
  return peoplePlural(w) ? groupOfPeople(ws, i, floor) : null;
}
