import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer';

/** natural's own steps, for texts the single-pass ones below cannot mirror exactly. */
interface NaturalSteps {
  replaceUrisWithPlaceholders(text: string): string;
  splitOnPlaceholders(text: string): string[];
  revertReplacements(text: string): string;
  revertDelimiters(text: string): string;
}
const NATURAL = SentenceTokenizer.prototype as unknown as NaturalSteps;

/** natural's URI pattern cannot match without "@", "://" or this (it is case-insensitive). */
const WWW = /www\./i;
const PLACEHOLDER = /\{\{(NUMBER|URI|ABBREV|DELIM)_\d+\}\}/g;

/**
 * natural's SentenceTokenizer, splitting exactly as it does, with its
 * placeholder bookkeeping done in one pass: natural builds a RegExp per
 * placeholder for every sentence, so a paragraph costs the square of its length.
 * The single pass equals natural's loops when the only braces in the text are
 * its placeholders and no URI holds a `$` (which String.replace would read
 * as a pattern); other texts take natural's own steps.
 * `tokenize("It cost 3.5 dollars. Fine.")` → ["It cost 3.5 dollars.", "Fine."].
 */
export class PlaceholderTokenizer extends SentenceTokenizer {
  declare private replacementMap: Map<string, string>;
  declare private delimiterMap: Map<string, string>;
  private singlePass = false;

  tokenize(text: string): string[] {
    this.singlePass = !text.includes('{') && !text.includes('}');
    return super.tokenize(text);
  }

  replaceUrisWithPlaceholders(text: string): string {
    if (!text.includes('@') && !text.includes('://') && !WWW.test(text)) return text;
    const replaced = NATURAL.replaceUrisWithPlaceholders.call(this, text);
    for (const uri of this.replacementMap.values()) if (uri.includes('$')) this.singlePass = false;
    return replaced;
  }

  /**
   * Splits after each delimiter and puts every placeholder back in the same
   * pass, so the sentences come out whole and the revert steps find nothing to do.
   */
  splitOnPlaceholders(text: string): string[] {
    if (!this.singlePass) return NATURAL.splitOnPlaceholders.call(this, text);
    const sentences: string[] = [];
    let sentence = '';
    let from = 0;
    const re = PLACEHOLDER;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      sentence += text.slice(from, m.index);
      from = m.index + m[0].length;
      if (m[1] !== 'DELIM') {
        sentence += this.replacementMap.get(m[0]) ?? m[0];
        continue;
      }
      sentences.push(sentence + (this.delimiterMap.get(m[0]) ?? m[0]));
      sentence = '';
    }
    sentences.push(sentence + text.slice(from));
    return sentences;
  }

  revertReplacements(text: string): string {
    return this.singlePass ? text : NATURAL.revertReplacements.call(this, text);
  }

  revertDelimiters(text: string): string {
    return this.singlePass ? text : NATURAL.revertDelimiters.call(this, text);
  }
}
