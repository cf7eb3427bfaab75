import * as assert from 'node:assert/strict';
import { SpanIndex } from '../../../src/core/extractors/claims/spanIndex';
import { mentionIndex } from '../../../src/core/extractors/claims/mentionIndex';
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

describe('mentionIndex', () => {
  const entity = (id: string, mentions: [number, number][]): Entity => ({
    id, type: 'person', name: id, roles: [], mentions: mentions.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start) })),
  });
  const entities = [entity('e1', [[0, 4], [30, 34]]), entity('e2', [[10, 15]])];
  const rows = [
    { query: [0, 20], expect: ['e1', 'e2'] },
    { query: [5, 40], expect: ['e1', 'e2'] }, // entity by entity, as a loop over entities would count them
    { query: [16, 29], expect: [] },
  ];
  for (const row of rows) {
    it(`links the mentions inside [${row.query[0]}, ${row.query[1]}) to their entity`, () => {
      assert.deepEqual(mentionIndex(entities).inside(row.query[0], row.query[1]).map((m) => m.entity.id), row.expect);
    });
  }
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
