import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { HashBuffer, hashInto, hashedTokens } from '../../../src/core/extractors/claims/hashedTokens';

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
    const pieces = fc.constantFrom(' ', 'Rents', 'rose', "don't", 'it\u2019s', "'", '4,5', '1.', ',', '.', 'x', 'é', '_');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const from = text.length ? a % text.length : 0;
      const to = from + (text.length ? b % (text.length - from + 1) : 0);
      const into = new HashBuffer();
      hashInto(text, from, to, into);
      assert.deepEqual(into.values.slice(0, into.count), hashedTokens(text.slice(from, to)));
    }));
  });
});
