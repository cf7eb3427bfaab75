/**
 * A reported "will" of the speaker's own side, shifted back to "would": "[he said] his party would repeal the tax",
 * "[the union said] they would strike". The subject is a personal pronoun or a side owned by one; "it" and "the …"
 * are most often a thing foreseen ("it would cost £4 billion"), so they stay predictions.
 */
const OWN_SIDE_WOULD =
  /^(?:(?:he|she|they|we|i)|(?:his|her|their|our)\s+(?:party|government|administration|council|campaign|company|firm|team|ministry|department|board|union|coalition|group|members))\s+would\s+(?:(?:not|never|also|now|then|immediately|still)\s+)?([a-z]+)\b/i;

/** Verbs after "would" that tell what befalls or pleases the subject, not what it binds itself to do. */
const NOT_DEEDS: ReadonlySet<string> = new Set([
  'be', 'have', 'like', 'love', 'prefer', 'rather', 'want', 'need', 'lose', 'win', 'face', 'suffer', 'struggle',
  'get', 'find', 'feel', 'see', 'welcome', 'probably', 'likely', 'expect', 'hope', 'benefit', 'receive', 'become',
  // what an election or a deadline brings: "he would gain ground", "they would miss the deadline"
  'gain', 'miss', 'draw', 'fail', 'succeed', 'prevail', 'survive', 'beat', 'defeat', 'carry', 'finish', 'fall', 'rise', 'grow',
]);

/** The "would" of a reported pledge opening a reported clause, or null: "his party would repeal the tax" → "would". */
export function reportedPledge(text: string): string | null {
  const m = OWN_SIDE_WOULD.exec(text);
  return m && !NOT_DEEDS.has(m[1].toLowerCase()) ? 'would' : null;
}
