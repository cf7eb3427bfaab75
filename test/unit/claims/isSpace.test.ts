import * as assert from 'node:assert/strict';
import { isSpace } from '../../../src/core/extractors/claims/isSpace';

describe('isSpace', () => {
  const rows = [
    { code: 0x20, expect: true },
    { code: 0x0b, expect: true }, // vertical tab
    { code: 0xa0, expect: true }, // no-break space
    { code: 0x202f, expect: true }, // narrow no-break space
    { code: 0x200b, expect: false }, // zero-width space is not white space to a regex
    { code: 0x41, expect: false },
  ];
  for (const row of rows) {
    it(`says ${row.expect} of U+${row.code.toString(16).padStart(4, '0')}`, () => assert.equal(isSpace(row.code), row.expect));
  }
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
  });
});
