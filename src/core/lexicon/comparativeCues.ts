/**
 * Comparisons and changes in amount: a claim comparing quantities rests on
 * numbers even when it gives none ("many times higher than").
 */
export const COMPARATIVE_CUES: readonly string[] = [
  'more than', 'less than', 'fewer than', 'higher than', 'lower than', 'greater than', 'larger than',
  'smaller than', 'bigger than', 'faster than', 'slower than', 'times higher', 'times more', 'times greater',
  'times larger', 'times as', 'twice as', 'half as', 'as many as', 'as much as', 'the highest', 'the lowest',
  'the largest', 'the biggest', 'the most', 'the least', 'the fastest', 'increase', 'increased', 'increases',
  'decrease', 'decreased', 'rose', 'risen', 'rise', 'fell', 'fallen', 'drop', 'dropped', 'doubled', 'tripled',
  'halved', 'cut', 'grew', 'grown', 'declined', 'record', 'percent', 'per cent', 'majority', 'average',
];

/** Multipliers without a number, which make a comparison a statistic: "many times higher". */
export const MULTIPLIER_CUES: readonly string[] = [
  'many times', 'several times', 'times higher', 'times more', 'times greater', 'times larger', 'times as',
  'twice as', 'doubled', 'tripled', 'halved', 'tenfold', 'hundredfold',
];

/**
 * Phrases that open with a cue but say no such thing: "doubled down on the
 * issue" changes no amount, "soon after, the picture turned up" looks back.
 */
export const CUE_IDIOMS: readonly string[] = ['doubled down', 'doubling down', 'double down', 'doubles down', 'soon after'];
