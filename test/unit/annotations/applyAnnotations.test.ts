import * as assert from 'node:assert/strict';
import { applyAnnotations } from '../../../src/core/annotations/applyAnnotations';
import type { Applied } from '../../../src/core/annotations/applyAnnotations';
import type { Annotation } from '../../../src/core/annotations/model';
import type { Analysis } from '../../../src/core/model';
import { handAnalysis } from '../handAnalysis';
import { annotationOn } from './annotationFixtures';
import { checkInvariants } from '../invariants';

/** The hand-built analysis plus a second person, so a speaker can be moved to someone. */
function base(): Analysis {
  const a = handAnalysis();
  return { ...a, entities: [...a.entities, { id: 'e2', type: 'person', name: 'Anna Berg', roles: [], mentions: [] }] };
}
const A = base();
const on = (needle: string, over: Partial<Annotation>) => annotationOn(A.text, needle, over);
const Q1 = '"ramp up production"';
const Q2 = '"We are in a race of logistics,"';
const C1 = 'Output rose about 20% to 1.2 million rounds.';
const quote = (r: Applied, id: string) => r.analysis.quotes.find((q) => q.id === id);
const mentions = (r: Applied, id: string) => r.analysis.entities.find((e) => e.id === id)!.mentions.map((m) => m.text);

describe('applyAnnotations', () => {
  const rows: { name: string; annotations: Annotation[]; showRejected?: boolean; expect: (r: Applied) => void }[] = [
    { name: 'nothing to apply leaves the extraction', annotations: [], expect: (r) => assert.deepEqual({ ...r.analysis, labels: undefined, annotations: undefined }, { ...A, labels: undefined, annotations: undefined }) },
    { name: 'a confirmation marks the item', annotations: [on(Q1, { itemId: 'q1', status: 'confirmed' })], expect: (r) => assert.deepEqual(quote(r, 'q1')?.review && { ...quote(r, 'q1')!.review }, { status: 'confirmed', by: 'tester', at: '2024-03-02T10:00:00.000Z', annotationId: on(Q1, {}).id }) },
    { name: 'a rejection hides the item', annotations: [on(Q2, { itemId: 'q2', status: 'rejected' })], expect: (r) => assert.equal(quote(r, 'q2'), undefined) },
    { name: 'a rejection is kept flagged when asked', showRejected: true, annotations: [on(Q2, { itemId: 'q2', status: 'rejected' })], expect: (r) => assert.equal(quote(r, 'q2')?.review?.status, 'rejected') },
    { name: 'a rejected figure leaves its claim', annotations: [on('about 20%', { kind: 'figure', itemId: 'f1', status: 'rejected' })], expect: (r) => assert.deepEqual(r.analysis.claims[0].figureIds, ['f2']) },
    {
      name: "a pronoun's speaker change re-links that mention only",
      annotations: [on(Q2, { itemId: 'q2', status: 'edited', fields: { speaker: 'Anna Berg' } })],
      expect: (r) => {
        assert.equal(quote(r, 'q2')?.speaker?.entityId, 'e2');
        assert.deepEqual(mentions(r, 'e1'), ['Jens Stoltenberg']);
        assert.deepEqual(mentions(r, 'e2'), ['he']);
        assert.match(r.notes[0], /Re-linked "he"/);
      },
    },
    {
      name: 'a named speaker change moves no mention',
      annotations: [on(Q1, { itemId: 'q1', status: 'edited', fields: { speaker: 'anna berg' } })],
      expect: (r) => {
        assert.deepEqual(quote(r, 'q1')?.speaker && [quote(r, 'q1')!.speaker!.entityId, quote(r, 'q1')!.speaker!.name], ['e2', 'Anna Berg']);
        assert.deepEqual(mentions(r, 'e1'), ['Jens Stoltenberg', 'he']);
        assert.deepEqual(r.notes, []);
      },
    },
    { name: 'a free-text speaker has no entity', annotations: [on(Q2, { itemId: 'q2', status: 'edited', fields: { speaker: 'A spokesperson' } })], expect: (r) => assert.deepEqual([quote(r, 'q2')?.speaker?.entityId, quote(r, 'q2')?.speaker?.name, mentions(r, 'e1').length], [null, 'A spokesperson', 1]) },
    { name: 'a claim type change', annotations: [on(C1, { kind: 'claim', itemId: 'c1', status: 'edited', fields: { claimType: 'opinion' } })], expect: (r) => assert.deepEqual([r.analysis.claims[0].type, r.analysis.claims[0].review?.status], ['opinion', 'edited']) },
    { name: 'a review found by its span when the id changed', annotations: [on(Q2, { itemId: 'q7', status: 'confirmed' })], expect: (r) => assert.equal(quote(r, 'q2')?.review?.status, 'confirmed') },
    { name: 'an added quote', annotations: [on('must', { status: 'added', fields: { speaker: 'Jens Stoltenberg' } })], expect: (r) => assert.deepEqual(r.analysis.quotes.map((q) => q.speaker?.entityId ?? null), ['e1', 'e1', 'e1']) },
    { name: 'an added claim joins its sentence', annotations: [on('Allies must "ramp up production"', { kind: 'claim', status: 'added', fields: { claimType: 'recommendation' } })], expect: (r) => assert.deepEqual(r.analysis.claims.map((c) => [c.type, c.sentenceId, c.quoteIds]), [['recommendation', 's1', ['q1']], ['statistic', 's3', []]]) },
    { name: 'an added figure and date', annotations: [on('logistics', { kind: 'figure', status: 'added', fields: { value: '1,000' } }), on('Output', { kind: 'date', status: 'added', fields: { value: '2023' } })], expect: (r) => assert.deepEqual([r.analysis.figures.map((f) => f.value), r.analysis.dates.map((d) => d.value)], [[1000, 20, 1_200_000], ['2023-02-13', '2023']]) },
    { name: 'an added custom label', annotations: [on('race of logistics', { kind: 'label', status: 'added', fields: { label: 'metaphor' } })], expect: (r) => assert.deepEqual(r.analysis.labels?.map((l) => [l.label, l.text]), [['metaphor', 'race of logistics']]) },
    // negatives: what cannot be matched is reported, never applied elsewhere
    { name: 'a review of a span with no item', annotations: [on('Output rose', { itemId: 'q9', status: 'confirmed' })], expect: (r) => assert.deepEqual([r.unmatched.length, r.analysis.quotes.filter((q) => q.review).length], [1, 0]) },
    { name: 'a review of a label no longer added', annotations: [on('Output', { kind: 'label', itemId: 'x', status: 'confirmed' })], expect: (r) => assert.equal(r.unmatched.length, 1) },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const before = JSON.stringify(A);
      const result = applyAnnotations(A, row.annotations, { showRejected: row.showRejected });
      assert.equal(JSON.stringify(A), before, 'the input analysis was mutated');
      checkInvariants(result.analysis);
      row.expect(result);
    });
  }
});
