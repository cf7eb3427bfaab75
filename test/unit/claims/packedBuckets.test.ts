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
    { weights: [0.5, -0.25, 0], expect: { min: -25, bits: 7, data: 'lAMg' } }, // 75, 0, 25 in 7 bits each
    { weights: [1.88, -1.84, 0.01, -0.01], expect: { min: -184, bits: 9 } }, // the width of today's model
    { weights: [0, 0, 0], expect: { min: 0, bits: 1, data: 'A' } },
    { weights: [0.07, 0.03], expect: { min: 0, bits: 3 } }, // all positive: the integers start at 0
    { weights: [], expect: { min: 0, bits: 1, data: '' } },
  ];
  for (const row of rows) {
    it(`packs ${JSON.stringify(row.weights)} and reads the same doubles back`, () => {
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
  it('writes standard base64 of the bits end to end', () => {
    const packed = packBuckets([1, 2.55, 0, 1.28], 100); // 8 bits each: bytes 100, 255, 0, 128
    assert.deepEqual([...Buffer.from(packed.data, 'base64')], [100, 255, 0, 128]);
  });
  it('round-trips any hundredths of any width', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -100000, max: 100000 }), { maxLength: 300 }), (steps) => {
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
