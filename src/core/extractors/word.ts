/**
 * Bits of Word.bits above the lexicon classes, which take bits 0–27 (wordClasses.ts). No flag goes above
 * bit 29: where V8 compresses pointers (Electron, so the editor) a number from 2^30 is no small integer,
 * and one such word would make the field a boxed number in every word made after it.
 */
const CLASS_BITS = (1 << 28) - 1;
const CAPITAL = 1 << 28;
const PUNCT = 1 << 29;

/**
 * One word or mark. A class whose fields are set only in its constructor,
 * so every word shares one compact layout; flags and lexicon classes share
 * one number, since an article has thousands of words.
 */
export class Word {
  declare readonly start: number;
  declare readonly text: string;
  /**
   * The key, or null until asked for a capitalised word no lexicon holds: most names never are. A word whose
   * key is not its text in lower case ("Sen." → "sen", a word cut short) comes with its key.
   */
  private declare lower: string | null;
  private declare readonly bits: number;

  constructor(start: number, text: string, key: string | null, classes: number, capital: boolean, punct: boolean) {
    this.start = start;
    this.text = text;
    this.lower = key;
    this.bits = classes | (capital ? CAPITAL : 0) | (punct ? PUNCT : 0);
  }

  get end(): number {
    return this.start + this.text.length;
  }

  /** Lower case without a final full stop: "Sen." → "sen". */
  get key(): string {
    return this.lower ?? this.lowerText();
  }

  private lowerText(): string {
    const key = this.text.toLowerCase();
    this.lower = key;
    return key;
  }

  /** Starts with an upper-case letter. */
  get capital(): boolean {
    return (this.bits & CAPITAL) !== 0;
  }

  /** Punctuation rather than a word. */
  get punct(): boolean {
    return (this.bits & PUNCT) !== 0;
  }

  /** Lexicon classes of the key (see wordClasses.ts). */
  get classes(): number {
    return this.bits & CLASS_BITS;
  }
}
