import { flaggedWords, holdsFlagged } from './cueAnchors';

/**
 * Past habits told with "would": "Every spring the council would cut the grass", "Inspectors would often
 * skip the checks". Such a "would" looks back, so it makes no prediction. Read only for a claim whose one
 * future cue is "would"; a frequency word beside it or a recurring time ("every spring") in the clause tells it.
 */
const RECURRING =
  /\b(?:every|each)\s+(?:(?:other|single)\s+)?(?:spring|summer|autumn|fall|winter|year|month|week|weekend|day|morning|afternoon|evening|night|season|term|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b|\bin those days\b|\bback then\b|\bwhenever\b/i;
/** A frequency adverb right after "would" or right before it: "would often", "usually would". */
const FREQUENT_WORDS = ['often', 'usually', 'always', 'sometimes', 'regularly', 'routinely', 'typically', 'frequently', 'occasionally', 'invariably', 'normally'];
const FREQUENT = `(?:${FREQUENT_WORDS.join('|')})`;
const NEAR_WOULD = new RegExp(`\\bwould\\s+${FREQUENT}\\b|\\b${FREQUENT}\\s+would\\b`, 'i');
/** A future or condition in the same clause keeps "would" forward-looking: "if the levy passed, it would every year…". */
const FORWARD = /\b(?:if|unless|next|will|soon|future|coming)\b/i;

/** A refusal told with "would not": "The office would not say whether …", "she wouldn't comment". */
const REFUSED = ['say', 'comment', 'confirm', 'deny', 'disclose', 'reveal', 'discuss', 'answer', 'elaborate', 'specify', 'identify', 'name'];
const REFUSAL = new RegExp(String.raw`\bwould(?:\s+not|n['\u2019]t)\s+(?:${REFUSED.join('|')})\b`, 'i');
/**
 * Words of which RECURRING, NEAR_WOULD and REFUSAL each need one, as a whole run of `\w`: without any among the
 * claim's registered words, read already for its cues, no regex is tried. Most claims whose "would" looks ahead hold none.
 */
const LOOKS_BACK_WORDS = flaggedWords(['every', 'each', 'those', 'back', 'whenever', ...FREQUENT_WORDS, ...REFUSED]);

/**
 * Whether the "would" of the text looks back: a past habit, or a refusal to speak.
 * The text is a claim's, so a few hundred characters at most.
 */
export function habitualWould(text: string): boolean {
  if (LOOKS_BACK_WORDS && !holdsFlagged(text, LOOKS_BACK_WORDS)) return false;
  return (RECURRING.test(text) || NEAR_WOULD.test(text) || REFUSAL.test(text)) && !FORWARD.test(text);
}

/** Whether "would" is the only future cue. */
export const onlyWould = (cues: readonly string[]): boolean => cues.every((cue) => cue.toLowerCase() === 'would');

/** A pledge told as a past habit: "the government would promise to protect them", "they would always vow to". */
const WOULD_PLEDGE = /\bwould\s+(?:[a-z]+\s+)?(?:promise|pledge|vow|commit|guarantee)/i;

/** Whether the text's pledge is a past habit ("Every summer they would promise to clear the brush"), so no commitment. */
export const habitualPledge = (text: string): boolean => WOULD_PLEDGE.test(text) && habitualWould(text);
