import type { Token } from './tokens';

const TYPES: ReadonlyArray<Token['type']> = ['sym', 'word', 'num'];
/** Bits of a token's `bits` field: its type in the low two, then gluing, then its marks shifted by MARKS_SHIFT. */
export const WORD = 1;
export const NUM = 2;
export const GLUED = 4;
export const MARKS_SHIFT = 3;

/**
 * A token whose strings are cut from the text only when a reader asks:
 * most words lie far from any figure and are never read. One is built for
 * every word of the text, so its type, gluing and marks share one field.
 */
export class TextToken implements Token {
  // Declared, not defined: a class field is first set to undefined and then assigned again.
  declare private readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  declare private readonly bits: number;
  declare private cut: string | undefined;
  declare private folded: string | undefined;

  /** `bits` packs type, gluing and marks as the tokenizer reads them: WORD | GLUED | STARTS << MARKS_SHIFT. */
  constructor(source: string, start: number, end: number, bits: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.bits = bits;
    this.cut = undefined;
    this.folded = undefined;
  }

  get type(): Token['type'] {
    return TYPES[this.bits & 3];
  }

  get glued(): boolean {
    return (this.bits & GLUED) !== 0;
  }

  get marks(): number {
    return this.bits >> MARKS_SHIFT;
  }

  get head(): number {
    return this.source.charCodeAt(this.start);
  }

  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.folded ??= (this.bits & 3) === WORD ? this.text.toLowerCase() : this.text);
  }
}
