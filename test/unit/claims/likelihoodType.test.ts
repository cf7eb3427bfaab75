import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

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
      assert.equal(candidatesOf(row.text)[0]?.type, row.expect);
    });
  }
});
