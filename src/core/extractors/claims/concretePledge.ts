import { PLEDGE_ACTION_VERBS } from '../../lexicon/pledgeVerbs';

/**
 * "we will", "I'll", "we're going to", "we pledge to", "I am committed to": the speaker binding themselves.
 * Then an action verb, at most one adverb before it, and an object that is no pronoun or particle.
 */
const PLEDGE = new RegExp(
  String.raw`\b(?:we|i)(?:\s+will|\s+shall|['\u2019]ll|\s+are\s+going\s+to|['\u2019]re\s+going\s+to|\s+am\s+going\s+to|['\u2019]m\s+going\s+to|` +
    String.raw`\s+(?:pledge|promise|vow|commit)\s+to|\s+(?:are|am)\s+committed\s+to|['\u2019](?:re|m)\s+committed\s+to)` +
    String.raw`\s+(?:[a-z]+ly\s+|also\s+|now\s+|not\s+)?(?:${PLEDGE_ACTION_VERBS.join('|')})\s+` +
    String.raw`(?!(?:it|them|that|this|you|us|him|her|up|down|out|in|on|off|back|away|over|through|there)\b)[\w$€£]`,
  'i',
);

/** The claim asked about last, and its answer. */
let lastText = '';
let lastAnswer = false;

/**
 * Whether the text holds a first-person pledge of a checkable action on a named object:
 * "We will freeze parking charges", "I'll hire 200 nurses"; not "we will do everything we can",
 * "we'll cut it", "the council will freeze charges" (no one binds themselves).
 * Read only for a claim with a commitment cue.
 */
export function concretePledge(text: string): boolean {
  // the features and the pledge floor ask about the same claim one after the other: the regex runs once
  if (text !== lastText) {
    lastText = text;
    lastAnswer = PLEDGE.test(text);
  }
  return lastAnswer;
}
