import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2026-03-12 Poll on the reform\n\n';

/** Each claim's text, type, attribution and speaker, whatever its score. */
const claims = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} | ${c.type} | ${c.attribution} | ${c.speaker?.name ?? ''}`);
};

describe('claims: a share of those polled is no speaker; the sentence is the poll\'s figure', () => {
  const rows = [
    { text: 'Only 31% said they would back it in a referendum.', expect: ['Only 31% said they would back it in a referendum. | statistic | narrative | '] },
    { text: 'Some 60% of voters said the reform was unfair.', expect: ['Some 60% of voters said the reform was unfair. | statistic | narrative | '] },
    { text: 'Two in three tenants said their rent had risen.', expect: ['Two in three tenants said their rent had risen. | statistic | narrative | '] },
    { text: 'Half of the respondents said they had skipped meals.', expect: ['Half of the respondents said they had skipped meals. | statistic | narrative | '] },
    // negatives: a group that is no share, a count of members
    { text: 'Most economists said rates would rise.', expect: ['rates would rise. | prediction | indirect | Most economists'] },
    { text: 'The 40 members of the board said the plan was sound.', expect: ['the plan was sound. | factual | indirect | The 40 members of the board'] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(claims(row.text), row.expect));
});
