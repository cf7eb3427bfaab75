import * as assert from 'node:assert/strict';
import { numberEnd } from '../../src/core/extractors/figures/numberEnd';

/** Where the number read at the start of each text ends: `read` is what it spans, null for none. */
const rows: ReadonlyArray<{ text: string; read: string | null }> = [
  { text: '2021.', read: '2021' },
  { text: '1,500.5 people', read: '1,500.5' },
  { text: '1,234,567 votes', read: '1,234,567' },
  { text: '4.25%', read: '4.25' },
  { text: '2.5e6 joules', read: '2.5e6' },
  { text: '3E-4,', read: '3E-4' },
  { text: '10 000 troops', read: '10 000' }, // grouped by a space
  { text: '10\u00a0000.5 tonnes', read: '10\u00a0000.5' },
  { text: '.5 of it', read: '.5' },
  // What only looks like more of the number stays out.
  { text: '5e6x', read: '5' },
  { text: '2e people', read: '2' },
  { text: '1, 2', read: '1' },
  { text: '1234 567', read: '1234' },
  { text: '10 00 0', read: '10' },
  { text: '10 0000', read: '10' },
  { text: '. 5', read: null },
  { text: 'x5', read: null },
];

describe('numberEnd: where a number written in digits ends', () => {
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${JSON.stringify(row.read)}`, () => {
      const end = numberEnd(row.text, 0);
      assert.equal(end < 0 ? null : row.text.slice(0, end), row.read);
    });
  }
});
