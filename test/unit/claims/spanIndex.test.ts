import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { SpanIndex, lowerBoundNear, lowerBoundOf } from '../../../src/core/extractors/claims/spanIndex';
import { MentionIndex } from '../../../src/core/extractors/claims/mentionIndex';
import { orderByStart } from '../../../src/core/extractors/claims/orderByStart';
import type { Entity } from '../../../src/core/model';

type S = { id: string; start: number; end: number };
const span = (id: string, start: number, end: number): S => ({ id, start, end });

/** Spans out of text order, nested, touching and empty. */
const SPANS: S[] = [span('b', 10, 20), span('a', 0, 5), span('long', 2, 40), span('c', 12, 14), span('empty', 20, 20), span('d', 20, 25)];

describe('SpanIndex', () => {
  const index = new SpanIndex(SPANS);
  const rows = [
    { query: [10, 20], inside: ['b', 'c', 'empty'], overlapping: ['b', 'long', 'c'] },
    { query: [0, 5], inside: ['a'], overlapping: ['a', 'long'] },
    { query: [0, 100], inside: ['b', 'a', 'long', 'c', 'empty', 'd'], overlapping: ['b', 'a', 'long', 'c', 'empty', 'd'] },
    { query: [5, 10], inside: [], overlapping: ['long'] }, // touching "a" and "b" without sharing a character
    { query: [41, 60], inside: [], overlapping: [] },
    { query: [13, 13], inside: [], overlapping: ['b', 'long', 'c'] }, // an empty query, as the filter reads it
  ];
  for (const row of rows) {
    const [start, end] = row.query;
    it(`finds the spans inside and across [${start}, ${end}) in array order`, () => {
      assert.deepEqual(index.inside(start, end).map((s) => s.id), row.inside);
      assert.deepEqual(index.overlapping(start, end).map((s) => s.id), row.overlapping);
    });
    it(`agrees with a filter over [${start}, ${end})`, () => {
      assert.deepEqual(index.inside(start, end), SPANS.filter((s) => s.start >= start && s.end <= end));
      assert.deepEqual(index.overlapping(start, end), SPANS.filter((s) => s.start < end && s.end > start));
    });
  }
  it('finds nothing in an empty array', () => assert.deepEqual(new SpanIndex([]).overlapping(0, 10), []));
});

describe('MentionIndex', () => {
  const entity = (id: string, mentions: [number, number][]): Entity => ({
    id, type: 'person', name: id, roles: [], mentions: mentions.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start) })),
  });
  // e1's second mention comes before e2's in the text: the flat order is not the text order
  const entities = [entity('e1', [[0, 4], [30, 34]]), entity('e2', [[10, 15], [30, 34]]), entity('e3', [[12, 15]])];
  const index = new MentionIndex().reset(entities);
  const rows = [
    { query: [0, 20], count: 3, last: 'e2' }, // e2 and e3 both end at 15: the first entity wins
    { query: [5, 40], count: 4, last: 'e1' }, // e1 and e2 both end at 34
    { query: [11, 40], count: 3, last: 'e1' },
    { query: [16, 29], count: 0, last: null },
    { query: [0, 3], count: 0, last: null }, // a mention cut by the end is not inside
  ];
  for (const row of rows) {
    it(`finds ${row.count} mentions inside [${row.query[0]}, ${row.query[1]}), the last one ending of ${row.last}`, () => {
      assert.equal(index.countInside(row.query[0], row.query[1]), row.count);
      assert.equal(index.lastEndingInside(row.query[0], row.query[1])?.id ?? null, row.last);
    });
  }
  it('forgets the last document on reset', () => {
    const other = new MentionIndex().reset(entities).reset([entity('e9', [[50, 52]])]);
    assert.equal(other.countInside(0, 40), 0);
    assert.equal(other.lastEndingInside(0, 60)?.id, 'e9');
  });
});

describe('orderByStart', () => {
  const rows = [
    { starts: [5, 1, 5], expect: [1, 0, 2] },
    { starts: [3, 2, 1], expect: [2, 1, 0] },
    { starts: [1, 2, 3], expect: [0, 1, 2] },
    { starts: Array.from({ length: 40 }, (_, i) => (i % 2 ? 1 : 0)), expect: [...Array.from({ length: 20 }, (_, i) => 2 * i), ...Array.from({ length: 20 }, (_, i) => 2 * i + 1)] },
  ];
  for (const row of rows) {
    it(`orders ${row.starts.length} spans by start, ties by index`, () => {
      const order = Int32Array.from(row.starts, (_, i) => i);
      orderByStart(order, order.length, row.starts);
      assert.deepEqual([...order], row.expect);
    });
  }
  it('orders as a stable sort by start does, from any order, whole starts or not', () => {
    const start = fc.oneof(fc.nat(5000), fc.integer({ min: 0, max: 4 }), fc.constantFrom(-1, 0.5, 2 ** 40));
    fc.assert(fc.property(fc.array(start, { maxLength: 120 }), fc.boolean(), (starts, reversed) => {
      const order = Int32Array.from(starts, (_, i) => (reversed ? starts.length - 1 - i : i));
      const expect = [...order].sort((x, y) => starts[x] - starts[y] || x - y);
      orderByStart(order, order.length, starts);
      assert.deepEqual([...order], expect);
    }));
  });
});

describe('SpanIndex.reset', () => {
  it('answers for the new spans only', () => {
    const index = new SpanIndex<S>(SPANS).reset([span('x', 3, 4)]);
    assert.deepEqual(index.inside(0, 100).map((s) => s.id), ['x']);
    assert.deepEqual(index.overlapping(10, 20), []);
  });
  it('grows for more spans than it held', () => {
    const many = Array.from({ length: 100 }, (_, i) => span(`s${i}`, 99 - i, 100 - i));
    const index = new SpanIndex<S>([span('x', 3, 4)]).reset(many);
    assert.deepEqual(index.inside(0, 100), many);
  });
});

describe('SpanIndex.countInside', () => {
  const index = new SpanIndex(SPANS);
  const rows = [
    { query: [10, 20], expect: 3 },
    { query: [5, 10], expect: 0 },
  ];
  for (const row of rows) {
    it(`counts ${row.expect} spans inside [${row.query[0]}, ${row.query[1]})`, () => {
      assert.equal(index.countInside(row.query[0], row.query[1]), index.inside(row.query[0], row.query[1]).length);
      assert.equal(index.countInside(row.query[0], row.query[1]), row.expect);
    });
  }
});

describe('lowerBoundNear', () => {
  const values = Float64Array.from([1, 5, 5, 9, 12, 12, 20, 31, 40]);
  const rows: { x: number; hint: number; expect: number }[] = [
    { x: 6, hint: 1, expect: 3 },
    { x: 5, hint: 3, expect: 1 }, // behind the hint
    { x: 41, hint: 0, expect: 9 }, // past every value, more than a few steps on
    { x: 0, hint: 9, expect: 0 },
    { x: 12, hint: 12, expect: 4 }, // a hint past the values, as after a reset to fewer
  ];
  for (const row of rows) {
    it(`finds ${row.expect} for ${row.x} from hint ${row.hint}`, () => {
      assert.equal(lowerBoundNear(values, values.length, row.x, row.hint), row.expect);
      assert.equal(lowerBoundOf(values, values.length, row.x), row.expect);
    });
  }
  it('answers as lowerBoundOf from any hint', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }), fc.integer({ min: -1, max: 52 }), fc.nat(35), (xs, x, hint) => {
      const sorted = Float64Array.from(xs.sort((a, b) => a - b));
      assert.equal(lowerBoundNear(sorted, sorted.length, x, hint), lowerBoundOf(sorted, sorted.length, x));
    }));
  });
  it('leaves the indexes answering as a filter, whatever the order of the queries', () => {
    const index = new SpanIndex(SPANS);
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(45), fc.nat(45)), { maxLength: 20 }), (queries) => {
      for (const [start, end] of queries) {
        assert.deepEqual(index.inside(start, end), SPANS.filter((s) => s.start >= start && s.end <= end));
        assert.deepEqual(index.overlapping(start, end), SPANS.filter((s) => s.start < end && s.end > start));
        assert.equal(index.countInside(start, end), SPANS.filter((s) => s.start >= start && s.end <= end).length);
      }
    }));
  });
});
