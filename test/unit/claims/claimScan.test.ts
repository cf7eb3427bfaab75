import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimScan } from '../../../src/core/extractors/claims/claimScan';
import { codeUnits } from '../../../src/core/extractors/claims/codeUnits';
import { HashWeights, RARE, hashWeights } from '../../../src/core/extractors/claims/hashWeights';
import { Surface, surfaceScan } from '../../../src/core/extractors/claims/surfaceScan';

// a small table with distinct weights, so that a hash weighed in the wrong order or bucket shows
const buckets = Float64Array.from({ length: 64 }, (_, b) => (((b * 7) % 13) - 6) / 10 + 0.01 + (b % 5 === 0 ? 0.5 : 0));
const index = Uint8Array.from({ length: 64 }, (_, b) => (b % 5 === 0 ? RARE : (b * 7) % 13));
const weights = Float64Array.from({ length: 13 }, (_, v) => (v - 6) / 10 + 0.01);
const table = { index, weights, buckets };

/** What the two scans it stands for give, or what it gives; null when it declines the text. */
const apart = (text: string, from: number, to: number) => {
  const s = surfaceScan(codeUnits(text), from, to, new Surface());
  const h = hashWeights(codeUnits(text), from, to, table, new HashWeights());
  return [s.flags, s.capitals, s.words, h.sum, h.count];
};
const fused = (text: string, from: number, to: number) => {
  const s = new Surface();
  const h = new HashWeights();
  return claimScan(codeUnits(text), from, to, table, s, h) ? [s.flags, s.capitals, s.words, h.sum, h.count] : null;
};

/** Pieces that trip one scan or the other: apostrophes, numbers with stops and commas, years, suffixes, capitals, accents. */
const textRanges = fc
  .tuple(
    fc.array(
      fc.constantFrom(' ', '  ', '\u00A0', 'Rents', 'rose', 'TALKED', "don't", 'it\u2019s', "'", '\u2019', '4,5', '1.', '1999', ',', '.', '%', '$', '?', 'x', 'Q', '\u00E9', '_', 'a1a', '12th'),
      { maxLength: 20 },
    ),
    fc.nat(),
    fc.nat(),
  )
  .map(([parts, a, b]) => {
    const text = parts.join('');
    const from = text.length ? a % text.length : 0;
    return { text, from, to: from + (text.length ? b % (text.length - from + 1) : 0) };
  });

describe('claimScan', () => {
  const rows = [
    { text: 'Taxes rose 40% in 2019, he said.', expect: true },
    { text: "Don't, it\u2019s 1,200.5 Ed talked", expect: true },
    { text: 'Rents rose in the 1990s', expect: false }, // digits run on into a letter
    { text: 'snake_case', expect: false },
  ];
  for (const row of rows) {
    it(`${row.expect ? 'reads' : 'declines'} ${JSON.stringify(row.text)}`, () => {
      const got = fused(row.text, 0, row.text.length);
      assert.equal(got !== null, row.expect);
      if (got) assert.deepEqual(got, apart(row.text, 0, row.text.length));
    });
  }
  it('gives what surfaceScan and hashWeights give, on any range it reads', () => {
    fc.assert(
      fc.property(textRanges, ({ text, from, to }) => {
        const got = fused(text, from, to);
        if (got) assert.deepEqual(got, apart(text, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
