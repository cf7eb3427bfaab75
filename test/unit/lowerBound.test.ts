import * as assert from 'node:assert/strict';
import { lowerBound } from '../../src/core/lowerBound';

describe('lowerBound', () => {
  const rows: { values: number[]; x: number; expect: number }[] = [
    { values: [1, 3, 3, 7], x: 3, expect: 1 },
    { values: [1, 3, 3, 7], x: 4, expect: 3 },
    { values: [1, 3, 3, 7], x: 0, expect: 0 },
    { values: [1, 3, 3, 7], x: 8, expect: 4 },
    { values: [], x: 5, expect: 0 },
  ];
  for (const row of rows) {
    it(`${row.x} in [${row.values.join(', ')}] → ${row.expect}`, () => assert.equal(lowerBound(row.values, row.x), row.expect));
  }
  it('reads typed arrays too', () => assert.equal(lowerBound(new Float64Array([2, 4, 6]), 5), 2));
});
