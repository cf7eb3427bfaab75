import type { Gender } from '../lexicon/pronouns';
import type { Entity, EntityType, Span } from '../model';

/** An entity while the text is read: its mentions grow, its name may get fuller. */
export interface Draft {
  readonly id: string;
  type: EntityType;
  /** Set through the book only, which keeps `key` and `surname` in step. */
  readonly name: string;
  /** The name in lower case, and its last word: "jens stoltenberg", "stoltenberg". */
  readonly key: string;
  readonly surname: string;
  gender: Gender;
  readonly roles: string[];
  /** The roles in lower case, for matching "the secretary general". */
  readonly roleKeys: string[];
  readonly mentions: Span[];
  readonly seen: Set<number>;
  /** Offset of the latest mention, for "the most recent person". */
  last: number;
}

interface Writable {
  name: string;
  key: string;
  surname: string;
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/** A copy of the mentions by offset; text is read in order, so most come sorted already. */
function inOrder(mentions: readonly Span[]): Span[] {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) return [...mentions].sort(byStart);
  return [...mentions];
}

const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * The entities of one article, found again by their full name, their
 * surname ("Stoltenberg") or a role they hold ("the Secretary General").
 * Lookups compare lower-case keys kept on each draft, so a long article
 * lower-cases each name once rather than at every mention.
 */
export class EntityBook {
  readonly drafts: Draft[] = [];

  /** The entity a name refers to, creating it if new; a fuller name replaces a shorter one. */
  byName(name: string, type: EntityType, gender: Gender, role: string | null, mention: Span): Draft {
    const key = name.toLowerCase();
    const surname = lastWord(key);
    // "Stoltenberg" finds Jens Stoltenberg; "the authority" finds the transport authority.
    const byHead = type === 'person' || name.startsWith('the ');
    let d: Draft | undefined;
    for (const e of this.drafts) {
      if ((e.key === key || (byHead && e.type === type && e.surname === surname)) && (!d || e.last > d.last)) d = e;
    }
    if (!d) {
      d = { id: `e${this.drafts.length + 1}`, type, name, key, surname, gender, roles: [], roleKeys: [], mentions: [], seen: new Set(), last: mention.start };
      this.drafts.push(d);
    }
    if (name.length > d.name.length && name.includes(' ')) {
      const w = d as Writable;
      w.name = name;
      w.key = key;
      w.surname = surname;
    }
    if (d.gender === 'unknown') d.gender = gender;
    if (role) {
      const roleKey = role.toLowerCase();
      if (!d.roleKeys.includes(roleKey)) {
        d.roles.push(role);
        d.roleKeys.push(roleKey);
      }
    }
    this.mention(d, mention);
    return d;
  }

  /** The most recent entity holding a role that ends with these words: "Secretary General". */
  byRole(words: string): Draft | undefined {
    const w = words.toLowerCase();
    let best: Draft | undefined;
    for (const d of this.drafts) if ((!best || d.last > best.last) && (d.key === w || d.roleKeys.some((r) => r.endsWith(w)))) best = d;
    return best;
  }

  /** The most recent person whose name ends with `name`: "Stoltenberg" → Jens Stoltenberg. */
  latestPerson(name: string): Draft | undefined {
    let best: Draft | undefined;
    for (const d of this.drafts) if (d.type === 'person' && (!best || d.last > best.last) && d.name.endsWith(name)) best = d;
    return best;
  }

  mention(d: Draft, span: Span): void {
    if (!d.seen.has(span.start)) d.mentions.push(span);
    d.seen.add(span.start);
    d.last = Math.max(d.last, span.start);
  }

  entities(): Entity[] {
    const out: Entity[] = [];
    for (const d of this.drafts) if (d.mentions.length > 0) out.push({ id: d.id, type: d.type, name: d.name, roles: [...d.roles], mentions: inOrder(d.mentions) });
    return out;
  }
}
