import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { shiftRange, shiftThrough } from '../../../src/core/annotations/shiftRange';

describe('shiftThrough carries a range through one edit', () => {
  // The range is [10, 20) throughout.
  const rows = [
    { name: 'insertion before', change: { rangeOffset: 2, rangeLength: 0, text: 'abc' }, expect: { start: 13, end: 23 } },
    { name: 'insertion at the start stays outside', change: { rangeOffset: 10, rangeLength: 0, text: 'ab' }, expect: { start: 12, end: 22 } },
    { name: 'insertion inside grows it', change: { rangeOffset: 15, rangeLength: 0, text: 'abcd' }, expect: { start: 10, end: 24 } },
    { name: 'insertion at the end stays outside', change: { rangeOffset: 20, rangeLength: 0, text: 'ab' }, expect: { start: 10, end: 20 } },
    { name: 'insertion after', change: { rangeOffset: 30, rangeLength: 0, text: 'ab' }, expect: { start: 10, end: 20 } },
    { name: 'deletion before', change: { rangeOffset: 0, rangeLength: 5, text: '' }, expect: { start: 5, end: 15 } },
    { name: 'deletion inside shrinks it', change: { rangeOffset: 12, rangeLength: 3, text: '' }, expect: { start: 10, end: 17 } },
    { name: 'deletion over its start', change: { rangeOffset: 5, rangeLength: 10, text: '' }, expect: { start: 5, end: 10 } },
    { name: 'deletion over its end', change: { rangeOffset: 15, rangeLength: 10, text: '' }, expect: { start: 10, end: 15 } },
    { name: 'its whole text retyped', change: { rangeOffset: 10, rangeLength: 10, text: 'new words' }, expect: { start: 10, end: 19 } },
    { name: 'replacement over its start keeps the new text out', change: { rangeOffset: 5, rangeLength: 10, text: 'xy' }, expect: { start: 7, end: 12 } },
    // negatives: the range's text is gone
    { name: 'its whole text deleted', change: { rangeOffset: 10, rangeLength: 10, text: '' }, expect: null },
    { name: 'a deletion swallowing it', change: { rangeOffset: 0, rangeLength: 40, text: 'new' }, expect: null },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(shiftThrough({ start: 10, end: 20 }, row.change), row.expect));
  }

  it('applies the changes of one event in order', () => {
    const changes = [
      { rangeOffset: 30, rangeLength: 0, text: 'z' },
      { rangeOffset: 0, rangeLength: 0, text: 'ab' },
    ];
    assert.deepEqual(shiftRange({ start: 10, end: 20 }, changes), { start: 12, end: 22 });
  });

  it('keeps the text of a range that no edit touches (property)', () => {
    const text = 'The council voted on Tuesday to expand the tram network by 40 kilometres.';
    fc.assert(
      fc.property(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 20 }), fc.nat({ max: text.length }), fc.nat({ max: 8 }), fc.string({ maxLength: 6 }), (s, len, at, del, ins) => {
        const start = s;
        const end = Math.min(text.length, s + len);
        const rangeLength = Math.min(del, text.length - at);
        fc.pre(at + rangeLength <= start || at >= end);
        const changed = text.slice(0, at) + ins + text.slice(at + rangeLength);
        const moved = shiftRange({ start, end }, [{ rangeOffset: at, rangeLength, text: ins }]);
        assert.ok(moved);
        assert.equal(changed.slice(moved.start, moved.end), text.slice(start, end));
      }),
      { numRuns: 500 },
    );
  });
});
