import * as assert from 'node:assert/strict';
import { addAnnotation, clearReview, reattach, removeAnnotation, reviewItem } from '../../../src/core/annotations/editAnnotations';
import type { EditContext } from '../../../src/core/annotations/editAnnotations';
import type { Annotation } from '../../../src/core/annotations/model';
import { revertEdit } from '../../../src/core/annotations/revertEdit';
import { shiftAnnotations } from '../../../src/core/annotations/shiftAnnotations';
import { ARTICLE, annotationOn, find } from './annotationFixtures';

let next = 0;
const ctx: EditContext = { text: ARTICLE, author: 'ana', now: '2024-05-01T09:00:00.000Z', newId: () => `n${++next}` };
const quote = { kind: 'quote' as const, itemId: 'q1', ...find(ARTICLE, '"We cannot wait another decade,"') };
const figure = annotationOn(ARTICLE, '40 kilometres', { id: 'f', kind: 'figure', status: 'confirmed' });
const confirmedQuote = reviewItem([figure], quote, { decision: 'confirm' }, ctx);
const label = annotationOn(ARTICLE, 'leave the suburbs behind', { id: 'l', kind: 'label', status: 'added', fields: { label: 'framing' } });

/** What a person sees of a list: each annotation's id, status, fields and text, in id order. */
const seen = (list: readonly Annotation[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id)).map((a) => `${a.id} ${a.status} ${JSON.stringify(a.fields)} ${a.quote.exact}`);

describe('revertEdit takes one review back, and redoes it', () => {
  const rows: { name: string; before: Annotation[]; edit: (list: readonly Annotation[]) => Annotation[] }[] = [
    { name: 'a confirmation of a new item goes', before: [figure], edit: (l) => reviewItem(l, quote, { decision: 'confirm' }, ctx) },
    { name: 'a rejection after a confirmation returns to the confirmation', before: confirmedQuote, edit: (l) => reviewItem(l, quote, { decision: 'reject' }, ctx) },
    { name: 'a speaker change returns to no speaker', before: confirmedQuote, edit: (l) => reviewItem(l, quote, { speaker: 'Ona Pell' }, ctx) },
    { name: 'a cleared review comes back', before: [figure], edit: (l) => clearReview(l, 'f', ctx) },
    { name: 'an annotation added by hand goes', before: [figure], edit: (l) => addAnnotation(l, 'label', 60, 70, { label: 'hedge' }, ctx) },
    { name: 'a deleted annotation comes back', before: [figure, label], edit: (l) => removeAnnotation(l, 'l') },
    { name: 'a re-attached annotation returns to its old words', before: [figure, label], edit: (l) => reattach(l, 'l', 10, 30, ctx) },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const after = row.edit(row.before);
      const undone = revertEdit(after, after, row.before);
      assert.ok(undone);
      assert.deepEqual(seen(undone), seen(row.before));
      assert.deepEqual(undone.map((a) => a.position), undone.map((a) => row.before.find((b) => b.id === a.id)!.position));
      const redone = revertEdit(undone, row.before, after);
      assert.ok(redone);
      assert.deepEqual(seen(redone), seen(after));
    });
  }

  it('keeps the place the text carried the item to since the review', () => {
    const after = reviewItem(confirmedQuote, quote, { decision: 'reject' }, ctx);
    const typed = 'Breaking. ' + ARTICLE;
    const moved = shiftAnnotations(after, new Set(), [{ rangeOffset: 0, rangeLength: 0, text: 'Breaking. ' }], typed).annotations;
    const undone = revertEdit(moved, after, confirmedQuote)!;
    const back = undone.find((a) => a.kind === 'quote')!;
    assert.equal(back.status, 'confirmed');
    assert.equal(typed.slice(back.position.start, back.position.end), back.quote.exact);
    assert.equal(back.position.start, quote.start + 'Breaking. '.length);
  });

  it('leaves the annotations the review did not touch as they are', () => {
    const after = reviewItem(confirmedQuote, quote, { decision: 'reject' }, ctx);
    const undone = revertEdit(after, after, confirmedQuote)!;
    assert.equal(undone.find((a) => a.id === 'f'), figure);
  });

  const refused: { name: string; later: (list: readonly Annotation[]) => Annotation[] }[] = [
    { name: 'a later review of the same item', later: (l) => reviewItem(l, quote, { note: 'checked twice' }, { ...ctx, now: '2024-05-02T09:00:00.000Z' }) },
    { name: 'the item deleted since', later: (l) => l.filter((a) => a.kind !== 'quote') },
  ];
  for (const row of refused) {
    it(`refuses when the item changed since: ${row.name}`, () => {
      const after = reviewItem(confirmedQuote, quote, { decision: 'reject' }, ctx);
      assert.equal(revertEdit(row.later(after), after, confirmedQuote), null);
    });
  }

  it('refuses to redo an addition whose id is taken again', () => {
    const after = addAnnotation([figure], 'label', 60, 70, { label: 'hedge' }, ctx);
    assert.equal(revertEdit(after, [figure], after), null);
  });
});
