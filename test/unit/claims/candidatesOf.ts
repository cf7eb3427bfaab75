import { analyze } from '../../../src/core';
import type { Claim } from '../../../src/core/model';
import { checkInvariants } from '../invariants';

/**
 * Every claim candidate of a body of text after a dateline, whatever its
 * score, from an analysis that passes the invariants.
 */
export function candidatesOf(body: string, dateline = 'date 2024-03-01 Council briefing\n\n'): readonly Claim[] {
  const a = analyze(dateline + body, { allClaims: true });
  checkInvariants(a);
  return a.claims;
}

/** A candidate as one line: "text | speaker | attribution". */
export const describeClaim = (c: Claim): string => `${c.text} | ${c.speaker?.name ?? '-'} | ${c.attribution}`;
