import type { Entity, Paragraph, Quote, Span } from '../model';
import { readableName } from './readableName';
import { spanAt } from './spanAt';
import { labelParts } from './transcriptTurns';

/** What one turn's label says: the name as printed, its surname in lower case, and a role after its comma. */
interface Label {
  readonly quote: number;
  readonly mention: Span;
  readonly surname: string;
  readonly role: string | null;
}

const surnameOf = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();

/** The labels of the turns that name someone (not `Q:` nor `A:`), by quote index. */
function labelsOf(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[]): Label[] {
  const out: Label[] = [];
  quotes.forEach((q, i) => {
    if (q.unmarked !== 'turn') return;
    const p = paragraphs[spanAt(paragraphs, q.start)];
    const parts = p && p.start < q.start ? labelParts(text, p.start) : null;
    if (!parts || parts.name.length === 1) return;
    out.push({ quote: i, mention: { start: p.start, end: p.start + parts.name.length, text: parts.name }, surname: surnameOf(parts.name), role: parts.role && parts.role.trim().toLowerCase() });
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
    const own = labels.filter((l) => quotes[l.quote].speaker?.entityId === e.id || (e.type !== 'person' && surnameOf(e.name) === l.surname));
    if (own.length === 0) return e;
    // "HALE" that only labels name, beside a label of two words or more ("OWEN HALE"), is that person
    const full = own.find((l) => l.mention.text.includes(' '));
    const person = e.type === 'person' ? e : full && e.mentions.every(inLabel) ? { ...e, type: 'person' as const, name: readableName(full.mention.text) } : null;
    if (!person) return e;
    const mentions = own.map((l) => l.mention).filter((m) => !person.mentions.some((n) => n.start === m.start));
    const known = person.roles.map((r) => r.toLowerCase());
    const roles: string[] = [];
    for (const l of own) if (l.role && !known.includes(l.role) && !roles.includes(l.role)) roles.push(l.role);
    if (mentions.length === 0 && roles.length === 0 && person === e) return e;
    return { ...person, roles: roles.length ? [...person.roles, ...roles] : person.roles, mentions: mentions.length ? [...person.mentions, ...mentions].sort((x, y) => x.start - y.start) : person.mentions };
  });
  const speakers = quotes.map((q, i) => {
    const l = labels.find((x) => x.quote === i);
    const who = l && out.find((e, k) => e !== entities[k] && e.type === 'person' && surnameOf(e.name) === l.surname);
    return who && q.speaker && (q.speaker.entityId !== who.id || q.speaker.name !== who.name) ? { ...q, speaker: { ...q.speaker, entityId: who.id, name: who.name } } : q;
  });
  return { entities: out, quotes: speakers };
}
