import type { Entity } from '../model';

/**
 * The entity a typed speaker name means: its canonical name, else one of its
 * capitalised mentions, ignoring case; null for a new free-text name.
 * findEntity(entities, 'stoltenberg') → the entity "Jens Stoltenberg" when "Stoltenberg" is a mention
 */
export function findEntity(entities: readonly Entity[], name: string): Entity | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return null;
  const byName = entities.find((e) => e.name.toLowerCase() === wanted);
  if (byName) return byName;
  return entities.find((e) => e.mentions.some((m) => /^\p{Lu}/u.test(m.text) && m.text.toLowerCase() === wanted)) ?? null;
}
