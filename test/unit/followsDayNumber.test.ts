import * as assert from 'node:assert/strict';
import { followsDayNumber } from '../../src/core/segment/followsDayNumber';

/** `at` is where the month word starts: the text's "|". */
describe('followsDayNumber: a day of the month just before a month word', () => {
  const rows = [
    { text: 'by 31 |Jan.', expect: true },
    { text: '1st |Feb.', expect: true },
    { text: '(2 |Mar.', expect: true },
    { text: 'in |Jan.', expect: false },
    { text: 'Route 101 |Feb.', expect: false }, // three digits: no day
    { text: 'A31 |Jan.', expect: false }, // a code, not a day
    { text: '31  |Jan.', expect: false }, // two spaces
    { text: '31|Jan.', expect: false },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${row.expect}`, () => {
      const at = row.text.indexOf('|');
      const text = row.text.replace('|', '');
      assert.equal(followsDayNumber(text, 0, at), row.expect);
    });
  }
});
