import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits } from '../../../src/core/extractors/claims/codeUnits';
import { HashBuffer, hashInto, hashedTokens } from '../../../src/core/extractors/claims/hashedTokens';
import { HashWeights, RARE, hashWeights } from '../../../src/core/extractors/claims/hashWeights';

/** Texts of pieces that trip tokenizers (apostrophes, digits with stops and commas, accents), each with a range [from, to) inside it. */
const textRanges = fc
  .tuple(fc.array(fc.constantFrom(' ', 'Rents', 'rose', "don't", 'it\u2019s', "'", '4,5', '1.', ',', '.', 'x', '\u00E9', '_', 'a1a'), { maxLength: 20 }), fc.nat(), fc.nat())
  .map(([parts, a, b]) => {
    const text = parts.join('');
    const from = text.length ? a % text.length : 0;
    return { text, from, to: from + (text.length ? b % (text.length - from + 1) : 0) };
  });

describe('hashedTokens', () => {
  const rows = [
    { text: 'Taxes rose 4%', expect: 6 }, // three words, three bigrams
    { text: 'Taxes  ROSE 4.5%', expect: 6 },
    { text: '?!', expect: 0 },
  ];
  for (const row of rows) {
    it(`hashes ${JSON.stringify(row.text)} into ${row.expect} n-grams`, () => assert.equal(hashedTokens(row.text).length, row.expect));
  }
  it('folds case and numbers alike', () => assert.deepEqual(hashedTokens('Taxes  ROSE 4.5%'), hashedTokens('taxes rose 4%')));
  it('gives the same hashes after hashing a longer text', () => {
    const before = hashedTokens('Rents rose sharply.');
    hashedTokens('word '.repeat(5000));
    assert.deepEqual(hashedTokens('Rents rose sharply.'), before);
  });
  it('hashes different words differently', () => assert.notDeepEqual(hashedTokens('rents rose'), hashedTokens('rents fell')));
  it('hashes a range of a longer text as it hashes the slice', () => {
    fc.assert(fc.property(textRanges, ({ text, from, to }) => {
      const into = new HashBuffer();
      hashInto(text, from, to, into);
      assert.deepEqual(into.values.slice(0, into.count), hashedTokens(text.slice(from, to)));
    }));
  });
});

describe('hashWeights', () => {
  // a small table with distinct weights, so that a hash weighed in the wrong order or bucket shows
  const buckets = Float64Array.from({ length: 64 }, (_, b) => (((b * 7) % 13) - 6) / 10 + 0.01 + (b % 5 === 0 ? 0.5 : 0));
  // every fifth bucket's weight is read from `buckets` itself, as a rare weight of a trained model is
  const index = Uint8Array.from({ length: 64 }, (_, b) => (b % 5 === 0 ? RARE : (b * 7) % 13));
  const weights = Float64Array.from({ length: 13 }, (_, v) => (v - 6) / 10 + 0.01);
  const table = { index, weights, buckets };
  const rows = [
    { text: 'Taxes rose 4%', expect: 6 },
    { text: "Don't, it\u2019s 1,200.5", expect: 6 }, // an apostrophe joins, a number is one
    { text: '?!', expect: 0 },
  ];
  for (const row of rows) {
    it(`weighs the ${row.expect} hashes of ${JSON.stringify(row.text)} in order`, () => {
      const got = hashWeights(codeUnits(row.text), 0, row.text.length, table, new HashWeights());
      const hashes = hashedTokens(row.text);
      let sum = 0;
      for (const h of hashes) sum += buckets[h & 63];
      assert.equal(got.count, row.expect);
      assert.equal(hashes.length, row.expect);
      assert.equal(got.sum, sum);
    });
  }
  it('weighs a range of a longer text as hashInto hashes it', () => {
    fc.assert(fc.property(textRanges, ({ text, from, to }) => {
      const into = new HashBuffer();
      hashInto(text, from, to, into);
      let sum = 0;
      for (let k = 0; k < into.count; k++) sum += buckets[into.values[k] & 63];
      const got = hashWeights(codeUnits(text), from, to, table, new HashWeights());
      assert.deepEqual([got.sum, got.count], [sum, into.count]);
    }));
  });
});
