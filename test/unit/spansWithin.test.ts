import * as assert from 'node:assert/strict';
import { spansWithin } from '../../src/extension/spansWithin';

const S = (start: number, end: number) => ({ start, end });
const SPANS = [S(0, 5), S(10, 40), S(20, 25), S(50, 60), S(70, 80)];

describe('spansWithin', () => {
  const rows = [
    { name: 'a window in the middle, with a span that starts before it', windows: [S(30, 55)], expect: [S(10, 40), S(50, 60)] },
    { name: 'a span touching the window edge', windows: [S(60, 65)], expect: [S(50, 60)] },
    { name: 'two windows, overlapping spans counted once and in order', windows: [S(72, 90), S(0, 22)], expect: [S(0, 5), S(10, 40), S(20, 25), S(70, 80)] },
    { name: 'a window between spans (negative)', windows: [S(61, 69)], expect: [] },
    { name: 'a window past the end (negative)', windows: [S(100, 200)], expect: [] },
    { name: 'no windows (negative)', windows: [], expect: [] },
  ];
  for (const row of rows) it(`finds ${row.name}`, () => assert.deepEqual(spansWithin(SPANS, row.windows), row.expect));

  it('agrees with a plain filter on many spans', () => {
    const many = Array.from({ length: 5000 }, (_, i) => S(i * 10, i * 10 + 3 + (i % 7) * 4));
    const windows = [S(12_345, 13_000), S(40_000, 40_500)];
    const plain = many.filter((s) => windows.some((w) => s.end >= w.start && s.start <= w.end));
    assert.deepEqual(spansWithin(many, windows), plain);
  });
});
