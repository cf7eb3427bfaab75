/**
 * Cues of a pledge or a decision by the speaker: "we will", "has signed".
 * First-person futures are pledges; the past-tense verbs record a decision taken.
 */
export const COMMITMENT_CUES: readonly string[] = [
  'we will', 'we\'ll', 'i will', 'i\'ll', 'we shall', 'we are going to', 'we\'re going to', 'i am going to',
  'i\'m going to', 'we are committed', 'we\'re committed', 'i am committed', 'i\'m committed', 'committed to',
  'commit to', 'commits to', 'pledge', 'pledges', 'pledged', 'promise', 'promised', 'promises', 'vow', 'vowed',
  'vows', 'signed', 'has signed', 'have signed', 'agreed to', 'has agreed', 'have agreed', 'decided to',
  'has decided', 'have decided', 'will provide', 'will deliver', 'will send', 'approved', 'allocated',
  'guarantee', 'guaranteed',
];
