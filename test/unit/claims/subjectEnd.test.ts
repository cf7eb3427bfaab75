import * as assert from 'node:assert/strict';
import { quoteOrSpaceEnd, subjectEnd, trimmedEnd } from '../../../src/core/extractors/claims/subjectEnd';

describe('subjectEnd', () => {
  const rows: { seg: string; from: number; end: number; expect: number }[] = [
    { seg: 'NATO chief Jens Stoltenberg has also said', from: 0, end: 36, expect: 27 },
    { seg: 'The mayor  said', from: 0, end: 11, expect: 9 },
    { seg: 'Ann Lee also said', from: 0, end: 13, expect: 7 },
    { seg: 'also said', from: 0, end: 5, expect: 4 }, // one word is the subject, modifier or not
    { seg: 'Then, Ann Lee has said', from: 6, end: 17, expect: 13 },
    { seg: 'Ann Lee, who said', from: 9, end: 12, expect: 12 },
    { seg: '   ', from: 0, end: 3, expect: 0 },
    // adverbs and negated auxiliaries the shared list lacks, lower-case only
    { seg: 'The bank now forecasts', from: 0, end: 13, expect: 8 },
    { seg: "She didn't say", from: 0, end: 10, expect: 3 },
    { seg: 'She didn\u2019t say', from: 0, end: 10, expect: 3 },
    { seg: 'The board meanwhile said', from: 0, end: 19, expect: 9 },
    { seg: 'USA TODAY reported', from: 0, end: 9, expect: 9 }, // a name, not an adverb
    { seg: 'but now said', from: 0, end: 7, expect: 7 }, // never down to a lone conjunction
  ];
  for (const row of rows) {
    it(`ends ${JSON.stringify(row.seg.slice(row.from, row.end))} at ${row.expect}`, () => {
      assert.equal(subjectEnd(row.seg, row.from, row.end), row.expect);
    });
  }
  it('trims white space no further than the start', () => {
    assert.equal(trimmedEnd('ab  \n', 0, 5), 2);
    assert.equal(trimmedEnd('a   ', 2, 4), 2);
  });
  it('skips the quote marks and spaces opening a subject', () => {
    assert.equal(quoteOrSpaceEnd(' “\'Ann', 0, 6), 3);
    assert.equal(quoteOrSpaceEnd('""', 0, 2), 2);
    assert.equal(quoteOrSpaceEnd('Ann', 0, 3), 0);
  });
});
