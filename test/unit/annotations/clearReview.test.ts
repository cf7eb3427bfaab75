import * as assert from 'node:assert/strict';
import { addAnnotation, clearReview, reviewItem, type EditContext, type ReviewChange } from '../../../src/core/annotations/editAnnotations';
import type { Annotation } from '../../../src/core/annotations/model';
import { ARTICLE, find } from './annotationFixtures';

let next = 0;
const ctx: EditContext = { text: ARTICLE, author: 'ana', now: '2024-05-01T09:00:00.000Z', newId: () => `n${++next}` };
const later = { author: 'ben', now: '2024-05-02T09:00:00.000Z' };
const target = { kind: 'figure' as const, itemId: 'f1', ...find(ARTICLE, '40 kilometres') };
const reviewed = (changes: ReviewChange[]) => changes.reduce<Annotation[]>((list, c) => reviewItem(list, target, c, ctx), []);

describe('clearReview returns an item to unreviewed', () => {
  const rows: { name: string; changes: ReviewChange[]; left: { status: string; fields: object } | null }[] = [
    { name: 'a confirmation goes', changes: [{ decision: 'confirm' }], left: null },
    { name: 'a rejection goes', changes: [{ decision: 'reject' }], left: null },
    { name: 'an edit goes with its value', changes: [{ value: '45' }], left: null },
    { name: 'a rejection with a note keeps the note, unreviewed', changes: [{ decision: 'reject' }, { note: 'not a figure' }], left: { status: 'noted', fields: { note: 'not a figure' } } },
    { name: 'an edit with tags keeps the tags, not the value', changes: [{ value: '45' }, { tags: ['check'] }], left: { status: 'noted', fields: { tags: ['check'] } } },
    { name: 'an emptied note is not kept', changes: [{ decision: 'confirm' }, { note: 'n' }, { note: ' ' }], left: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const list = reviewed(row.changes);
      const cleared = clearReview(list, list[0].id, later);
      if (!row.left) return assert.deepEqual(cleared, []);
      assert.equal(cleared.length, 1);
      assert.deepEqual([cleared[0].status, cleared[0].fields, cleared[0].author, cleared[0].modified, cleared[0].id], [row.left.status, row.left.fields, 'ben', later.now, list[0].id]);
    });
  }

  it('leaves an item added by hand, other annotations and unknown ids alone', () => {
    const added = addAnnotation([], 'label', 0, 4, { label: 'framing' }, ctx);
    const both = [...added, ...reviewed([{ decision: 'confirm' }])];
    assert.deepEqual(clearReview(both, added[0].id, later), both);
    assert.deepEqual(clearReview(both, 'nope', later), both);
    assert.deepEqual(clearReview(both, both[1].id, later), added);
  });
});
