import type { NameParts } from './personName';

interface Unkept {
  readonly parts: NameParts;
  readonly start: number;
  readonly end: number;
}

/**
 * Full names of people the text showed in passing, too weakly to keep ("stars Dana Quill and
 * Kell"), by lower-case surname: a later "Quill" that opens a sentence as its subject is she.
 */
export class UnkeptNames {
  /** Made at the first, as most texts keep every full name they show. */
  private bySurname: Map<string, Unkept> | null = null;

  /** Whether `name` is one word, the surname of a full name remembered: "Quill" after "Dana Quill". */
  holds(name: string): boolean {
    return this.bySurname !== null && !name.includes(' ') && this.bySurname.has(name.toLowerCase());
  }

  /**
   * Remembers a full name not kept, or, for a bare surname, returns the full name remembered for it:
   * `note(Dana Quill)` → null, then `note(Quill)` → Dana Quill.
   */
  note(parts: NameParts, start: number, end: number): Unkept | null {
    const name = parts.name;
    const space = name.lastIndexOf(' ');
    if (space < 0) return this.bySurname?.get(name.toLowerCase()) ?? null;
    (this.bySurname ??= new Map()).set(name.slice(space + 1).toLowerCase(), { parts, start, end });
    return null;
  }
}
