import * as assert from 'node:assert/strict';
import { addAnnotation, reattach, removeAnnotation, reviewItem } from '../../../src/core/annotations/editAnnotations';
import type { EditContext, ReviewChange } from '../../../src/core/annotations/editAnnotations';
import type { Annotation } from '../../../src/core/annotations/model';
import { ARTICLE, find } from './annotationFixtures';

let next = 0;
const ctx: EditContext = { text: ARTICLE, author: 'ana', now: '2024-05-01T09:00:00.000Z', newId: () => `n${++next}` };
const target = { kind: 'quote' as const, itemId: 'q1', ...find(ARTICLE, '"We cannot wait another decade,"') };
const apply = (changes: ReviewChange[]) => changes.reduce<Annotation[]>((list, c) => reviewItem(list, target, c, ctx), []);

describe('reviewItem records one annotation per item', () => {
  const rows: { name: string; changes: ReviewChange[]; status: string; fields: object }[] = [
    { name: 'confirm', changes: [{ decision: 'confirm' }], status: 'confirmed', fields: {} },
    { name: 'reject', changes: [{ decision: 'reject' }], status: 'rejected', fields: {} },
    { name: 'change the speaker', changes: [{ speaker: 'the mayor' }], status: 'edited', fields: { speaker: 'the mayor' } },
    { name: 'a note keeps a confirmation', changes: [{ decision: 'confirm' }, { note: 'checked' }], status: 'confirmed', fields: { note: 'checked' } },
    { name: 'a note keeps a rejection', changes: [{ decision: 'reject' }, { note: 'not speech' }], status: 'rejected', fields: { note: 'not speech' } },
    { name: 'tags accumulate without repeats, and are no confirmation', changes: [{ tags: ['a', 'b'] }, { tags: ['b', 'c'] }], status: 'noted', fields: { tags: ['a', 'b', 'c'] } },
    { name: 'a note alone is no confirmation', changes: [{ note: 'check the source' }], status: 'noted', fields: { note: 'check the source' } },
    { name: 'a note keeps an edit edited', changes: [{ speaker: 'x' }, { note: 'n' }], status: 'edited', fields: { speaker: 'x', note: 'n' } },
    { name: 'confirm after a note confirms', changes: [{ note: 'n' }, { decision: 'confirm' }], status: 'confirmed', fields: { note: 'n' } },
    { name: 'reject after tags rejects', changes: [{ tags: ['t'] }, { decision: 'reject' }], status: 'rejected', fields: { tags: ['t'] } },
    { name: 'a speaker after a note edits', changes: [{ note: 'n' }, { speaker: 'y' }], status: 'edited', fields: { note: 'n', speaker: 'y' } },
    { name: 'a cleared note keeps a confirmation', changes: [{ decision: 'confirm' }, { note: 'n' }, { note: '' }], status: 'confirmed', fields: { note: '' } },
    { name: 'confirm after reject un-rejects', changes: [{ decision: 'reject' }, { decision: 'confirm' }], status: 'confirmed', fields: {} },
    { name: 'confirm keeps an edit edited', changes: [{ speaker: 'x' }, { decision: 'confirm' }], status: 'edited', fields: { speaker: 'x' } },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const list = apply(row.changes);
      assert.equal(list.length, 1);
      assert.deepEqual([list[0].status, list[0].fields, list[0].itemId, list[0].author], [row.status, row.fields, 'q1', 'ana']);
      assert.equal(ARTICLE.slice(list[0].position.start, list[0].position.end), list[0].quote.exact);
    });
  }

  const renumbered = [
    { name: 'a review of an item whose id shifted takes its id now', stored: 'q7', itemId: 'q1' },
    { name: 'a review whose id is current keeps it', stored: 'q1', itemId: 'q1' },
  ];
  for (const row of renumbered) {
    it(row.name, () => {
      const [old] = reviewItem([], { ...target, itemId: row.stored }, { decision: 'confirm' }, ctx);
      const [now] = reviewItem([old], target, { note: 'checked' }, ctx);
      assert.deepEqual([now.id, now.itemId], [old.id, row.itemId]);
    });
  }

  const emptied: { name: string; changes: ReviewChange[]; left: number }[] = [
    { name: 'an empty note on an unreviewed item records nothing', changes: [{ note: '' }], left: 0 },
    { name: 'clearing the only note removes the annotation', changes: [{ note: 'n' }, { note: ' ' }], left: 0 },
    { name: 'clearing the note keeps one with tags', changes: [{ tags: ['t'] }, { note: 'n' }, { note: '' }], left: 1 },
  ];
  for (const row of emptied) it(row.name, () => assert.equal(apply(row.changes).length, row.left));

  it('rejecting an item added by hand deletes it', () => {
    const added = addAnnotation([], 'figure', 10, 20, { value: '4' }, ctx);
    const t = { kind: 'figure' as const, itemId: added[0].id, start: 10, end: 20 };
    assert.deepEqual(reviewItem(added, t, { decision: 'reject' }, ctx), []);
    assert.equal(reviewItem(added, t, { note: 'n' }, ctx)[0].status, 'added');
  });

  it('re-attaches an orphan to a new span and removes by id', () => {
    const added = addAnnotation([], 'label', 0, 4, { label: 'x' }, ctx);
    const moved = reattach(added, added[0].id, 5, 15, ctx);
    assert.equal(moved[0].quote.exact, ARTICLE.slice(5, 15));
    assert.deepEqual(removeAnnotation(moved, added[0].id), []);
    assert.equal(removeAnnotation(moved, 'other').length, 1);
  });
});
