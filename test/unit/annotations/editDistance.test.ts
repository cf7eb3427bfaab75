import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { levenshtein as distance } from './levenshtein';
import { editDistanceWithin } from '../../../src/core/annotations/editDistance';

describe('editDistanceWithin', () => {
  const rows: [string, string, number, number][] = [
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, 3], // over the limit: limit + 1
    ['', '', 0, 0],
    ['', 'ab', 2, 2],
    ['ab', '', 1, 2],
    ['the plan', 'the plan', 0, 0],
    [' the the t', 'hehe the t', 2, 2],
    [' the the t', 'hehe the tht', 2, 3], // a match a search library reported at 2 errors
    ['abc', 'xyz', 5, 3],
    ['😀a', '😁a', 1, 1], // one code unit of the pair differs
  ];
  for (const [a, b, limit, expected] of rows) {
    it(`gives ${expected} for "${a}" and "${b}" within ${limit}`, () => assert.equal(editDistanceWithin(a, b, limit), expected));
  }

  it('agrees with the full table, capped at limit + 1 (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 });
    fc.assert(
      fc.property(text, text, fc.nat({ max: 6 }), (a, b, limit) => {
        assert.equal(editDistanceWithin(a, b, limit), Math.min(limit + 1, distance(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});
