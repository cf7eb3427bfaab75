import * as assert from 'node:assert/strict';
import { lowerBound } from '../../src/core/lowerBound';
import { startsBelow } from '../../src/core/refiners/startsBelow';

describe('startsBelow', () => {
  const rows: { starts: number[]; x: number; expect: number }[] = [
    { starts: [1, 3, 3, 7], x: 3, expect: 1 },
    { starts: [1, 3, 3, 7], x: 4, expect: 3 },
    { starts: [1, 3, 3, 7], x: 0, expect: 0 },
    { starts: [1, 3, 3, 7], x: 8, expect: 4 },
    { starts: [], x: 5, expect: 0 },
  ];
  for (const row of rows) {
    it(`${row.x} in [${row.starts.join(', ')}] → ${row.expect}, as lowerBound finds`, () => {
      assert.equal(startsBelow(row.starts, row.x), row.expect);
      assert.equal(startsBelow(row.starts, row.x), lowerBound(row.starts, row.x));
    });
  }
});
