import * as assert from 'node:assert/strict';
import { hasWordAt, wordTable } from '../../../src/core/extractors/claims/wordTable';

describe('hasWordAt: a lexicon word read where it stands, as a lower-cased copy would be', () => {
  const table = wordTable(new Set(['the', 'of']), new Set(['whether']));
  const rows = [
    { text: 'the vote', start: 0, end: 3, expect: true },
    { text: 'The vote', start: 0, end: 3, expect: true },
    { text: 'WHETHER it', start: 0, end: 7, expect: true },
    { text: 'said of it', start: 5, end: 7, expect: true },
    // negative rows: another word, a longer or shorter slice, a word holding the table's word
    { text: 'tho vote', start: 0, end: 3, expect: false },
    { text: 'them', start: 0, end: 4, expect: false },
    { text: 'th', start: 0, end: 2, expect: false },
    { text: 'other', start: 1, end: 5, expect: false },
    { text: 'Th\u00c9', start: 0, end: 3, expect: false },
    { text: '', start: 0, end: 0, expect: false },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text.slice(row.start, row.end))} → ${row.expect}`, () => {
      assert.equal(hasWordAt(row.text, row.start, row.end, table), row.expect);
      assert.equal(table[row.end - row.start]?.includes(row.text.slice(row.start, row.end).toLowerCase()) ?? false, row.expect);
    });
  }
});
