import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { claimsAbove } from '../../../src/core/annotations/claimsAbove';
import { mergeAnnotations } from '../../../src/core/annotations/mergeAnnotations';
import type { Annotation, ReviewStatus } from '../../../src/core/annotations/model';
import type { Analysis } from '../../../src/core/model';
import { annotationOn } from './annotationFixtures';
import { ARTICLE, BILLS, LATE, SHORTAGES, TARGET, UPDATED } from './waterArticle';
import { checkInvariants } from '../invariants';

const review = (text: string, needle: string, status: ReviewStatus, itemId: string | null, fields: Annotation['fields'] = {}) =>
  ({ ...annotationOn(text, needle, { kind: 'claim', status, itemId, fields }), id: `a-${needle.slice(0, 8)}` });
/** The claim each exported annotation's itemId names, by its text. */
const joined = (a: Analysis) => (a.annotations ?? []).map((x) => [x.quote.exact, a.claims.find((c) => c.id === x.itemId)?.text ?? null]);

describe('reviewed claims: itemIds follow the text', () => {
  const rows = [
    {
      name: 'a paragraph removed above: the stored c4 becomes c2',
      written: UPDATED, text: ARTICLE,
      reviews: [review(UPDATED, BILLS, 'confirmed', 'c4'), review(UPDATED, TARGET, 'noted', 'c5', { note: 'ask the board' })],
      expect: [[BILLS, BILLS], [TARGET, TARGET]],
    },
    {
      name: 'a paragraph added above: the stored c1 becomes c2',
      written: ARTICLE, text: UPDATED,
      reviews: [review(ARTICLE, 'The board approved 12 million dollars for new pipes on Monday.', 'confirmed', 'c1')],
      expect: [['The board approved 12 million dollars for new pipes on Monday.', 'The board approved 12 million dollars for new pipes on Monday.']],
    },
    {
      name: 'a review whose claim is gone names no claim',
      written: UPDATED, text: UPDATED.replace('40 homes lost water last week', 'the 40 homes lost water'),
      reviews: [review(UPDATED, '40 homes lost water last week.', 'confirmed', 'c1')],
      expect: [],
    },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const merged = mergeAnnotations(analyze(row.text), row.reviews);
      checkInvariants(merged.analysis);
      assert.deepEqual(joined(merged.analysis), row.expect);
    });
  }

  it('a review whose item is gone keeps no itemId', () => {
    const text = UPDATED.replace(' lost water last week.', '.');
    const merged = mergeAnnotations(analyze(text), [review(UPDATED, '40 homes lost water last week.', 'confirmed', 'c1')]);
    assert.deepEqual([merged.orphans.length + merged.unmatched.length, (merged.analysis.annotations ?? []).map((a) => a.itemId).filter(Boolean)], [1, []]);
  });
});

describe('reviewed claims: the threshold never hides a review', () => {
  const all = analyze(ARTICLE, { allClaims: true });
  const rows: { name: string; min: number; reviews: Annotation[]; showRejected?: boolean; claims: string[]; unmatched: number }[] = [
    { name: 'no reviews: the threshold alone', min: 0.4, reviews: [], claims: ['The board approved 12 million dollars for new pipes on Monday.', LATE, BILLS, TARGET], unmatched: 0 },
    { name: 'a confirmed claim below it stays', min: 0.4, reviews: [review(ARTICLE, SHORTAGES, 'confirmed', 'c2')], claims: ['The board approved 12 million dollars for new pipes on Monday.', SHORTAGES, LATE, BILLS, TARGET], unmatched: 0 },
    { name: 'a noted claim below a raised threshold stays', min: 0.9, reviews: [review(ARTICLE, TARGET, 'noted', 'c5', { note: 'check' })], claims: ['The board approved 12 million dollars for new pipes on Monday.', BILLS, TARGET], unmatched: 0 },
    { name: 'a rejected claim below it is matched, then hidden', min: 0.9, reviews: [review(ARTICLE, LATE, 'rejected', 'c3')], claims: ['The board approved 12 million dollars for new pipes on Monday.', BILLS], unmatched: 0 },
    { name: 'a rejected claim shown when asked', min: 0.9, showRejected: true, reviews: [review(ARTICLE, LATE, 'rejected', 'c3')], claims: ['The board approved 12 million dollars for new pipes on Monday.', LATE, BILLS], unmatched: 0 },
    { name: 'a claim added by hand is no reason to keep another', min: 0.9, reviews: [{ ...review(ARTICLE, 'Rosa Imre', 'added', null) }], claims: ['The board approved 12 million dollars for new pipes on Monday.', 'Rosa Imre', BILLS], unmatched: 0 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const merged = mergeAnnotations(all, row.reviews, { minCheckWorthiness: row.min, showRejected: row.showRejected });
      checkInvariants(merged.analysis);
      assert.deepEqual(merged.analysis.claims.map((c) => c.text), row.claims);
      assert.equal(merged.unmatched.length, row.unmatched);
      assert.deepEqual(joined(merged.analysis).filter(([, c]) => c !== null).map(([exact, c]) => exact === c), joined(merged.analysis).filter(([, c]) => c !== null).map(() => true));
    });
  }
});

describe('claimsAbove', () => {
  const all = analyze(ARTICLE, { allClaims: true });
  const rows = [
    { name: 'the same claims and ids as the engine at 0.5', min: 0.5 },
    { name: 'the same claims and ids as the engine at 0.9', min: 0.9 },
    { name: 'the same claims and ids as the engine at 0', min: 0 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const kept = claimsAbove(all, row.min);
      checkInvariants(kept);
      assert.deepEqual(kept.claims, analyze(ARTICLE, { minCheckWorthiness: row.min }).claims);
    });
  }
  it('leaves an analysis with nothing to drop as it is', () => assert.equal(claimsAbove(all, 0), all));
});
