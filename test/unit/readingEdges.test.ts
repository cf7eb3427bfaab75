import * as assert from 'node:assert/strict';
import { afterCurrency, isSmallFraction, trimmedEnd } from '../../src/core/extractors/dates/readingEdges';

describe('readingEdges', () => {
  const trims = [
    { text: 'May 5, 2023, ', expect: 'May 5, 2023' },
    { text: 'May 5\u00a0,\n', expect: 'May 5' },
    { text: 'May 5', expect: 'May 5' },
    { text: ' ,, ', expect: '' },
  ];
  for (const { text, expect } of trims) {
    it(`trims "${text}" to "${expect}", as /[\\s,]+$/ does`, () => {
      assert.equal(text.slice(0, trimmedEnd(text, 0, text.length)), expect);
      assert.equal(expect, text.replace(/[\s,]+$/, ''));
    });
  }
  const currencies = [
    { text: 'cost $5', at: 6, expect: true },
    { text: 'cost € 5', at: 7, expect: true },
    { text: 'cost £\u00a05', at: 7, expect: true },
    { text: 'cost ¥5', at: 6, expect: true },
    { text: 'on May 5', at: 7, expect: false },
    { text: '$  5', at: 3, expect: false }, // two spaces: the sign is out of reach
    { text: '$5', at: 1, expect: false }, // a slice from -1 to 1 reads nothing: as it always did
    { text: 'x5', at: 1, expect: false },
  ];
  for (const { text, at, expect } of currencies) {
    it(`"${text}" at ${at}: a currency sign before is ${expect}, as the regex finds`, () => {
      assert.equal(afterCurrency(text, at), expect);
      assert.equal(expect, /[$€£¥]\s*$/.test(text.slice(at - 2, at)));
    });
  }
  const fractions = [
    { raw: '6/8', expect: true },
    { raw: '12/31', expect: true },
    { raw: '2/2023', expect: false },
    { raw: '123/4', expect: false },
    { raw: '/4', expect: false },
    { raw: '4/', expect: false },
    { raw: 'a/4', expect: false },
    { raw: '1/2/3', expect: false },
  ];
  for (const { raw, expect } of fractions) {
    it(`"${raw}" is a small fraction: ${expect}, as the regex finds`, () => {
      assert.equal(isSmallFraction(raw), expect);
      assert.equal(expect, /^\d{1,2}\/\d{1,2}$/.test(raw));
    });
  }
});
