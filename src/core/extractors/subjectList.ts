import { COUNTED_SPEAKERS } from '../lexicon/clauseWords';
import type { Draft } from './entityBook';

/** The longest of COUNTED_SPEAKERS: a longer key, as most full names are, is none of them. */
const LONGEST_COUNTED = Math.max(...[...COUNTED_SPEAKERS].map((w) => w.length));

/** "a retired general" rather than a name. */
export const isLowerCase = (name: string) => name.charCodeAt(0) >= 0x61 && name.charCodeAt(0) <= 0x7a;

/**
 * The subjects a pronoun looks back to, the most recent last, with what reading needs to keep them:
 * which sentence last had a person for its subject, and whom a sentence introduced without being about them.
 * `Kell spoke. … which worries Dana Hale, president of the board. "…," she said.` → Hale.
 */
export class SubjectList {
  readonly list: Draft[] = [];
  private personSentence = -1;
  private newcomer: Draft | null = null;
  private newcomerSentence = -1;
  private newcomerAt = -1;

  /** d becomes the most recent subject in sentence `sentence`; an `owner` ("Kell's stare seemed sad") leaves the sentence about no person as such. */
  note(d: Draft, sentence: number, owner = false): void {
    this.push(d);
    if (d.type === 'person' && !owner) this.personSentence = sentence;
  }

  /** Someone sentence `sentence` introduced with a description ("Hector Villalba, president of …"), at offset `at`. */
  introduce(d: Draft, sentence: number, at: number): void {
    this.newcomer = d;
    this.newcomerSentence = sentence;
    this.newcomerAt = at;
  }

  /** Where sentence `sentence` introduced someone not yet among the subjects; -1 if it did not. */
  newcomerIn(sentence: number): number {
    return this.newcomer && sentence === this.newcomerSentence ? this.newcomerAt : -1;
  }

  /**
   * Reading reached sentence `sentence`: a newcomer of a sentence that had no person for its subject becomes the latest.
   * With `within`, a pronoun of that same sentence is next: `That left Sen. Dana Kell alone, so that she …` → Kell.
   */
  reach(sentence: number, within = false): void {
    if (!this.newcomer || (sentence === this.newcomerSentence) !== within) return;
    if (this.personSentence !== this.newcomerSentence) this.push(this.newcomer);
    // "Brandt met his spokeswoman, Ana Ruiz. She said …": the one the sentence introduced, of a known sex, comes
    // right after its subject, before anyone older, for a pronoun the subject does not agree with.
    else if (!within && this.newcomer.gender !== 'unknown' && !this.list.includes(this.newcomer)) this.list.splice(Math.max(0, this.list.length - 1), 0, this.newcomer);
    this.newcomer = null;
  }

  /**
   * Drops unnamed people ("one user", "Another", "Haskins's campaign manager") at a paragraph's end: a later "he"
   * means someone the story names, not the passer-by it quoted once. "the company" stays for a later "it".
   */
  forgetUnnamed(): void {
    const list = this.list;
    for (let k = list.length - 1; k >= 0; k--) {
      const d = list[k];
      // The flag and the first letter before the lexicon: most subjects are named people.
      if (d.unnamed || (isLowerCase(d.name) && d.type === 'person') || (d.key.length <= LONGEST_COUNTED && COUNTED_SPEAKERS.has(d.key))) list.splice(k, 1);
    }
  }

  private push(d: Draft): void {
    const list = this.list;
    // Most often it is the most recent already.
    const last = list.length - 1;
    if (list[last] === d) return;
    const at = list.indexOf(d);
    if (at < 0) {
      list.push(d);
      return;
    }
    // Moved to the end by shifting the ones after it down, in place: splice() and push() would cut and grow the list.
    for (let k = at; k < last; k++) list[k] = list[k + 1];
    list[last] = d;
  }
}
