import type { Quote, Sentence, Span } from '../model';
import type { Attribution } from './attributions';
import { asideAfter } from './describedAsPerson';
import { asideRole, closingAside } from './asideRole';
import { bodyKindAfter } from './bodyApposition';
import type { Draft } from './entityBook';
import { EntityBook } from './entityBook';
import { pairedSpeaker } from './pairedSpeakers';
import { pronounSpan } from './pronounSpan';
import { showTitleBefore } from './roleBefore';
import { spokenFor } from './spokenFor';
import { learnGender } from './reportedGender';
import { asideGender, kinGender } from './kinGender';
import { introduces, likelyName, noteOutlet, topicFront } from './nameEvidence';
import { heldOffice } from './heldOffice';
import { heardOnly } from './heardOnly';
import { personName } from './personName';
import { possessiveEnd } from './phraseWords';
import { agrees } from './pronouns';
import { reportedSubject } from './reportedSubject';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import type { Resolved } from './resolveSubject';
import { knownHolder, resolveSubject } from './resolveSubject';
import { SubjectList, isLowerCase } from './subjectList';
import { inFrontedClause } from './sentenceSubject';
import { timeline } from './timeline';
import { joinedHas } from './joinedHas';
import { UnkeptNames } from './unkeptNames';
import { WrittenNames } from './writtenAsName';
import { workplace } from './workplace';
import type { Word } from './words';
import { HONORIFIC, classesOf } from './wordClasses';

export interface Linked {
  readonly a: Attribution;
  readonly r: Resolved;
}

/** Keeps the full name remembered for the surname at ws[at], when no person of that name is kept yet. */
function keepShown(text: string, ws: readonly Word[], at: number, book: EntityBook, unheard: UnkeptNames): void {
  if (!unheard.holds(ws[at].text) || book.latestPerson(ws[at].text)) return;
  const parts = personName(text, ws, at, at, book);
  const full = parts && parts.type === 'person' && !parts.role ? unheard.note(parts, ws[at].start, ws[at].end) : null;
  if (full) book.byName(full.parts.name, 'person', full.parts.gender, full.parts.role, { start: full.start, end: full.end, text: text.slice(full.start, full.end) });
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
  const subjects = new SubjectList();
  const unheard = new UnkeptNames();
  // Whether a word that opens sentences is written as a name elsewhere, read once per word.
  const written = new WrittenNames();
  const events = timeline(ws, attributions, sentences, quotes);
  // The sentence of the latest pronoun or attribution, followed forwards as events come in text order,
  // and the sentence of any event.
  let si = 0;
  let sx = 0;
  for (let n = 0; n < events.length; n++) {
    const e = events[n];
    while (sx + 1 < sentences.length && sentences[sx + 1].start <= e.at) sx++;
    subjects.reach(sx);
    if (e.from < 0 && si < sentences.length) {
      const paragraph = sentences[si].paragraphId;
      while (si + 1 < sentences.length && sentences[si + 1].start <= e.at) si++;
      if (sentences[si].paragraphId !== paragraph) subjects.forgetUnnamed();
    }
    if (e.from >= 0) {
      const parts = personName(text, ws, e.from, e.to, book);
      if (parts) noteOutlet(ws, e, parts, book);
      let key = parts ? likelyName(text, ws, e, parts, book, written) : null;
      if (!parts) continue;
      // "stars Dana Quill and Kell shared …" keeps no one; "Quill declared …" later is she, kept or not.
      const unkept = key === null || (e.opens && unheard.holds(parts.name) && !book.latestPerson(parts.name, key));
      const full = unkept && parts.type === 'person' && !e.quoted ? unheard.note(parts, ws[parts.from].start, ws[e.to].end) : null;
      if (full && e.opens) {
        book.byName(full.parts.name, 'person', full.parts.gender, full.parts.role, { start: full.start, end: full.end, text: text.slice(full.start, full.end) });
        key = parts.name.toLowerCase();
      } else if (key === null) continue;
      const span = { start: ws[parts.from].start, end: ws[e.to].end, text: text.slice(ws[parts.from].start, ws[e.to].end) };
      // "Her husband, Kit Rayne, …": a kinship noun tells the gender a given name cannot.
      const gender = parts.gender === 'unknown' && parts.type === 'person' ? kinGender(ws, parts.from) : parts.gender;
      const d = book.byName(parts.name, parts.type, gender, parts.role, span, key, e.quoted);
      d.passing = (d.mentions.length === 1 || d.passing === true) && !e.opens;
      // "Political scientist Ingrid Heuvel", "The finance minister, Pieter Berg,": a title in lower case
      // before the name is listed among the roles, as "Minister Pieter Berg" is.
      if (parts.type === 'person' && !parts.role) showTitleBefore(text, ws, book, d, parts.from, e.to);
      if (parts.type === 'organization') showBodyKind(text, ws, book, d, e.to);
      // "Aiko Tanabe became Merovia's first Climate Commissioner": the office the sentence gives its subject.
      const office = parts.type === 'person' && e.opens ? heldOffice(text, ws, e.to) : null;
      if (office) book.showRole(d, office);
      // "Myron Corliss, the former Florida governor, …": a later "the former governor" is him.
      const aside = parts.type === 'person' ? asideAfter(ws, e.to) : null;
      if (aside) {
        book.describe(d, text.slice(ws[aside[0]].start, ws[aside[1]].end));
        // "Jonas Wilde, the minister," shows "minister" among the roles, as "Minister Jonas Wilde" does
        const role = asideRole(text, ws, aside);
        if (role) book.showRole(d, role);
      }
      // "Terry Vance, a widow from Hove, …": the aside tells the sex a given name worn by both cannot.
      if (d.gender === 'unknown' && d.type === 'person') d.gender = asideGender(ws, e.to);
      // "Willie Oakes, an actor in Dallas, who …": a name after a preposition is not what the sentence is about;
      // one in a clause before the main one ("While Kell spoke, …") leaves the sentence's own subject open.
      if (((e.opens && !e.governed) || topicFront(ws, e)) && (d.type === 'person' || d.type === 'organization')) subjects.note(d, sx, (possessiveEnd(ws[e.to].text) > 0 && !joinedHas(ws, e.to)) || inFrontedClause(ws, e.from));
      else if (firstInFull(d.mentions) && introduces(ws, e, parts, sentences[sx])) subjects.introduce(d, sx, ws[e.from].start);
      continue;
    }
    if (e.role?.stranger) {
      // "A young woman … shook her head. '…,' she said": someone unnamed, not the last woman named.
      const r = resolveSubject(text, ws, { from: e.role.from, to: e.role.to, kind: 'description' }, book, subjects.list);
      if (r?.entity) subjects.note(r.entity, sx);
      continue;
    }
    if (e.role) {
      // "The former governor is a triathlete. He …": someone already named whom the role fits.
      const d = knownHolder(text, ws, e.role, book, subjects.list);
      if (d) subjects.note(d, sx, e.role.owner);
      continue;
    }
    if (e.pronoun) {
      reachAcrossClause(ws, subjects, sx, e.pronoun.from);
      const r = resolveSubject(text, ws, e.pronoun, book, subjects.list);
      if (r?.entity) subjects.note(r.entity, sx);
      continue;
    }
    const a = e.attribution!;
    if (a.subject.kind === 'pronoun') {
      reachAcrossClause(ws, subjects, sx, a.subject.from);
      // `Kell said Hale was "right" when he said …`: the pronoun speaks of the one reported on.
      const reported = reportedSubject(ws, a.subject.from, sentences[sx].start);
      const parts = reported && personName(text, ws, reported[0], reported[1], book);
      const d = parts && book.latestPerson(parts.name);
      if (d && agrees(d, SUBJECT_PRONOUNS.get(ws[a.subject.from].key) ?? 'unknown')) subjects.note(d, sx);
    }
    // "Kell met Dana Quill. Quill said …": the surname speaking is the full name shown in passing.
    // "Pat Kell's speech …, when Mr. Kell, who …, called": an honorific before the surname changes nothing.
    if (a.subject.kind === 'name' && a.subject.from !== lastFrom && bareSurname(ws, a.subject.from, a.subject.to)) keepShown(text, ws, a.subject.to, book, unheard);
    const r: Resolved | null =
      (a.subject.from === lastFrom ? lastResolved : null) ?? labelled(text, ws, a, book, subjects.list) ?? pairedSpeaker(text, ws, a.subject, book, subjects.list) ?? resolveSubject(text, ws, a.subject, book, subjects.list);
    if (!r) continue;
    if (r.entity) r.entity.passing = false;
    // "Jonas Wilde, the minister, said": the aside's role is listed as for a name met in the prose
    if (r.entity && a.subject.kind === 'name' && r.entity.type === 'person' && a.subject.from !== lastFrom) {
      const aside = asideAfter(ws, a.subject.to) ?? closingAside(ws, a.subject.to);
      const role = aside && asideRole(text, ws, aside);
      if (role) book.showRole(r.entity, role);
      showTitleBefore(text, ws, book, r.entity, a.subject.from, a.subject.to);
      // "Dr. Mara Stein of St. Brigid's Hospital said": the body she speaks from is hers to show, and an entity itself.
      // "Harbour Union Director of Public Affairs Tom Kell": an "of" in the title before the name is no workplace.
      const body = workplace(text, ws, a.subject.from, a.subject.to);
      if (body && !body.text.toLowerCase().includes(r.entity.key)) {
        book.showRole(r.entity, body.text);
        book.byName(body.text, 'organization', 'neuter', null, body);
      }
    }
    if (r.entity && a.subject.kind === 'name' && r.entity.type === 'organization' && a.subject.from !== lastFrom) showBodyKind(text, ws, book, r.entity, a.subject.to);
    // "A spokesperson for the company said": the company named before is mentioned, as a name there would be.
    if (a.subject.kind === 'description' && a.subject.from !== lastFrom) {
      const spoken = spokenFor(text, ws, a.subject.from, a.subject.to, book);
      if (spoken) book.mention(spoken.body, spoken.span);
    }
    // "Her husband, the sculptor Kit Rayne, said she …": the kinship noun tells his gender before the pronoun can.
    if (r.entity && a.subject.kind === 'name' && r.entity.type === 'person' && r.entity.gender === 'unknown') r.entity.gender = kinGender(ws, a.subject.from);
    // "Kell and Hale said he …" tells neither one's sex.
    if (r.entity && a.subject.kind === 'name' && !r.partner) learnGender(ws, a.cueTo, r.entity, subjects.list);
    lastFrom = a.subject.from;
    lastResolved = r;
    // "the backing of a former judge who argued …": someone the sentence only describes, in a
    // relative clause, is not what it is about.
    // A speaker the quoted speaker names ("Then Hale told me, '…'") is no subject of the article's own.
    const nested = a.quote >= 0 && quotes[a.quote].parentId !== undefined;
    // `Kell was asked by Hale, "…"`: the asker speaks, but the sentence is still about Kell.
    const asker = heardOnly(ws, a.cueFrom);
    if (r.entity && !nested && !asker && !(ws[a.subject.from].key === 'who' && isLowerCase(r.entity.name))) {
      subjects.note(r.entity, sx);
      // "Kell and Hale said. … he added": the second named stays the latest, as when the pair was read as one name.
      if (r.partner) subjects.note(r.partner, sx);
    }
    if (a.quote >= 0) byQuote[a.quote] = { a, r };
    else indirect.push({ a, r });
  }
  // "Harriet" named before "Harriet Lorne" is she: links to the folded draft move to its holder.
  const folded = book.foldGivenNames();
  if (folded.size === 0) return { book, byQuote, indirect };
  const refold = (l: Linked | undefined): Linked | undefined => {
    const holder = l?.r.entity && folded.get(l.r.entity);
    return holder ? { a: l.a, r: { ...l.r, entity: holder } } : l;
  };
  return { book, byQuote: byQuote.map(refold), indirect: indirect.map((l) => refold(l)!) };
}

/**
 * The label's person for a pronoun cue the label agrees with: `- Kim Lasko: "…," he said` is Kim Lasko, whatever
 * man came before; `- Ana Ruiz: "…," he said` is someone else, left to the pronoun. Null for no label.
 */
function labelled(text: string, ws: readonly Word[], a: Attribution, book: EntityBook, subjects: readonly Draft[]): Resolved | null {
  if (!a.label) return null;
  const named = resolveSubject(text, ws, a.label, book, subjects)?.entity;
  const gender = SUBJECT_PRONOUNS.get(ws[a.subject.from].key) ?? 'unknown';
  if (!named || !agrees(named, gender)) return null;
  if (named.gender === 'unknown' && (gender === 'male' || gender === 'female')) named.gender = gender;
  book.mention(named, pronounSpan(text, ws[a.subject.from]));
  return { entity: named, method: 'pronoun' };
}

/** Shows the description a body's name ending at word `to` is set off before as its role: "Harland Steel, the country's largest steelmaker,". */
function showBodyKind(text: string, ws: readonly Word[], book: EntityBook, d: Draft, to: number): void {
  const end = bodyKindAfter(ws, to, true);
  if (end >= 0) book.showRole(d, text.slice(ws[to + 3].start, ws[end].end));
}

/** Whether words [from, to] are a surname, after an honorific or not: "Kell", "Mr. Kell". */
const bareSurname = (ws: readonly Word[], from: number, to: number) => from === to || (from + 1 === to && (classesOf(ws[from]) & HONORIFIC) !== 0);

/**
 * Whether the latest of a draft's mentions is its first in full: "Kell fields questions" in a headline
 * leaves "That left Sen. Dana Kell to answer" still the first time the text says who he is.
 */
function firstInFull(mentions: readonly Span[]): boolean {
  for (let k = mentions.length - 2; k >= 0; k--) if (mentions[k].text.includes(' ')) return false;
  return true;
}

/**
 * Makes the newcomer of sentence sx the latest subject when a clause break stands between it and the
 * pronoun at word k: `That left Sen. Dana Kell alone, so that she …` speaks of Kell; in `Dana Kell asked
 * Hale about remarks he made` the "he" is still in Kell's clause.
 */
function reachAcrossClause(ws: readonly Word[], subjects: SubjectList, sx: number, k: number): void {
  const at = subjects.newcomerIn(sx);
  if (at < 0) return;
  for (let j = k - 1; j >= 0 && ws[j].start > at; j--) {
    if (ws[j].punct && CLAUSE_MARKS.has(ws[j].text)) {
      subjects.reach(sx, true);
      return;
    }
  }
}
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', '—', '–', '-', '--']);
