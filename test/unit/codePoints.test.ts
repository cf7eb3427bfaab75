import * as assert from 'node:assert/strict';
import { codePointOffsets } from '../../src/core/export/codePoints';

describe('codePointOffsets', () => {
  const rows = [
    { text: 'plain text', utf16: 4, expect: 4 },
    { text: '😀ab', utf16: 2, expect: 1 },
    { text: '😀ab', utf16: 3, expect: 2 },
    { text: 'a😀b😀c', utf16: 6, expect: 4 },
    { text: 'a😀b', utf16: 4, expect: 3 },
    // negatives: offsets outside the text are clamped, a lone surrogate counts as one
    { text: '😀ab', utf16: 99, expect: 3 },
    { text: '\uD800x😀', utf16: 2, expect: 2 },
  ];
  for (const row of rows) {
    it(`maps ${row.utf16} in ${JSON.stringify(row.text)} to ${row.expect}`, () => assert.equal(codePointOffsets(row.text)(row.utf16), row.expect));
  }
});
