import * as assert from 'node:assert/strict';
import { isLetterOrNumber } from '../../src/core/extractors/wordChars';

describe('isLetterOrNumber', () => {
  const rows = [
    { code: 0x61, expect: true }, // a
    { code: 0x37, expect: true }, // 7
    { code: 0xe9, expect: true }, // é
    { code: 0x661, expect: true }, // Arabic-Indic one is a number to \p{N}
    { code: 0x2019, expect: false }, // right single quotation mark
    { code: 0x2d, expect: false }, // hyphen
    { code: 0xd83d, expect: false }, // a lone surrogate half
    { code: -1, expect: false }, // no character before the text
    { code: NaN, expect: false }, // charCodeAt past the end
  ];
  for (const row of rows) it(`says ${row.expect} of ${row.code}`, () => assert.equal(isLetterOrNumber(row.code), row.expect));
  it('agrees with /[\\p{L}\\p{N}]/u on every UTF-16 code unit', () => {
    const re = /[\p{L}\p{N}]/u;
    for (let c = 0; c < 0x10000; c++) if (isLetterOrNumber(c) !== re.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
  });
});
