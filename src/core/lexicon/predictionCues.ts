/**
 * Cues of an expectation about the future. `PREDICTION_CUES` are explicit and
 * outrank a commitment ("I expect that we will see…" is a prediction);
 * `FUTURE_CUES` only mark the future tense and rank below commitments and figures.
 */
export const PREDICTION_CUES: readonly string[] = [
  'expect', 'expects', 'expected to', 'expecting', 'forecast', 'forecasts', 'forecasted', 'predict', 'predicts',
  'predicted', 'projected to', 'projects', 'is likely to', 'are likely to', 'likely to', 'unlikely to',
  'anticipate', 'anticipates', 'anticipated', 'is set to', 'are set to', 'on track to', 'is poised to',
  'are poised to', 'by the end of the year', 'in the coming years', 'in the coming months', 'in the future',
];

export const FUTURE_CUES: readonly string[] = [
  // "later" alone is as often past ("three years later") as future
  'will', 'won\'t', 'would', 'going to', 'gonna', 'shall', 'is about to', 'are about to', 'later this', 'later next',
  'later today', 'later in the year',
  'next year', 'next month', 'next week', 'upcoming', 'soon',
];

/** Words before "likely" that compare risks: "less likely to", "as likely to". */
export const LIKELIHOOD_COMPARATIVES: readonly string[] = ['less', 'more', 'as'];
/**
 * Amounts before such a comparison, which make it a measured finding rather than an expectation:
 * "25% less likely to", "twice as likely to", "three times more likely to" ("more likely to rise" stays a prediction).
 */
export const LIKELIHOOD_AMOUNTS: readonly string[] = ['%', 'percent', 'per cent', 'times', 'twice', 'thrice', 'half', 'fold'];
