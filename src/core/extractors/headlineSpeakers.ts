import type { Entity, Quote, Span, Speaker } from '../model';
import { lineOf } from './speakerEvidence';
import { NOT_SPEAKERS } from './transcriptTurns';

/** Letters and digits only, lower-cased: `“We will not cut,”` and `"we will not cut the routes"` compare. */
const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** `Ruiz: “…”`, `Fire chief: '…'`: a name or a role in the headline and a colon just before the quote. */
const LABEL = /(\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3}): *$/u;

/** The person entity a headline's name refers to, by its last word: "Ruiz" → Elena Ruiz. */
function personNamed(entities: readonly Entity[], name: string): Entity | undefined {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return entities.find((e) => e.type === 'person' && e.name.toLowerCase().split(' ').pop() === last);
}

/**
 * Speakers for the headline's quotes, which no sentence holds: the person a
 * label names (`Ruiz: 'We will not cut'`), else the speaker of the body quote
 * whose words the headline repeats, as a headline's quote is most often one
 * reported below. Otherwise it stays unattributed, though speech after a label.
 * `Ruiz: 'We will not cut'` → Elena Ruiz when "Mayor Elena Ruiz" is named.
 */
export function headlineSpeakers(text: string, headline: Span, quotes: readonly Quote[], body: readonly Quote[], entities: readonly Entity[], lines: readonly number[]): Quote[] {
  return quotes.map((q) => {
    if (q.parentId) return q;
    const label = LABEL.exec(text.slice(headline.start, q.start));
    const named = label ? personNamed(entities, label[1]) : undefined;
    if (label && named) {
      const start = headline.start + label.index;
      const mention = { start, end: start + label[1].length, text: label[1] };
      const cue = { start: mention.end, end: mention.end + 1, text: ':' };
      return withSpeaker(q, { entityId: named.id, name: named.name, mention, cue, method: 'headline', evidence: `'${label[1]}' in the headline names ${named.name}` });
    }
    const words = bare(q.content.text);
    const source = words.includes(' ') ? body.find((b) => b.speaker && !b.parentId && bare(b.content.text).includes(words)) : undefined;
    // `Fire chief: 'Leave now'`: someone's words, though the body may name no one to give them to.
    if (!source?.speaker) return label && !NOT_SPEAKERS.has(label[1].toUpperCase().split(' ').pop()!) ? { ...q, kind: 'speech' } : q;
    const { entityId, name, mention } = source.speaker;
    const evidence = `The headline repeats words ${name} is quoted saying at line ${lineOf(lines, source.start)}`;
    return withSpeaker(q, { entityId, name, mention, cue: null, method: 'headline', evidence });
  });
}

const withSpeaker = (q: Quote, speaker: Speaker): Quote => ({ ...q, kind: 'speech', speaker });
