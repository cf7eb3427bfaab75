import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { mergeAnnotations } from '../../../src/core/annotations/mergeAnnotations';
import { matchItem } from '../../../src/core/annotations/matchItem';
import type { Annotation, ReviewStatus } from '../../../src/core/annotations/model';
import { annotationOn } from './annotationFixtures';
import { ARTICLE, BILLS, LATE, SHORTAGES, TARGET } from './waterArticle';

// The editor merges the same analysis again at each review; what it remembers between merges must never show.
const review = (needle: string, status: ReviewStatus, kind: Annotation['kind'] = 'claim') =>
  ({ ...annotationOn(ARTICLE, needle, { kind, status }), id: `a-${needle.slice(0, 8)}` });

describe('a merge repeated on the same analysis gives what a fresh merge gives', () => {
  const all = analyze(ARTICLE, { allClaims: true });
  // Each step is the sidecar after one more review, or after one taken back.
  const steps: { name: string; min: number; reviews: Annotation[] }[] = [
    { name: 'no review', min: 0.4, reviews: [] },
    { name: 'a claim above the threshold confirmed', min: 0.4, reviews: [review(BILLS, 'confirmed')] },
    { name: 'a claim below it confirmed, so kept', min: 0.4, reviews: [review(BILLS, 'confirmed'), review(SHORTAGES, 'confirmed')] },
    { name: 'that review cleared: the claim goes again', min: 0.4, reviews: [review(BILLS, 'confirmed')] },
    { name: 'a raised threshold', min: 0.9, reviews: [review(BILLS, 'confirmed')] },
    { name: 'a claim below the raised threshold rejected', min: 0.9, reviews: [review(BILLS, 'confirmed'), review(LATE, 'rejected')] },
    { name: 'a noted claim below it', min: 0.9, reviews: [review(TARGET, 'noted')] },
    { name: 'a figure rejected', min: 0.4, reviews: [review('2019', 'rejected', 'figure')] },
    { name: 'the threshold lowered, nothing reviewed', min: 0, reviews: [] },
  ];
  for (const step of steps) {
    it(step.name, () => {
      const again = mergeAnnotations(all, step.reviews, { minCheckWorthiness: step.min });
      const fresh = mergeAnnotations(structuredClone(all), step.reviews, { minCheckWorthiness: step.min });
      assert.deepEqual(again.analysis, fresh.analysis);
    });
  }
});

describe('matchItem in a long list finds what a search of the list finds', () => {
  // Long enough to be looked up through an index; the first of two items with the same span wins, as a search would.
  const items = Array.from({ length: 2500 }, (_, i) => ({ id: `f${i + 1}`, start: 10 * i, end: 10 * i + 4, text: 'word' }));
  items.splice(1000, 0, { id: 'twin', start: 9990, end: 9994, text: 'word' });
  const at = (start: number, end: number, itemId: string | null = null): Annotation =>
    ({ ...annotationOn('x'.repeat(30_000), 'x'), position: { type: 'TextPositionSelector', start, end }, quote: { type: 'TextQuoteSelector', exact: 'word', prefix: '', suffix: '' }, itemId });
  const rows: { name: string; annotation: Annotation; id: string | null }[] = [
    { name: 'the same span', annotation: at(500, 504), id: 'f51' },
    { name: 'the first of two items with one span', annotation: at(9990, 9994), id: 'f1000' },
    { name: 'no item there, but its id and words', annotation: at(7, 9, 'f3'), id: 'f3' },
    { name: 'mostly overlapping', annotation: at(501, 504), id: 'f51' },
    { name: 'nothing near (negative)', annotation: at(505, 509), id: null },
    { name: 'the span of a short list is not remembered for a long one (negative)', annotation: at(30_000, 30_004), id: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.equal(matchItem([{ id: 'short', start: 30_000, end: 30_004, text: 'word' }], at(30_000, 30_004))?.id, 'short');
      assert.equal(matchItem(items, row.annotation)?.id ?? null, row.id);
    });
  }
});
