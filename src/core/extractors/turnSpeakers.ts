import type { Entity, Paragraph, Quote } from '../model';
import { lineOf } from './speakerEvidence';
import { spanAt } from './spanAt';
import { labelName } from './transcriptTurns';
import { labelledPerson } from './labelledPerson';

/**
 * The speaker of each transcript turn by its label's name, where the cue
 * reading took a label's note or role for it: `OWEN HALE, PRESENTER: …` is
 * Owen Hale's, `UNIDENTIFIED WOMAN: …` an unnamed woman's. A name links to the
 * person the article names with that surname (and given name, if both show one); other labels stand as written.
 * A turn whose cue found that person already keeps it.
 */
export function turnSpeakers(text: string, paragraphs: readonly Paragraph[], quotes: readonly Quote[], entities: readonly Entity[], lines: readonly number[]): Quote[] {
  // Most articles hold no turn: one test spares the rest.
  if (!quotes.some((q) => q.unmarked === 'turn')) return [...quotes];
  return quotes.map((q) => {
    if (q.unmarked !== 'turn') return q;
    const p = paragraphs[spanAt(paragraphs, q.start)];
    if (!p || p.start === q.start) return q;
    const name = labelName(text, p.start);
    if (!name || name.length === 1) return q;
    const person = labelledPerson(entities, name);
    // `QUESTION:` read by the cues as a body is still a part, no one's name
    if (q.speaker && (person ? q.speaker.entityId === person.id : q.speaker.name === name && asRole(name) === name)) return q;
    const mention = { start: p.start, end: p.start + name.length, text: name };
    const cue = { start: text.indexOf(':', mention.end), end: text.indexOf(':', mention.end) + 1, text: ':' };
    const evidence = `'${name}' labels the turn at line ${lineOf(lines, p.start)}${person ? `: ${person.name}` : ''}`;
    return { ...q, speaker: { entityId: person?.id ?? null, name: person?.name ?? asRole(name), mention, cue, method: 'transcript', evidence } };
  });
}

/** Labels that name a part in the programme, not a person: `PRESENTER:` is "the presenter", as `Q:` is "the interviewer". */
const ON_AIR_ROLES: ReadonlySet<string> = new Set(['presenter', 'host', 'interviewer', 'reporter', 'moderator', 'anchor', 'caller', 'questioner', 'announcer', 'narrator', 'chair', 'correspondent']);

/** A label's words as a speaker's name: a role in capitals reads as prose would write it, a name stays as printed. */
function asRole(label: string): string {
  const key = label.toLowerCase();
  // a press conference's `QUESTION:` is asked by someone in the room
  if (key === 'question') return 'a questioner';
  return ON_AIR_ROLES.has(key) ? `the ${key}` : label;
}

/**
 * The entities without those that only a turn's label made and that no quote speaks as any more:
 * the cue reading takes `PRESENTER` in `OWEN HALE, PRESENTER:` or `WOMAN` in `UNIDENTIFIED WOMAN:` for a
 * body, which turnSpeakers then replaces with the label's person or voice.
 */
export function withoutLabelEntities(paragraphs: readonly Paragraph[], quotes: readonly Quote[], entities: readonly Entity[]): Entity[] {
  if (!quotes.some((q) => q.unmarked === 'turn')) return [...entities];
  const labels: { start: number; end: number }[] = [];
  for (const q of quotes) {
    if (q.unmarked !== 'turn') continue;
    const p = paragraphs[spanAt(paragraphs, q.start)];
    if (p && p.start < q.start) labels.push({ start: p.start, end: q.start });
  }
  const speaking = new Set(quotes.map((q) => q.speaker?.entityId));
  const inLabel = (m: { start: number; end: number }) => labels.some((l) => m.start >= l.start && m.end <= l.end);
  return entities.filter((e) => speaking.has(e.id) || !e.mentions.every(inLabel));
}
