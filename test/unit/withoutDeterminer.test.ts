import * as assert from 'node:assert/strict';
import { withoutDeterminer } from '../../src/core/extractors/withoutDeterminer';

describe('withoutDeterminer', () => {
  const rows = [
    { text: 'the former governor', expect: 'former governor' },
    { text: 'The  union', expect: 'union' },
    { text: 'an aide', expect: 'aide' },
    { text: 'a\u00a0spokeswoman', expect: 'spokeswoman' },
    { text: 'THEIR lawyers', expect: 'lawyers' },
    { text: 'his\nwife', expect: 'wife' },
    { text: 'the ', expect: '' },
    // negative rows: no determiner, or one with no white space after it
    { text: 'theater group', expect: 'theater group' },
    { text: 'another official', expect: 'another official' },
    { text: 'A. Smith', expect: 'A. Smith' },
    { text: 'the', expect: 'the' },
    { text: 'officials', expect: 'officials' },
    { text: '', expect: '' },
    { text: 'thé man', expect: 'thé man' },
  ];
  for (const row of rows) it(`reads ${JSON.stringify(row.text)}`, () => assert.equal(withoutDeterminer(row.text), row.expect));
  it('agrees with the regex on every opening of up to six letters and marks', () => {
    const re = /^(?:the|a|an|his|her|its|their)\s+/i;
    for (const w of ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'ans', 'thei', 'heR', 'x', 'theirs'])
      for (const gap of ['', ' ', '  ', '\t', '\u2003', '.', '-'])
        for (const rest of ['', 'man', ' man']) {
          const text = w + gap + rest;
          assert.equal(withoutDeterminer(text), text.replace(re, ''), JSON.stringify(text));
        }
  });
});
