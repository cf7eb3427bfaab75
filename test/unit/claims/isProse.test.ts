import * as assert from 'node:assert/strict';
import { isProse } from '../../../src/core/extractors/claims/isProse';

describe('isProse', () => {
  const rows = [
    { text: 'Rents rose 4% in 2023.', expect: true },
    { text: 'Turnout fell.', expect: true },
    { text: 'Éire votes today.', expect: true },
    { text: 'See https://example.org for the data.', expect: true },
    // negative rows: rows of numbers, links, rules and single words
    { text: '2020 | 2021 | 2022', expect: false },
    { text: 'https://example.org/report-2024.pdf', expect: false },
    { text: 'www.example.org/levy', expect: false },
    { text: '1,2,3,4,5,6', expect: false },
    { text: '---', expect: false },
    { text: 'Leeds: 1,547.', expect: false },
    { text: '', expect: false },
  ];
  for (const row of rows) it(`${JSON.stringify(row.text)} → ${row.expect}`, () => assert.equal(isProse(row.text, 0, row.text.length), row.expect));
});
