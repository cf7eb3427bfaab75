import { COUNTED_SPEAKERS } from '../lexicon/clauseWords';
import type { Quote, Sentence } from '../model';
import type { Attribution } from './attributions';
import { asideAfter, beforeWho, describedAsPerson, titlesName } from './describedAsPerson';
import type { Draft } from './entityBook';
import { EntityBook } from './entityBook';
import { personName } from './personName';
import { possessiveEnd } from './phraseWords';
import type { Resolved } from './resolveSubject';
import { resolveSubject } from './resolveSubject';
import { timeline } from './timeline';
import type { Word } from './words';
import { PLACE, classesOf } from './wordClasses';

export interface Linked {
  readonly a: Attribution;
  readonly r: Resolved;
}

/** Words before a place's name: "in Charlotte", "to Virginia". */
const BEFORE_PLACE: ReadonlySet<string> = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'across', 'outside', 'inside', 'into', 'around']);
/** Whether word k stands where a place's name does: after BEFORE_PLACE or after a town and its comma. */
const placeLike = (ws: readonly Word[], k: number) => BEFORE_PLACE.has(ws[k - 1]?.key ?? '') || (ws[k - 1]?.text === ',' && !!ws[k - 2]?.capital);

/** "a retired general" rather than a name. */
const isLowerCase = (name: string) => name.charCodeAt(0) >= 0x61 && name.charCodeAt(0) <= 0x7a;

/**
 * Drops unnamed people ("one user", "Another", "Sanders's campaign manager") from the subjects at a paragraph's
 * end: a later "he" means someone the story names, not the passer-by it quoted once. "the company" stays for a later "it".
 */
function forgetUnnamed(subjects: Draft[]): void {
  for (let k = subjects.length - 1; k >= 0; k--) {
    const d = subjects[k];
    if (COUNTED_SPEAKERS.has(d.key) || d.unnamed || (isLowerCase(d.name) && d.type !== 'organization' && d.type !== 'group')) subjects.splice(k, 1);
  }
}

/** Whether the name in words [from, to] comes with what its bearer does: "Henry Crespo, president of …", "professor Tom Hale". */
const introduces = (ws: readonly Word[], from: number, to: number) => describedAsPerson(ws, to) || titlesName(ws, from - 1);

/** "As for Trump, he said …": the name set before the clause is what it is about. */
const topicFront = (ws: readonly Word[], from: number, to: number) => ws[from - 1]?.key === 'for' && ws[from - 2]?.key === 'as' && ws[to + 1]?.text === ',';

/** A subject becomes the most recent one: later pronouns look here first. */
function note(subjects: Draft[], d: Draft): void {
  // Most often it is the most recent already.
  if (subjects[subjects.length - 1] === d) return;
  const at = subjects.indexOf(d);
  if (at >= 0) subjects.splice(at, 1);
  subjects.push(d);
}

/**
 * Reads the text once in order, filling the entity book and linking each
 * attribution's speaker phrase to an entity with what came before it.
 * `Jens Stoltenberg spoke. "…," he said.` → the quote's "he" links to Jens Stoltenberg.
 */
export function readSpeakers(text: string, ws: readonly Word[], attributions: readonly Attribution[], sentences: readonly Sentence[], quotes: readonly Quote[]) {
  const book = new EntityBook();
  // By quote index: a list, as most quotes get a speaker, filled in quote order.
  const byQuote: (Linked | undefined)[] = [];
  const indirect: Linked[] = [];
  // One phrase can name the speaker of two quotes ("…," she said, adding that "…"): events come in text
  // order, so its attributions come one after another.
  let lastFrom = -1;
  let lastResolved: Resolved | null = null;
  const subjects: Draft[] = [];
  const events = timeline(ws, attributions, sentences, quotes);
  // The sentence of the latest pronoun or attribution, followed forwards as events come in text order.
  let si = 0;
  // The sentence of any event, the last one in which a person became the subject, and someone the
  // sentence introduced with a description without being about them (see `introduces`).
  let sx = 0;
  let personSentence = -1;
  let newcomer: Draft | null = null;
  // "Kell's stare seemed sad": the owner becomes a subject, but the sentence is not about a person as such.
  const noteHere = (d: Draft, owner = false) => {
    note(subjects, d);
    if (d.type === 'person' && !owner) personSentence = sx;
  };
  for (let n = 0; n < events.length; n++) {
    const e = events[n];
    const before = sx;
    while (sx + 1 < sentences.length && sentences[sx + 1].start <= e.at) sx++;
    // "…, which concerns Henry Crespo, president of the caucus. "…," he said.": the person a sentence
    // with no person for its subject introduces is the one a pronoun after it means.
    if (newcomer && sx !== before) {
      if (personSentence !== before) note(subjects, newcomer);
      newcomer = null;
    }
    if (e.from < 0 && si < sentences.length) {
      const paragraph = sentences[si].paragraphId;
      while (si + 1 < sentences.length && sentences[si + 1].start <= e.at) si++;
      if (sentences[si].paragraphId !== paragraph) forgetUnnamed(subjects);
    }
    if (e.from >= 0) {
      const parts = personName(text, ws, e.from, e.to);
      if (!parts) continue;
      const person = parts.type === 'person';
      // Known already, or a two-word name that opens its sentence before a verb, most often a person: "Dana Kell praised …".
      // A full name before ", who" or after a trade noun too ("professor Brigid Harrison"); a bare surname
      // there may be anyone's: "Reagan, who …".
      const full = person && parts.name.includes(' ');
      // An organisation that opens its sentence is what a later "it" or "they" most likely means:
      // `The Finance Ministry cut its forecast. "…," it said.` A place is not: "Iowa votes first".
      const organization = parts.type === 'organization' && e.opens && (classesOf(ws[e.to]) & PLACE) === 0;
      // A given name alone is most often someone's ("Hillary said"), but one after "in" or a town, and named
      // before by no one, is a place: "in Charlotte", "Roanoke, Virginia".
      // The name in lower case, lowered once for the book's lookups below.
      let key: string | null = null;
      const given = parts.givenOnly ? !!book.byGivenName((key ??= parts.name.toLowerCase())) || !placeLike(ws, e.from) : parts.surelyPerson;
      const likely =
        organization ||
        given ||
        (full && (e.opens || beforeWho(ws, e.to) || titlesName(ws, e.from - 1))) ||
        // "Brandt, who was elected in 2014, doesn't …": a bare name that opens its sentence before ", who" is someone;
        // "an actor in Dallas, who runs a theater" is not.
        (person && e.opens && beforeWho(ws, e.to) && (classesOf(ws[e.to]) & PLACE) === 0 && !placeLike(ws, e.from)) ||
        !!book.latestPerson(parts.name, (key ??= parts.name.toLowerCase())) ||
        (person && describedAsPerson(ws, e.to));
      if (!likely) continue;
      const span = { start: ws[e.from].start, end: ws[e.to].end, text: text.slice(ws[e.from].start, ws[e.to].end) };
      const d = book.byName(parts.name, parts.type, parts.gender, parts.role, span, key ?? parts.name.toLowerCase(), e.quoted);
      // "Jeb Bush, the former Florida governor, …": a later "the former governor" is him.
      const aside = person ? asideAfter(ws, e.to) : null;
      if (aside) book.describe(d, text.slice(ws[aside[0]].start, ws[aside[1]].end));
      // "Willie Minor, an actor in Dallas, who …": a name after a preposition is not what the sentence is about.
      if (((e.opens && !e.governed) || topicFront(ws, e.from, e.to)) && (d.type === 'person' || d.type === 'organization')) noteHere(d, possessiveEnd(ws[e.to].text) > 0);
      // "To professor Brigid Harrison, …" opens with its preposition; "his rally in San Jose, California" names a place.
      else if ((full || parts.role) && !e.quoted && (!e.governed || ws[e.from - 1].start === sentences[sx].start) && d.mentions.length === 1 && introduces(ws, e.from, e.to)) newcomer = d;
      continue;
    }
    if (e.pronoun) {
      const r = resolveSubject(text, ws, e.pronoun, book, subjects);
      if (r?.entity) noteHere(r.entity);
      continue;
    }
    const a = e.attribution!;
    const r: Resolved | null = (a.subject.from === lastFrom ? lastResolved : null) ?? resolveSubject(text, ws, a.subject, book, subjects);
    if (!r) continue;
    lastFrom = a.subject.from;
    lastResolved = r;
    // "the support of a retired general who suggested …": someone the sentence only describes, in a
    // relative clause, is not what it is about.
    if (r.entity && !(ws[a.subject.from].key === 'who' && isLowerCase(r.entity.name))) noteHere(r.entity);
    if (a.quote >= 0) byQuote[a.quote] = { a, r };
    else indirect.push({ a, r });
  }
  return { book, byQuote, indirect };
}
