/**
 * Normative cues: a call to act or a statement of what ought to be. A claim
 * holding one is a `recommendation`. Phrases are matched whole-word, case-insensitively.
 */
export const RECOMMENDATION_CUES: readonly string[] = [
  'should', 'shouldn\'t', 'should not', 'must', 'mustn\'t', 'must not', 'ought to', 'need to', 'needs to',
  'we have to', 'you have to', 'they have to', 'i have to', 'has to be', 'have to be', 'had better', 'it is urgent', 'it\'s urgent', 'it is necessary', 'it\'s necessary',
  'is necessary to', 'it is essential', 'it\'s essential', 'it is vital', 'it\'s vital', 'it is important to',
  'it\'s important to', 'it is time to', 'it\'s time to', 'call for', 'calls for', 'called for', 'calling for',
  'urge', 'urges', 'urged', 'urging', 'let us', 'let\'s', 'we cannot afford', 'should be', 'must be',
  'it is imperative', 'recommend', 'recommends', 'recommended',
];
