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
import { ACCORDING, AUXILIARY, INVERTIBLE, NOT_NAME_WORD, ORGANIZATION, ROLE, SPEAKING_NOUN, classesOf, classesOfKey } from './wordClasses';
import type { Word } from './words';
import { endsInIng } from './keyEnds';

// The shared parts of the cue patterns in cueAfter.ts and cueBefore.ts.

/** A cue and the phrase that names its speaker, as word indexes. */
export interface Cue {
  readonly cueFrom: number;
  readonly cueTo: number;
  readonly subject: Phrase;
}

/** Verbs whose passive names the one spoken to: "were told", "was asked". */
const HEARING_VERBS: ReadonlySet<string> = new Set(['told', 'asked', 'urged', 'warned', 'reminded', 'instructed', 'advised', 'informed', 'assured']);
/** Forms of "be" that make a past participle passive. */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);

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
  if (k + 1 < v && HEARING_VERBS.has(ws[v].key) && PASSIVE_AUXILIARIES.has(ws[v - 1].key)) return null;
  // "Okafor took the stage … and called it …": the clause's opening name is the subject.
  if (k >= floor && ws[k].key === 'and') {
    const opening = phraseAfter(ws, floor, k);
    return opening && opening.kind !== 'description' ? opening : null;
  }
  // "Okafor at the time said": the subject before a phrase of time.
  const aside = timePhraseStart(ws, k, floor);
  // "The Ministry of Health on Friday announced": a phrase that ends in a day or a stretch of time is
  // no part of the subject, a description's either.
  const timed = k >= floor && endsInTime(ws[k]) ? (aside <= k ? aside : ALONE_TIME.has(ws[k].key) ? k : -1) : -1;
  const whole = phraseBefore(ws, k, floor);
  const before = whole && timed > floor && whole.from < timed ? (phraseBefore(ws, timed - 1, floor) ?? whole) : whole ?? (aside <= k ? nameBefore(ws, aside - 1, floor) : null);
  // "Okafor's remarks": after a possessive the "verb" is a noun; so is one in -s before an auxiliary,
  // "his harsh remarks were", though "what he says is" keeps its pronoun's verb.
  if (before && (isPossessive(ws[before.to]) || (before.kind === 'description' && pluralBeforeAuxiliary(ws, v)))) return null;
  if (before || (classesOf(ws[v]) & INVERTIBLE) === 0) return before;
  // After a comma only a name follows an inverted verb: "…, said Dana Kell", not "…, said the days when …".
  const after = phraseAfter(ws, v + 1, ceiling);
  // A verb inverts after a quote, a comma or at its clause's start: "minister of fisheries said the fleet" does not;
  // "nominee later said he was" names its subject again.
  if (after && after.kind !== 'pronoun' && k >= floor && !ws[k].punct) return null;
  return after && k >= floor && ws[k].text === ',' && after.kind === 'description' ? null : after;
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
