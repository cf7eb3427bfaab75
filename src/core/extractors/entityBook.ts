import type { Gender } from '../lexicon/pronouns';
import type { Entity, EntityType, Span } from '../model';

/** An entity while the text is read: its mentions grow, its name may get fuller. */
export interface Draft {
  readonly id: string;
  type: EntityType;
  name: string;
  gender: Gender;
  readonly roles: string[];
  readonly mentions: Span[];
  readonly seen: Set<number>;
  /** Offset of the latest mention, for "the most recent person". */
  last: number;
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The entities of one article, found again by their full name, their
 * surname ("Stoltenberg") or a role they hold ("the Secretary General").
 */
export class EntityBook {
  private readonly drafts: Draft[] = [];

  /** The entity a name refers to, creating it if new; a fuller name replaces a shorter one. */
  byName(name: string, type: EntityType, gender: Gender, role: string | null, mention: Span): Draft {
    const surname = lastWord(name);
    // "Stoltenberg" finds Jens Stoltenberg; "the authority" finds the transport authority.
    const byHead = type === 'person' || name.startsWith('the ');
    let d = this.latest((e) => same(e.name, name) || (byHead && e.type === type && lastWord(e.name) === surname));
    if (!d) {
      d = { id: `e${this.drafts.length + 1}`, type, name, gender, roles: [], mentions: [], seen: new Set(), last: mention.start };
      this.drafts.push(d);
    }
    if (name.length > d.name.length && name.includes(' ')) d.name = name;
    if (d.gender === 'unknown') d.gender = gender;
    if (role && !d.roles.some((r) => same(r, role))) d.roles.push(role);
    this.mention(d, mention);
    return d;
  }

  /** The most recent entity holding a role that ends with these words: "Secretary General". */
  byRole(words: string): Draft | undefined {
    const w = words.toLowerCase();
    return this.latest((e) => e.roles.some((r) => r.toLowerCase().endsWith(w)) || e.name.toLowerCase() === w);
  }

  /** The most recent entity before `at` that passes the test. */
  latest(test: (d: Draft) => boolean, at = Infinity): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if (d.last < at && test(d) && (!best || d.last > best.last)) best = d;
    return best;
  }

  mention(d: Draft, span: Span): void {
    if (!d.seen.has(span.start)) d.mentions.push(span);
    d.seen.add(span.start);
    d.last = Math.max(d.last, span.start);
  }

  entities(): Entity[] {
    return this.drafts
      .filter((d) => d.mentions.length > 0)
      .map((d) => ({ id: d.id, type: d.type, name: d.name, roles: [...d.roles], mentions: [...d.mentions].sort((a, b) => a.start - b.start) }));
  }
}
