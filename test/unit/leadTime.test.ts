import * as assert from 'node:assert/strict';
import { holdUntil, leadTime } from '../../src/extension/leadTime';

describe('leadTime', () => {
  const rows = [
    { name: 'a fast analysis starts about twice its time early', delay: 250, last: 8, expect: 21 },
    { name: 'never more than half the debounce', delay: 40, last: 8, expect: 20 },
    { name: 'a slow (large) analysis starts at the end (negative)', delay: 250, last: 7000, expect: 0 },
    { name: 'the first analysis of a document starts at the end (negative)', delay: 250, last: undefined, expect: 0 },
    { name: 'no debounce, no lead (negative)', delay: 0, last: 3, expect: 0 },
  ];
  for (const row of rows) it(`gives ${row.name}`, () => assert.equal(leadTime(row.delay, row.last), row.expect));
});

describe('holdUntil', () => {
  it('hands back a value at once when its time has passed', () => assert.equal(holdUntil(performance.now() - 1, 'x'), 'x'));
  it('waits until a time still to come', async () => {
    const until = performance.now() + 15;
    assert.equal(await holdUntil(until, 'y'), 'y');
    assert.ok(performance.now() >= until - 2, 'resolved before its time');
  });
});
