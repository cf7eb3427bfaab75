import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';

describe('claims: a measured comparison of likelihoods is a statistic', () => {
  const rows = [
    { text: 'Crews who worked nights were 25% less likely to stay a year.', expect: 'statistic' },
    { text: 'Night crews were twice as likely to leave within a year.', expect: 'statistic' },
    { text: 'Night crews were three times more likely to leave the port.', expect: 'statistic' },
    // negatives: an expectation
    { text: 'Fares are more likely to rise next year.', expect: 'prediction' },
    { text: 'Fares are likely to rise next year.', expect: 'prediction' },
  ];
  for (const row of rows) {
    it(row.text, () => {
      const a = analyze(DATELINE + row.text, { allClaims: true });
      checkInvariants(a);
      assert.equal(a.claims[0]?.type, row.expect);
    });
  }
});
