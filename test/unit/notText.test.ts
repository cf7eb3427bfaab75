import * as assert from 'node:assert/strict';
import { isNotText } from '../../src/extension/notText';

describe('isNotText', () => {
  const rows = [
    { name: 'an article', text: 'date 2023-02-13 Talks\n\n"Yes," she said.', expect: false },
    { name: 'tabs, CRLF and form feeds', text: 'a\tb\r\nc\fd', expect: false },
    { name: 'accents and quotes', text: 'Zoë said “très bien” — naïve café', expect: false },
    { name: 'empty', text: '', expect: false },
    { name: 'a NUL byte', text: 'PNG\u0000\u0000IHDR', expect: true },
    { name: 'control characters', text: '\u0001\u0002\u001b[0m'.repeat(20), expect: true },
    { name: 'undecodable bytes', text: 'abc\uFFFD\uFFFD\uFFFDdef', expect: true },
  ];
  for (const row of rows) it(`says ${row.expect ? 'not text' : 'text'}: ${row.name}`, () => assert.equal(isNotText(row.text), row.expect));
});
