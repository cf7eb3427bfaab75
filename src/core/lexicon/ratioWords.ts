/**
 * Words that name a ratio of risks or odds, so the number they introduce is a
 * multiplier, not a count: "hazard ratio 0.91", "the relative risk was 0.77", "HR 1.4".
 */

/** Before "ratio": "hazard ratio", "odds ratio", "incidence rate ratio". */
export const RATIO_HEADS: ReadonlySet<string> = new Set([
  'hazard', 'odds', 'risk', 'rate', 'incidence', 'likelihood', 'mortality', 'prevalence',
]);

/** Abbreviations written right before the value, matched with their case: "HR 0.91", "aOR = 1.8". */
export const RATIO_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'HR', 'aHR', 'OR', 'aOR', 'RR', 'aRR', 'IRR', 'SMR', 'HRs', 'ORs', 'RRs',
]);
