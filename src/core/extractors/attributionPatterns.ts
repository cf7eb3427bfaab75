import { ACCORDING_TO, REPORTING_NOUNS } from '../lexicon/reportingVerbs';
import { DOCUMENT_NOUNS, SOURCE_NOUNS } from '../lexicon/roles';
import { isPersonNoun } from './describedAsPerson';
import { phraseAfter } from './phraseAfter';
import { phraseBefore } from './phraseBefore';
import type { Phrase } from './phraseWords';
import { isPossessive } from './phraseWords';
import { timePhraseStart } from './timePhrase';
import { TIME_NOUNS } from '../lexicon/timeWords';
import { MONTHS } from '../lexicon/temporal';
import { isModifier } from './verbForms';
import { heardOnly } from './heardOnly';
import { ACCORDING, AUXILIARY, CLAUSE_LINK, DETERMINER, INVERTIBLE, NOT_NAME_WORD, ORGANIZATION, PREPOSITION, ROLE, SPEAKING_NOUN, SUBORDINATOR, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';
import { endsInEd, endsInIng } from './keyEnds';
import { FRONTING_WORDS, PLACE_PREPOSITIONS } from '../lexicon/clauseWords';

// The shared parts of the cue patterns in cueAfter.ts and cueBefore.ts.

/** A cue and the phrase that names its speaker, as word indexes. */
export interface Cue {
  readonly cueFrom: number;
  readonly cueTo: number;
  readonly subject: Phrase;
  /** The verb tells of no words (`she paused.` before a quote): its subject speaks next, but it is no cue. */
  readonly silent?: boolean;
}

/** Time words that stand between a subject and its verb with no preposition: "The ministry yesterday said". */
const ALONE_TIME: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight']);

/**
 * Whether a word is a day, a month or a stretch of time: "Friday", "March", "week". A capital is asked of the
 * lexicon first, as a name's key is lowered only when asked, and every day and month is in it.
 */
function endsInTime(w: Word): boolean {
  if (w.punct) return false;
  if (w.capital) return (classesOf(w) & NOT_NAME_WORD) !== 0 && (TIME_NOUNS.has(w.key) || Object.hasOwn(MONTHS, w.key));
  return TIME_NOUNS.has(w.key);
}

/** Punctuation between a quote and its cue: `"…," – he said`. */
export const LEAD: ReadonlySet<string> = new Set([',', '–', '—', '―', '-', ':', ';', '(']);
export const isParticiple = (w: Word) => endsInIng(w.key);

/** Whether words i and i + 1 read "according to", which cues its source like a reporting verb. */
export const isAccordingTo = (ws: readonly Word[], i: number) => (classesOf(ws[i]) & ACCORDING) !== 0 && ws[i + 1]?.key === ACCORDING_TO[1];

/** The subject of the verb at v: before it past modifiers (`he has also said`), else after it (`said he`). */
export function subjectOf(ws: readonly Word[], v: number, floor: number, ceiling: number): Phrase | null {
  // "the decision to read": an infinitive has no subject of its own.
  if (v - 1 >= floor && ws[v - 1].text === 'to') return null;
  let k = v - 1;
  while (k >= floor && isModifier(ws[k])) k--;
  // "his staff were told, …": the subject of a passive verb of telling heard the words, and spoke none.
  if (heardOnly(ws, v)) return null;
  // "Okafor took the stage … and called it …": the clause's opening name is the subject.
  if (k >= floor && ws[k].key === 'and') {
    const opening = phraseAfter(ws, floor, k);
    return opening && opening.kind !== 'description' ? opening : null;
  }
  // "lawyer Dana Kell, who represented the union, called …": the subject stands before the relative clause.
  // "…, who miss the past, said Ana Ruiz" inverts: the name after the verb speaks.
  const inverted = (classesOf(ws[v]) & INVERTIBLE) !== 0 && phraseAfter(ws, v + 1, ceiling)?.kind === 'name';
  const opener = k > floor && ws[k].text === ',' && !inverted ? relativeAsideStart(ws, k, floor) : -1;
  const host = opener > floor ? phraseBefore(ws, opener - 1, floor) : null;
  if (host && host.kind !== 'pronoun' && opensSubject(ws, host.from, floor)) return host;
  // "Okafor at the time said": the subject before a phrase of time.
  const aside = timePhraseStart(ws, k, floor);
  // "The Ministry of Health on Friday announced": a phrase that ends in a day or a stretch of time is
  // no part of the subject, a description's either.
  const timed = k >= floor && endsInTime(ws[k]) ? (aside <= k ? aside : ALONE_TIME.has(ws[k].key) ? k : -1) : -1;
  const whole = phraseBefore(ws, k, floor);
  const before = whole && timed > floor && whole.from < timed ? (phraseBefore(ws, timed - 1, floor) ?? whole) : whole ?? (aside <= k ? nameBefore(ws, aside - 1, floor) : null);
  // "Okafor's remarks": after a possessive the "verb" is a noun; so is one in -s before an auxiliary,
  // "his harsh remarks were", though "what he says is" keeps its pronoun's verb.
  if (before && (isPossessive(ws[before.to]) || (before.kind === 'description' && pluralBeforeAuxiliary(ws, v)) || describesThing(ws, before, v))) return null;
  if (before || (classesOf(ws[v]) & INVERTIBLE) === 0) return before;
  // After a comma only a name follows an inverted verb: "…, said Dana Kell", not "…, said the days when …".
  const after = phraseAfter(ws, v + 1, ceiling);
  // A verb inverts after a quote, a comma or at its clause's start: "minister of fisheries said the fleet" does not;
  // "nominee later said he was" names its subject again.
  if (after && after.kind !== 'pronoun' && k >= floor && !ws[k].punct) return null;
  return after && k >= floor && ws[k].text === ',' && after.kind === 'description' ? null : after;
}

/**
 * Whether the verb at v is a past participle that describes the thing before it, not its act: in "to build
 * two ferry routes promised in its plan" the routes are a verb's object and speak no quote; "the mayor
 * promised in a speech", "as the weekly noted in a column" and "the crowd chanted." keep their subjects.
 */
function describesThing(ws: readonly Word[], thing: Phrase, v: number): boolean {
  if (thing.kind !== 'description' || !endsInEd(ws[v].key)) return false;
  const next = ws[v + 1];
  if (!next || next.punct || ((classesOf(next) & PREPOSITION) === 0 && !PLACE_PREPOSITIONS.has(next.key))) return false;
  // The phrase follows a verb, as its object: no mark, link, subordinator, preposition or determiner stands before it.
  const prev = ws[thing.from - 1];
  if (!prev || prev.punct || prev.capital || (classesOf(prev) & (CLAUSE_LINK | SUBORDINATOR | PREPOSITION | DETERMINER)) !== 0 || FRONTING_WORDS.has(prev.key) || prev.key === 'that') return false;
  const head = ws[thing.to].key;
  // "the region's boat builders added to the worry": people by trade act, in the plural too.
  return !canSpeak(ws, thing) && !isPersonNoun(head) && !(head.endsWith('s') && isPersonNoun(head.slice(0, -1)));
}

/** Relative words that open an aside set off by commas: "Kell, who represented the union, called". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * The comma that opens a relative clause closed by the comma at word k: ", who represented the union,"; else -1.
 * Inner commas may stand in it ("who served in Iran, Turkey and France,"), but no quote mark or sentence end.
 */
function relativeAsideStart(ws: readonly Word[], k: number, floor: number): number {
  for (let c = k - 2; c > Math.max(floor, k - 25); c--) {
    const w = ws[c];
    if (!w.punct) continue;
    if (w.text !== ',') return -1;
    if (RELATIVE_OPENERS.has(ws[c + 1].key)) return c;
  }
  return -1;
}

/**
 * Whether a phrase at word i stands where a subject may: not after a preposition ("a fellow at the Centre for
 * Port Studies, which …") nor inside a chain of asides ("Tom Vale, 41, of Hove, E. Sussex, who …").
 */
function opensSubject(ws: readonly Word[], i: number, floor: number): boolean {
  const prev = ws[i - 1];
  if (i <= floor || !prev) return true;
  if (prev.punct) return prev.text !== ',' || !ws[i - 2]?.capital;
  return (classesOf(prev) & PREPOSITION) === 0 && !PLACE_PREPOSITIONS.has(prev.key);
}

/** Whether word v is a reporting word that is also a plural noun and an auxiliary follows it: "remarks were", "claims have". */
function pluralBeforeAuxiliary(ws: readonly Word[], v: number): boolean {
  const next = ws[v + 1];
  return REPORTING_NOUNS.has(ws[v].key) && !!next && !next.punct && (classesOf(next) & AUXILIARY) !== 0;
}

/**
 * Whether a phrase after "according to" (`trade`), or one before a verb, can speak:
 * "the report", "his physician" (after "according to" only); not "its analysis", "a later interview".
 */
export function canSpeak(ws: readonly Word[], p: Phrase, trade = false): boolean {
  if (p.kind !== 'description') return true;
  // "people familiar with the plans": the noun that opens it speaks, whatever ends it.
  if ((classesOf(ws[p.from]) & SPEAKING_NOUN) !== 0) return true;
  const head = ws[p.to].key;
  // "the Daily Courier": a capitalised head names an outlet. The lexicon classes stand for their word lists.
  if (ws[p.to].capital || (classesOf(ws[p.to]) & (ORGANIZATION | SPEAKING_NOUN | ROLE)) !== 0 || SOURCE_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) return true;
  // "according to his physician": after "according to" a noun for someone by trade speaks too.
  if (trade && isPersonNoun(head)) return true;
  return head.endsWith('s') && (classesOfKey(head.slice(0, -1)) & ROLE) !== 0;
}

/** A name or pronoun ending at word k: "Okafor | at the time said". */
function nameBefore(ws: readonly Word[], k: number, floor: number): Phrase | null {
  const p = phraseBefore(ws, k, floor);
  return p && p.kind !== 'description' ? p : null;
}
