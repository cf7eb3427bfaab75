import * as assert from 'node:assert/strict';
import { sameNumbers } from '../../../src/core/annotations/sameNumbers';

describe('sameNumbers: a re-attached review must not change the fact', () => {
  const rows = [
    { a: 'around 40%', b: 'around 40%', same: true },
    { a: 'around 40%', b: 'about 40 %', same: true },
    { a: 'the plan was approved', b: 'the plan was adopted', same: true },
    { a: 'around 40%', b: 'around 45%', same: false },
    { a: '€45 billion', b: '€4.5 billion', same: false },
    { a: 'in 2025 and 2026', b: 'in 2026 and 2025', same: false },
    { a: 'rose 3%', b: 'rose sharply', same: false },
  ];
  for (const row of rows) it(`${row.a} / ${row.b}`, () => assert.equal(sameNumbers(row.a, row.b), row.same));
});
