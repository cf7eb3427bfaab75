import type { Entity, Paragraph, Quote, Span } from '../model';
import { readableName } from './readableName';
import { spanAt } from './spanAt';
import { fullName, labelParts } from './transcriptTurns';
import { labelNames, labelledPerson } from './labelledPerson';
import { titledLabel } from './titledLabel';
import { FEMALE_NAME, HONORIFIC, MALE_NAME, ROLE, classesOfKey } from './wordClasses';

/** What one turn's label says: the name as printed, its surname in lower case, and a role after its comma. */
interface Label {
  readonly quote: number;
  readonly mention: Span;
  readonly surname: string;
  readonly role: string | null;
}

const surnameOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/**
 * A role in capitals as the article writes it: each word in small letters, but a name the text capitalises
 * inside a sentence ("Labour's Priya Sandhu") keeps its capital: `LABOUR CANDIDATE` → "Labour candidate".
 */
function proseCase(text: string, role: string): string {
  return role
    .toLowerCase()
    .split(' ')
    .map((w) => {
      const named = w.charAt(0).toUpperCase() + w.slice(1);
      for (let at = text.indexOf(named); at > 0; at = text.indexOf(named, at + 1)) if (/[\p{Ll},] $/u.test(text.slice(at - 2, at))) return named;
      return w;
    })
    .join(' ');
}

/** The labels of the turns that name someone (not `Q:` nor `A:`), by quote index. */
function labelsOf(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[]): Label[] {
  const out: Label[] = [];
  quotes.forEach((q, i) => {
    if (q.unmarked !== 'turn') return;
    const p = paragraphs[spanAt(paragraphs, q.start)];
    const parts = p && p.start < q.start ? labelParts(text, p.start) : null;
    if (!parts || parts.name.length === 1) return;
    out.push({ quote: i, mention: { start: p.start, end: p.start + parts.name.length, text: parts.name }, surname: surnameOf(parts.name), role: parts.role && proseCase(text, parts.role.trim()) });
  });
  return out;
}

/**
 * The people of a transcript with what its labels tell of them: each turn's label is a mention of the
 * person who speaks it, and a role after its comma is theirs. `KATE HOLT, HEALTH SECRETARY: …` → Kate
 * Holt gains the mention "KATE HOLT" and the role "health secretary". A body that only labels make,
 * `HALE` of `OWEN HALE, PRESENTER:` and `HALE:` read as an acronym, is the person the full label names.
 */
export function withLabelPeople(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[], entities: readonly Entity[]): { entities: readonly Entity[]; quotes: readonly Quote[] } {
  // Most articles hold no turn: one test spares the rest.
  if (!quotes.some((q) => q.unmarked === 'turn')) return { entities, quotes };
  const labels = labelsOf(text, paragraphs, quotes);
  if (labels.length === 0) return { entities, quotes };
  const inLabel = (m: Span) => labels.some((l) => l.mention.start <= m.start && m.end <= l.mention.end);
  const out = entities.map((e) => {
    const own = labels.filter((l) => quotes[l.quote].speaker?.entityId === e.id || (e.type !== 'person' && !e.name.includes(' ') && surnameOf(e.name) === l.surname));
    if (own.length === 0) return e;
    // "HALE" that only labels name, beside a label of two words or more ("OWEN HALE"), is that person
    const full = own.find((l) => l.mention.text.includes(' '));
    const titled = e.type !== 'person' && !full ? surnamePerson(text, e) : null;
    const person =
      e.type === 'person' ? e
      : full && e.mentions.every(inLabel) ? { ...e, type: 'person' as const, name: readableName(full.mention.text) }
      : titled ? { ...e, type: 'person' as const, name: titled, mentions: withoutInner([...e.mentions, ...inProse(text, titled)]) }
      : null;
    if (!person) return e;
    const mentions = own.map((l) => l.mention).filter((m) => !person.mentions.some((n) => n.start === m.start));
    const known = person.roles.map((r) => r.toLowerCase());
    const roles: string[] = [];
    for (const l of own) if (l.role && !known.includes(l.role) && !roles.includes(l.role)) roles.push(l.role);
    if (mentions.length === 0 && roles.length === 0 && person === e) return e;
    return { ...person, roles: roles.length ? [...person.roles, ...roles] : person.roles, mentions: mentions.length ? [...person.mentions, ...mentions].sort((x, y) => x.start - y.start) : person.mentions };
  });
  const fresh = newPeople(text, labels, quotes, out);
  const told = fresh.length ? [...out.filter((e, k) => e !== entities[k]), ...fresh] : out.filter((e, k) => e !== entities[k]);
  const speakers = quotes.map((q, i) => {
    const l = labels.find((x) => x.quote === i);
    const who = l && labelledPerson(told, l.mention.text);
    return who && q.speaker && (q.speaker.entityId !== who.id || q.speaker.name !== who.name) ? { ...q, speaker: { ...q.speaker, entityId: who.id, name: who.name } } : q;
  });
  return { entities: fresh.length ? [...out, ...fresh] : out, quotes: speakers };
}

/**
 * The person a one-word label in capitals (`CALDER:`) stands for, when the text shows it is one: a full name
 * ending in that word after a title or with a known given name ("Mayor Ines Calder" → "Ines Calder"), or else
 * a title the body was given ("Mayor Calder" → "Calder"); null for a body ("UNITE:").
 */
function surnamePerson(text: string, e: Entity): string | null {
  if (e.name.includes(' ') || e.name !== e.name.toUpperCase()) return null;
  const surname = readableName(e.name);
  for (const { start } of inProse(text, surname)) {
    const given = /(\S+)\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 41), start));
    if (!given) continue;
    const before = given[1].replace(/[^\p{L}]/gu, '').toLowerCase();
    if ((classesOfKey(given[2].toLowerCase()) & (FEMALE_NAME | MALE_NAME)) !== 0 || (classesOfKey(before) & (ROLE | HONORIFIC)) !== 0) return `${given[2]} ${surname}`;
  }
  return e.roles.some((r) => (classesOfKey(r.toLowerCase().slice(r.lastIndexOf(' ') + 1)) & ROLE) !== 0) ? surname : null;
}

/**
 * A person for each full name in labels (`PRIYA SANDHU:`) that no entity stands for and no one else speaks
 * as, with the labels and the name as prose writes it ("Priya Sandhu", "Sandhu") as mentions.
 */
function newPeople(text: string, labels: readonly Label[], quotes: readonly Quote[], entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  let next = 0;
  for (const e of entities) next = Math.max(next, Number(e.id.slice(1)) || 0);
  for (const l of labels) {
    if (!l.mention.text.includes(' ') || quotes[l.quote].speaker?.entityId) continue;
    if (entities.some((e) => labelNames(e, l.mention.text) || (e.type !== 'person' && e.name.toLowerCase() === l.surname)) || out.some((e) => labelNames(e, l.mention.text))) continue;
    // `MAYOR RUIZ:` is Ruiz, whose title is mayor
    const titled = titledLabel(l.mention.text);
    const name = readableName(titled ? titled.surname : l.mention.text);
    const written = inProse(text, name);
    // "UNIDENTIFIED WOMAN" is a voice, no one's name: a name opens with a given name, or prose writes it too
    if (written.length === 0 && !fullName(l.mention.text) && !titled) continue;
    // `SMITH:` is hers only when no other full name in the labels ends so ("JOHN SMITH", "JANE SMITH")
    const alone = !labels.some((x) => x.surname === l.surname && x.mention.text.includes(' ') && x.mention.text !== l.mention.text);
    const own = labels.filter((x) => x.mention.text === l.mention.text || (alone && x.surname === l.surname));
    const roles: string[] = [];
    if (titled) roles.push(readableName(titled.title));
    for (const x of own) if (x.role && !roles.includes(x.role)) roles.push(x.role);
    const mentions = [...own.map((x) => x.mention), ...written, ...inProse(text, name.slice(name.lastIndexOf(' ') + 1))];
    out.push({ id: `e${++next}`, type: 'person', name, roles, mentions: withoutInner(mentions) });
  }
  return out;
}

/** Where the words stand whole in the text: "Sandhu" in "Sandhu said", not in "Sandhurst". */
function inProse(text: string, words: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1) || ' ') && !/[\p{L}\p{N}]/u.test(text.charAt(at + words.length) || ' ')) out.push({ start: at, end: at + words.length, text: words });
  }
  return out;
}

/** Mentions in text order, without one inside another: "Sandhu" of "Priya Sandhu" is that mention. */
function withoutInner(mentions: Span[]): Span[] {
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Span[] = [];
  for (const m of mentions) if (!out.length || m.start >= out[out.length - 1].end) out.push(m);
  return out;
}
