import { codeUnits } from './codeUnits';
import { isWord, lexiconsOf, mayOpenCue, registrationCount, wordAt } from './leadWords';

/** The words of one text that open some lexicon's phrase, in text order; valid until the next text is looked at. */
export interface LeadHits {
  /** Bit b set when lexicon b has at least one leading word in the text. */
  readonly lexicons: number;
  readonly count: number;
  readonly starts: Int32Array;
  readonly wordIds: Int32Array;
  /** 0 where no cue phrase can open on the hit (see mayOpenCue), so that the cue searches pass it by. */
  readonly mayOpen: Uint8Array;
}

/**
 * The hits of one text, in arrays reused from text to text so that a claim
 * allocates nothing here. `new LeadHitList().scan("We need it")` → one hit at 3
 * when "need" is a registered word.
 */
export class LeadHitList implements LeadHits {
  text: string | null = null;
  registrations = -1;
  lexicons = 0;
  count = 0;
  starts = new Int32Array(64);
  wordIds = new Int32Array(64);
  mayOpen = new Uint8Array(64);

  reset(text: string): void {
    this.text = text;
    this.registrations = registrationCount();
    this.lexicons = 0;
    this.count = 0;
  }

  /** Adds word `w` (a registered id; -1 adds nothing) at `start`; `mayOpen` 0 only when no cue can open there. */
  push(start: number, w: number, mayOpen = 1): void {
    if (w < 0) return;
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.mayOpen[this.count] = mayOpen;
    this.wordIds[this.count++] = w;
    this.lexicons |= lexiconsOf(w);
  }

  /** Makes room for `room` hits in all, so that a caller may write them without push's check. */
  reserve(room: number): void {
    while (this.starts.length < room) this.grow();
  }

  private grow(): void {
    const room = this.starts.length * 2;
    const starts = new Int32Array(room);
    const wordIds = new Int32Array(room);
    const mayOpen = new Uint8Array(room);
    starts.set(this.starts);
    wordIds.set(this.wordIds);
    mayOpen.set(this.mayOpen);
    this.starts = starts;
    this.wordIds = wordIds;
    this.mayOpen = mayOpen;
  }

  /** Whether these are the hits of `text`, found with every lexicon registered so far. */
  holds(text: string): boolean {
    return text === this.text && this.registrations === registrationCount();
  }

  /** Replaces the hits with those of `text`, one pass over its runs of `\w`, into arrays made room for first. */
  scan(text: string): this {
    this.reset(text);
    const units = codeUnits(text);
    const to = text.length;
    // runs of \w are apart, so a text of n units holds at most (n + 1) / 2 of them: no check per hit
    this.reserve((to >> 1) + 1);
    const { starts, wordIds, mayOpen } = this;
    let n = 0;
    let lexicons = 0;
    for (let i = 0; i < to; ) {
      if (!isWord(units[i])) {
        i++;
        continue;
      }
      const start = i;
      while (++i < to && isWord(units[i]));
      const w = wordAt(units, start, i);
      if (w < 0) continue;
      starts[n] = start;
      mayOpen[n] = mayOpenCue(units, i, to, w) ? 1 : 0;
      wordIds[n++] = w;
      lexicons |= lexiconsOf(w);
    }
    this.count = n;
    this.lexicons = lexicons;
    return this;
  }
}
