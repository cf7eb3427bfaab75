import { REPORTING_VERBS } from '../lexicon/reportingVerbs';
import type { Word } from './words';

/** Verbs that agree only with a plural subject (or "I", "you"): "Farmers have", "Residents are". */
const PLURAL_ONLY: ReadonlySet<string> = new Set(['have', 'are', 'were', 'do', "haven't", "aren't", "weren't", "don't", 'haven\u2019t', 'aren\u2019t', 'weren\u2019t', 'don\u2019t']);

/**
 * Whether word w is a present-tense verb a single person's name never takes: "say" in "Farmers say",
 * "warn" in "Residents warn", "have" in "Economists have". "Sawyers says" and "Farmer said" agree with one.
 */
export function pluralVerb(w: Word | undefined): boolean {
  if (!w || w.punct || w.capital) return false;
  if (PLURAL_ONLY.has(w.key)) return true;
  return REPORTING_VERBS.has(w.key) && !w.key.endsWith('s') && (REPORTING_VERBS.has(w.key + 's') || REPORTING_VERBS.has(w.key + 'es'));
}
