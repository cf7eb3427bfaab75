import * as assert from 'node:assert/strict';
import type { Quote } from '../../src/core';
import { speechInMarks } from '../../scripts/eval/quotes';

/** A quote with only the fields the selection reads. */
function quote(id: string, fields: Partial<Quote> = {}): Quote {
  return { id, start: 0, end: 1, text: 'x', kind: 'speech', content: { start: 0, end: 1, text: 'x' }, speaker: null, unclosed: false, ...fields };
}

describe('speechInMarks (the quote eval row without unmarked speech)', () => {
  const rows: { name: string; quotes: Quote[]; expect: string[] }[] = [
    { name: 'a speech quote nested in a turn stands at the top', quotes: [quote('q1', { unmarked: 'turn', nestedIds: ['q2'] }), quote('q2', { parentId: 'q1' })], expect: ['q2'] },
    { name: 'a speech quote nested in dash dialogue stands at the top', quotes: [quote('q1', { unmarked: 'dash', nestedIds: ['q2'] }), quote('q2', { parentId: 'q1' })], expect: ['q2'] },
    { name: 'a top-level quote in marks is kept', quotes: [quote('q1')], expect: ['q1'] },
    { name: 'a turn is left out', quotes: [quote('q1', { unmarked: 'turn' })], expect: [] },
    { name: 'a quote nested in a quote in marks stays nested', quotes: [quote('q1', { nestedIds: ['q2'] }), quote('q2', { parentId: 'q1' })], expect: ['q1'] },
    { name: 'a scare quote nested in a turn is no speech', quotes: [quote('q1', { unmarked: 'turn' }), quote('q2', { parentId: 'q1', kind: 'scare' })], expect: [] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(speechInMarks(row.quotes).map((q) => q.id), row.expect));
});
