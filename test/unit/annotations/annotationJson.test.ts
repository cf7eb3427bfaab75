import * as assert from 'node:assert/strict';
import { mergeAnnotations } from '../../../src/core/annotations/mergeAnnotations';
import { toJson } from '../../../src/core/export/toJson';
import { handAnalysis } from '../handAnalysis';
import { annotationOn } from './annotationFixtures';
import { checkInvariants } from '../invariants';
import { exportErrors } from '../validateExport';

describe('the JSON export of a reviewed analysis', () => {
  const base = handAnalysis();
  const on = annotationOn.bind(null, base.text);
  const rows = [
    { name: 'no annotations', annotations: [], reviewed: 0 },
    { name: 'a confirmed quote with tags', annotations: [on('"ramp up production"', { itemId: 'q1', fields: { tags: ['supply'], note: 'n' } })], reviewed: 1 },
    { name: 'an edited claim, a figure and a date', annotations: [on('Output rose about 20% to 1.2 million rounds.', { kind: 'claim', status: 'edited', fields: { claimType: 'opinion' } }), on('about 20%', { kind: 'figure', fields: { value: '21' }, status: 'edited' }), on('Monday', { kind: 'date' })], reviewed: 3 },
    { name: 'an added label', annotations: [on('race', { kind: 'label', status: 'added', fields: { label: 'metaphor' } })], reviewed: 1 },
  ];
  for (const row of rows) {
    it(`validates against the schema: ${row.name}`, () => {
      const merged = mergeAnnotations(base, row.annotations).analysis;
      checkInvariants(merged);
      const doc = JSON.parse(JSON.stringify(toJson(merged, { path: 'a.txt', generatorVersion: '0.0.0' })));
      assert.deepEqual(exportErrors(doc), []);
      assert.equal(doc.annotations.length, row.annotations.length);
      const items = [...doc.quotes, ...doc.claims, ...doc.figures, ...doc.dates, ...doc.labels];
      assert.equal(items.filter((i: { review?: unknown }) => i.review).length, row.reviewed);
    });
  }

  it('rejects a review with an unknown status', () => {
    const merged = mergeAnnotations(base, [on('"ramp up production"', { itemId: 'q1' })]).analysis;
    const doc = JSON.parse(JSON.stringify(toJson(merged, { path: 'a.txt', generatorVersion: '0.0.0' })));
    doc.quotes[0].review.status = 'maybe';
    assert.notDeepEqual(exportErrors(doc), []);
  });

  it('leaves a plain analysis without annotation fields', () => {
    const doc = toJson(base, { path: null, generatorVersion: '0.0.0' });
    assert.ok(!('annotations' in doc) && !('labels' in doc));
  });
});
