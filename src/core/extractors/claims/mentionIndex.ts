import type { Entity, EntityType } from '../../model';
import { orderByStart } from './orderByStart';
import { lowerBoundNear } from './spanIndex';

/**
 * Every mention of every entity, entity by entity ("flat" order), sorted by
 * start in typed arrays that serve document after document, so that no object
 * is built per mention. [e1 "Stoltenberg" at 10–21] → countInside(0, 30) 1,
 * lastEndingInside(0, 30) e1.
 */
export class MentionIndex {
  private entities: readonly Entity[] = [];
  private count = 0;
  /** By flat index: where each mention starts and ends, and its entity's index. */
  private flatStart = new Float64Array(32);
  private flatEnd = new Float64Array(32);
  private flatEntity = new Int32Array(32);
  /** By rank in start order: the flat index, start and end. */
  private order = new Int32Array(32);
  private starts = new Float64Array(32);
  private ends = new Float64Array(32);
  /** The last answer to lowerBoundNear: claims ask about mentions in text order. */
  private near = 0;

  /** Indexes the mentions of `entities` in place of the last document's. */
  reset(entities: readonly Entity[]): this {
    let n = 0;
    for (const e of entities) n += e.mentions.length;
    if (n > this.order.length) this.grow(2 * n);
    this.entities = entities;
    this.count = n;
    this.near = 0;
    let f = 0;
    let sorted = true;
    for (let e = 0; e < entities.length; e++) {
      const mentions = entities[e].mentions;
      for (let m = 0; m < mentions.length; m++, f++) {
        this.flatStart[f] = mentions[m].start;
        this.flatEnd[f] = mentions[m].end;
        this.flatEntity[f] = e;
        this.order[f] = f;
        if (f > 0 && this.flatStart[f] < this.flatStart[f - 1]) sorted = false;
      }
    }
    if (!sorted) orderByStart(this.order, n, this.flatStart);
    for (let k = 0; k < n; k++) {
      this.starts[k] = this.flatStart[this.order[k]];
      this.ends[k] = this.flatEnd[this.order[k]];
    }
    return this;
  }

  private grow(size: number): void {
    this.flatStart = new Float64Array(size);
    this.flatEnd = new Float64Array(size);
    this.flatEntity = new Int32Array(size);
    this.order = new Int32Array(size);
    this.starts = new Float64Array(size);
    this.ends = new Float64Array(size);
  }

  /**
   * The one organisation with a role ending in `kind`, lower-case ("operator" for "Northline Rail, the operator,");
   * undefined when none has one or two do. Read on request: few sources ask.
   */
  bodyOfKind(kind: string): Entity | undefined {
    let found: Entity | undefined;
    for (const e of this.entities) {
      if (e.type !== 'organization' || !e.roles.some((r) => r.length >= kind.length && r.toLowerCase().endsWith(kind) && (r.length === kind.length || r.charCodeAt(r.length - kind.length - 1) === 32))) continue;
      if (found) return undefined;
      found = e;
    }
    return found;
  }

  /** The type of the entity with this id, if the article has one: "e2" → 'organization'. */
  /** The entity itself, or undefined. */
  entityOf(entityId: string | null): Entity | undefined {
    if (entityId === null) return undefined;
    for (const e of this.entities) if (e.id === entityId) return e;
    return undefined;
  }

  typeOf(entityId: string | null): EntityType | undefined {
    if (entityId === null) return undefined;
    for (const e of this.entities) if (e.id === entityId) return e.type;
    return undefined;
  }

  /** How many mentions lie within [start, end). */
  countInside(start: number, end: number): number {
    let n = 0;
    for (let k = (this.near = lowerBoundNear(this.starts, this.count, start, this.near)); k < this.count && this.starts[k] <= end; k++) {
      if (this.ends[k] <= end) n++;
    }
    return n;
  }

  /**
   * The entity of the mention inside [start, end) that ends last, the first
   * such in flat order on a tie; null when none lies inside.
   */
  lastEndingInside(start: number, end: number): Entity | null {
    let best = -1;
    let bestEnd = -1;
    let bestStart = -1;
    // In start order, so of two mentions ending together the wider wins: "A spokeswoman for Ann Ruiz" holds Ann Ruiz.
    for (let k = (this.near = lowerBoundNear(this.starts, this.count, start, this.near)); k < this.count && this.starts[k] <= end; k++) {
      const e = this.ends[k];
      if (e > end) continue;
      if (e > bestEnd || (e === bestEnd && this.starts[k] === bestStart && this.order[k] < best)) {
        best = this.order[k];
        bestEnd = e;
        bestStart = this.starts[k];
      }
    }
    return best < 0 ? null : this.entities[this.flatEntity[best]];
  }
}
