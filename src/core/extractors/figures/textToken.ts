import type { Token } from './tokens';

/**
 * A token whose strings are cut from the text only when a reader asks:
 * most words lie far from any figure and are never read.
 */
export class TextToken implements Token {
  private cut: string | undefined;
  private folded: string | undefined;

  constructor(
    private readonly source: string, readonly start: number, readonly end: number,
    readonly type: Token['type'], readonly glued: boolean, readonly marks: number,
  ) {}

  get text(): string {
    return (this.cut ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.folded ??= this.type === 'word' ? this.text.toLowerCase() : this.text);
  }
}
