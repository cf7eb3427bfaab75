import * as assert from 'node:assert/strict';
import { isDigitCode, isTrimSpace, isWordCode } from '../../src/core/charCodes';

describe('charCodes', () => {
  const spaces = [
    { code: 0x20, expect: true },
    { code: 0x0b, expect: true }, // vertical tab
    { code: 0xa0, expect: true }, // no-break space
    { code: 0x202f, expect: true }, // narrow no-break space
    { code: 0xfeff, expect: true }, // the BOM, which trim removes
    { code: 0x200b, expect: false }, // zero-width space is not white space to a regex
    { code: 0x41, expect: false },
  ];
  for (const row of spaces) {
    it(`isTrimSpace says ${row.expect} of U+${row.code.toString(16).padStart(4, '0')}`, () => assert.equal(isTrimSpace(row.code), row.expect));
  }
  it('isTrimSpace agrees with /\\s/ and with trim on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isTrimSpace(c) !== /\s/.test(ch) || isTrimSpace(c) !== (ch.trim() === '')) assert.fail(`U+${c.toString(16)}`);
    }
  });

  const digits = [
    { code: 0x30, expect: true },
    { code: 0x39, expect: true },
    { code: 0x2f, expect: false }, // '/', just before '0'
    { code: 0x3a, expect: false }, // ':', just after '9'
    { code: 0x661, expect: false }, // Arabic-Indic one: \d in JS is ASCII only
    { code: -1, expect: false }, // no character (charCodeAt past the end)
  ];
  for (const row of digits) {
    it(`isDigitCode says ${row.expect} of ${row.code}`, () => assert.equal(isDigitCode(row.code), row.expect));
  }
  it('isWordCode agrees with /\\w/ on every UTF-16 code unit, and says false of no character', () => {
    assert.equal(isWordCode(NaN), false);
    for (let c = 0; c < 0x10000; c++) if (isWordCode(c) !== /\w/.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
  });
  it('isDigitCode agrees with /\\d/ on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) if (isDigitCode(c) !== /\d/.test(String.fromCharCode(c))) assert.fail(`U+${c.toString(16)}`);
  });
});
