import * as assert from 'node:assert/strict';
import { hashedTokens } from '../../../src/core/extractors/claims/hashedTokens';

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
});
