import type { Token } from './tokens';

const TYPES: ReadonlyArray<Token['type']> = ['sym', 'word', 'num'];
const WORD = 1;
const NUM = 2;
const GLUED = 4;

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

  constructor(source: string, start: number, end: number, type: Token['type'], glued: boolean, marks: number) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.bits = (type === 'word' ? WORD : type === 'num' ? NUM : 0) | (glued ? GLUED : 0) | (marks << 3);
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
    return this.bits >> 3;
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
