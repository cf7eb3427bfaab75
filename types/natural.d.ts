/** The one natural module the engine imports, by its deep path to keep the bundle small. */
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer' {
  class SentenceTokenizer {
    /** `abbreviations` are matched case-insensitively anywhere; `trimSentences` defaults to true. */
    constructor(abbreviations?: readonly string[], trimSentences?: boolean);
    tokenize(text: string): string[];
  }
  export = SentenceTokenizer;
}
