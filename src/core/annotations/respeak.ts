import type { Entity, Quote, Span, Speaker } from '../model';
import { findEntity } from './findEntity';

export interface Respoken {
  readonly speaker: Speaker;
  readonly entities: readonly Entity[];
  /** Says what was re-linked, or null when no mention moved. */
  readonly note: string | null;
}

const sameSpan = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
/** A pronoun mention: resolved by the pronoun method, or a lower-case word such as "he". */
const isPronoun = (s: Speaker) => s.method === 'pronoun' || /^\p{Ll}/u.test(s.mention.text);

function withMention(e: Entity, m: Span): Entity {
  if (e.mentions.some((x) => sameSpan(x, m))) return e;
  const mentions = [...e.mentions, m].sort((a, b) => a.start - b.start || a.end - b.end);
  return { ...e, mentions };
}

/**
 * Gives a quote the speaker a person chose. When the old speaker was found
 * through a pronoun, only that pronoun mention moves to the new entity: the
 * other mentions of the old entity stay where the engine put them.
 * respeak(entities, quote said by "he" → e1, 'Anna Berg', 'ana') → speaker Anna Berg, "he" moved from e1 to Anna Berg's entity
 */
export function respeak(entities: readonly Entity[], quote: Quote, name: string, by: string): Respoken {
  const target = findEntity(entities, name);
  const old = quote.speaker;
  const speaker: Speaker = {
    entityId: target?.id ?? null,
    name: target?.name ?? name.trim(),
    mention: old?.mention ?? { start: quote.end, end: quote.end, text: '' },
    cue: old?.cue ?? null,
    method: 'manual',
    evidence: `Set by hand by ${by}.`,
  };
  if (!old || !isPronoun(old) || old.entityId === speaker.entityId) return { speaker, entities, note: null };
  const m = old.mention;
  const moved = entities.map((e) => {
    if (e.id === old.entityId) return { ...e, mentions: e.mentions.filter((x) => !sameSpan(x, m)) };
    if (e.id === target?.id) return withMention(e, m);
    return e;
  });
  const to = target ? `"${target.name}"` : `"${speaker.name}" (no entity)`;
  const note = `Re-linked "${m.text}" at ${m.start} from "${old.name}" to ${to}; other mentions of "${old.name}" are unchanged.`;
  return { speaker, entities: moved, note };
}
