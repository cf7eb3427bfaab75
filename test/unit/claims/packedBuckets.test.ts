import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { packBuckets, unpackBuckets } from '../../../src/core/extractors/claims/packedBuckets';
import trained from '../../../src/core/lexicon/claimWeights.json';

/** Equal as doubles, -0 apart from 0 included: a score reads the very numbers it did before packing. */
const sameDoubles = (actual: ArrayLike<number>, expected: ArrayLike<number>): void => {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.ok(Object.is(actual[i], expected[i]), `bucket ${i}: ${actual[i]} for ${expected[i]}`);
};

describe('packBuckets / unpackBuckets', () => {
  const rows = [
    { weights: [0.5, 0.5, -0.25], expect: { symbols: [-25, 50], lengths: [2], data: 'w' } }, // codes 1 1 0
    { weights: [0.5, -0.25, 0, 0], expect: { symbols: [0, -25, 50], lengths: [1, 2] } }, // the commonest, 0, is the shortest
    { weights: [1.88, -1.84, 0.01, -0.01], expect: { symbols: [-184, -1, 1, 188], lengths: [0, 4] } }, // today's extremes
    { weights: [0, 0, 0], expect: { symbols: [0], lengths: [1], data: 'A' } }, // one integer still takes a bit
    { weights: [], expect: { symbols: [], lengths: [], data: '' } },
  ];
  for (const row of rows) {
    it(`packs [${row.weights.join(', ')}] and reads the same doubles back`, () => {
      const packed = packBuckets(row.weights, 100);
      assert.deepEqual({ ...packed, data: row.expect.data ?? packed.data }, { count: row.weights.length, scale: 100, data: packed.data, ...row.expect });
      sameDoubles(unpackBuckets(packed), row.weights);
    });
  }
  const refused = [
    { weights: [0.125], why: 'finer than 1/100' },
    { weights: [0.1 + 0.2], why: '0.30000000000000004 is no whole number of hundredths' },
    { weights: [Number.NaN], why: 'not a number' },
  ];
  for (const row of refused) {
    it(`refuses [${row.weights.join(", ")}] (${row.why}), which could not round-trip`, () => {
      assert.throws(() => packBuckets(row.weights, 100), /not a whole number/);
    });
  }
  it('writes standard base64 of the codes end to end', () => {
    // 0.01 three times (code 0), 0.02 and 0.03 once (10, 11): 0 0 10 0 11, then padding
    const packed = packBuckets([0.01, 0.01, 0.02, 0.01, 0.03], 100);
    assert.deepEqual([...Buffer.from(packed.data, 'base64')], [0b00100110]);
  });
  it('round-trips any hundredths, however many and however spread', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -100000, max: 100000 })), { maxLength: 300 }), (steps) => {
      const weights = steps.map((s) => s / 100);
      sameDoubles(unpackBuckets(packBuckets(weights, 100)), weights);
    }));
  });
  it('round-trips the shipped model: unpacked, packed again, the same text and the same doubles', () => {
    const weights = unpackBuckets(trained.buckets);
    assert.equal(weights.length, 2 ** trained.hashBits);
    const again = packBuckets(Array.from(weights), trained.buckets.scale);
    assert.deepEqual(again, trained.buckets);
    sameDoubles(unpackBuckets(again), weights);
  });
});
