import { flaggedWords, holdsFlagged } from './cueAnchors';

/**
 * "She expects rents to rise 4%", "The Port Authority expects traffic to grow": a subject
 * opening the sentence, a verb of expecting, its object and "to". The sentence is the
 * subject's expectation; nothing is cut, so its verb still types it a prediction.
 * A modal or a noun between subject and verb ("Drivers can expect delays") matches nothing.
 */
const EXPECTS = new RegExp(
  String.raw`^\s*((?:(?:The|A|An)\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))` +
    String.raw`\s+(?:also\s+|now\s+|still\s+)?(?:expects?|predicts?|forecasts?)\s+(?!that\b|to\b)(?:[\p{L}\p{N}'’%$.,-]+\s+){1,5}?to\s+\p{Ll}`,
  'u',
);
/** The verb's own letters: a segment without them is tried no further. */
const MAY_EXPECT = /\b(?:expect|predict|forecast)/i;
/**
 * EXPECTS's verbs, each a whole run of `\w` between spaces: the segment's registered words (read once for every
 * check of the frame) tell whether one stands in it, where MAY_EXPECT searched its letters anew ("expected" too).
 */
const EXPECT_VERBS = flaggedWords(['expect', 'expects', 'predict', 'predicts', 'forecast', 'forecasts']);

/** The subject's offsets in `seg` when the segment opens with an expectation of its subject's, or null. */
export function expectingSubject(seg: string): { readonly start: number; readonly end: number } | null {
  if (EXPECT_VERBS ? !holdsFlagged(seg, EXPECT_VERBS) : !MAY_EXPECT.test(seg)) return null;
  const m = EXPECTS.exec(seg);
  if (!m) return null;
  const start = m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}
