import type { Amount } from './amount';
import type { QualifierMatch } from './qualifier';
import type { UnitMatch } from './unitAfter';

/** What the reader found at one place, before it is checked and turned into a Figure. */
export interface Candidate {
  /** Token indexes [start, end) of the whole figure, qualifiers included. */
  readonly start: number;
  readonly end: number;
  /** Null for a multiplier without a number ("many times higher"). */
  readonly amount: Amount | null;
  /** The upper end of a range: "between 20 and 30". */
  readonly upper: Amount | null;
  readonly unit: UnitMatch | null;
  readonly qualifier: QualifierMatch | null;
  /** A multiplier written as one word or a vague count: "twice" → 2, "many times" → null. */
  readonly multiplier?: { readonly value: number | null };
  /** A magnitude without a number: "thousands of people" → value null. */
  readonly vague?: boolean;
  /** A decade of age, "in their 40s": an age as "aged 45" is, a duration, with the decade as its range. */
  readonly ageDecade?: boolean;
}

/** A place the reader stepped over without a figure, so its parts are not read again. */
export interface Skip {
  readonly skip: number;
}
