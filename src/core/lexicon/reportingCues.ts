/**
 * Claims-only additions to lexicon/reportingVerbs.ts: verbs that introduce a
 * reported clause ("officials estimated that …") but that the quotes stage does
 * not need. The claims stage uses INDIRECT_SPEECH_VERBS plus these.
 */
export const CLAUSE_REPORTING_VERBS: readonly string[] = [
  'stated', 'states', 'adding', 'warns', 'argues', 'insists', 'explains', 'stresses', 'emphasised', 'emphasized',
  'emphasises', 'emphasizes', 'declares', 'writes', 'reported', 'confirmed', 'confirms', 'admits', 'acknowledges',
  'pointed out', 'points out', 'predicted', 'suggested', 'suggests', 'believes', 'believed', 'estimated', 'recalled',
  'revealed', 'reveals',
  // verbs that are nouns as often ("the estimates", "new projects"): a reporting verb only with "that" after them
  'estimate that', 'estimates that', 'forecast that', 'forecasts that', 'project that', 'projects that', 'projected that',
  'calculate that', 'calculates that', 'calculated that',
  // "the expected rise", "it is expected that" are no speech; with "that" after them and a subject before, these are
  'expect that', 'expects that', 'predict that', 'predicts that',
  // a body's finding or ruling ("the panel found that …"), once its "that" is read as the conjunction (thatFrame.ts)
  'found that', 'finds that', 'ruled that', 'rules that', 'concluded that', 'concludes that',
];

/** Phrases that put the source first: "According to him, …"; "citing officials, …". */
export const ACCORDING_TO_PHRASES: readonly string[] = ['according to', 'as per', 'in the words of', 'citing'];
