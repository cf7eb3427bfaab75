import * as assert from 'node:assert/strict';
import { firstWord } from '../../src/core/segment/fragmentWords';

/**
 * The first word of a fragment [start, end) of a text: a word that runs on
 * past the fragment's end counts only up to it, whatever follows in the text.
 */
const rows: { text: string; start?: number; end?: number; expect: string }[] = [
  { text: 'The council met.', expect: 'The' },
  { text: '“Smith left.”', expect: 'Smith' },
  { text: 'abcdefghij', end: 4, expect: 'abcd' }, // the word runs past the fragment
  { text: 'abcdefghij', start: 3, end: 6, expect: 'def' },
  { text: 'abcd efgh', end: 4, expect: 'abcd' },
  { text: 'abcd efgh', end: 5, expect: 'abcd' },
  { text: 'O’Neill-Brandt spoke', expect: 'O’Neill-Brandt' },
  { text: 'née Brandt', end: 3, expect: 'née' },
  { text: 'Müllerstraße', start: 0, end: 6, expect: 'Müller' }, // a non-ASCII letter within the word, cut at the fragment
  { text: '中文文本没有空格', start: 2, end: 4, expect: '文本' },
  // negative rows: no word in the fragment
  { text: '... --- ...', expect: '' },
  { text: 'abc', start: 3, end: 3, expect: '' },
  { text: '“ ”', expect: '' },
];

describe('firstWord', () => {
  for (const row of rows) {
    const start = row.start ?? 0;
    const end = row.end ?? row.text.length;
    it(`reads "${row.expect}" in "${row.text}" [${start}, ${end})`, () => assert.equal(firstWord(row.text, { start, end }), row.expect));
  }
});
