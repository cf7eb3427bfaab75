import { hasLead, leadingWords } from './cueAnchors';

/**
 * A whole-word feature: true when some run of `\w` in the text is one of the
 * words, case folded. The regex is what it stands for, and answers alone when
 * the word lexicons have run out of bits.
 */
export interface WordSet {
  readonly id: number;
  readonly rx: RegExp;
}

const wordSet = (words: readonly string[], rx: RegExp): WordSet => ({ id: leadingWords(words), rx });

/** `inText(WORDS.we, "We act")` → true. */
export const inText = (set: WordSet, text: string): boolean => (set.id >= 0 ? hasLead(text, set.id) : set.rx.test(text));

/**
 * inText, given `lexicons`, the leadHits(text).lexicons bits looked up once for
 * every set asked about the same text: 1 or 0.
 */
export const inLexicons = (set: WordSet, lexicons: number, text: string): number =>
  set.id >= 0 ? (lexicons >>> set.id) & 1 : set.rx.test(text) ? 1 : 0;

/**
 * The word features of the claim scorer. "we're" needs no entry of its own: its
 * "we" is a whole word already.
 */
export const WORDS = {
  numberWord: wordSet(
    ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'half', 'dozen', 'double', 'twice', 'triple'],
    /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|half|dozen|double|twice|triple)\b/i,
  ),
  scale: wordSet(
    ['hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions'],
    /\b(?:hundred|thousand|million|billion|trillion)s?\b/i,
  ),
  moneyWord: wordSet(['dollar', 'dollars', 'euro', 'euros', 'pounds'], /\b(?:dollars?|euros?|pounds)\b/i),
  /** "per cent" opens on one of these; the regex then decides. */
  perCent: wordSet(['per', 'percent'], /\bper\s?cent\b/i),
  pastWord: wordSet(['was', 'were', 'had', 'did'], /\b(?:was|were|had|did)\b/i),
  /** The perfect opens on one of these ("'ve" on "ve"); the regex then decides. */
  perfectAux: wordSet(['has', 'have', 've'], /\b(?:has|have|'ve)\s+(?:\w+\s+)?(?:been|\w+ed)\b/i),
  hedge: wordSet(['may', 'might', 'could', 'perhaps', 'maybe', 'possibly', 'probably'], /\b(?:may|might|could|perhaps|maybe|possibly|probably)\b/i),
  negation: wordSet(['not', 'never', 'no', 'nobody', 'nothing'], /\b(?:not|never|no|nobody|nothing)\b/i),
  we: wordSet(['we', 'our', 'us'], /\b(?:we|our|us|we're|we've)\b/i),
  i: wordSet(['i', 'me', 'my'], /\b(?:i|me|my|i'm|i've)\b/i),
  you: wordSet(['you', 'your'], /\b(?:you|your|you're)\b/i),
  they: wordSet(['they', 'their', 'them'], /\b(?:they|their|them)\b/i),
} as const;
