import type { Entity } from '../../model';
import { SpanIndex } from './spanIndex';

/** One entity mention, with the entity it refers to. */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

const built = new WeakMap<readonly Entity[], SpanIndex<Mention>>();

/**
 * Every mention of every entity, entity by entity, indexed by position and
 * built once per entities array. [e1 "Stoltenberg" at 10–21] → inside(0, 30)
 * gives that mention with entity e1.
 */
export function mentionIndex(entities: readonly Entity[]): SpanIndex<Mention> {
  let index = built.get(entities);
  if (!index) {
    const mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    built.set(entities, (index = new SpanIndex(mentions)));
  }
  return index;
}
