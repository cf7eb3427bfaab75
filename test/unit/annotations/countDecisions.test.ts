import * as assert from 'node:assert/strict';
import { countDecisions } from '../../../src/core/annotations/countDecisions';
import type { Annotation, ReviewStatus, TargetKind } from '../../../src/core/annotations/model';
import { ARTICLE, annotationOn } from './annotationFixtures';

type Row = readonly [needle: string, kind: TargetKind, itemId: string | null, status: ReviewStatus];

const on = ([needle, kind, itemId, status]: Row, i: number): Annotation => ({ ...annotationOn(ARTICLE, needle, { kind, itemId, status }), id: `r${i}` });

describe('countDecisions: the status bar\'s "N reviewed"', () => {
  const rows: { name: string; reviews: Row[]; aside?: number[]; expect: number }[] = [
    { name: 'a confirmation, a correction and a rejection all count', reviews: [['40 kilometres', 'figure', 'f1', 'confirmed'], ['the mayor', 'quote', 'q1', 'edited'], ['2 billion euros', 'figure', 'f2', 'rejected']], expect: 3 },
    { name: 'an item added by hand counts', reviews: [['Critics said', 'label', null, 'added'], ['40 kilometres', 'figure', 'f1', 'confirmed']], expect: 2 },
    { name: 'two reviews of one item count once', reviews: [['40 kilometres', 'figure', 'f1', 'confirmed'], ['40 kilometres', 'figure', 'f1', 'rejected']], expect: 1 },
    { name: 'the same id in two kinds counts twice', reviews: [['40 kilometres', 'figure', 'c1', 'confirmed'], ['Critics said', 'claim', 'c1', 'confirmed']], expect: 2 },
    // negatives
    { name: 'a note alone is no decision', reviews: [['40 kilometres', 'figure', 'f1', 'noted']], expect: 0 },
    { name: 'an orphan or an unmatched review needs attention instead', reviews: [['40 kilometres', 'figure', 'f1', 'confirmed'], ['the mayor', 'quote', 'q1', 'rejected']], aside: [0, 1], expect: 0 },
    { name: 'nothing reviewed', reviews: [], expect: 0 },
  ];
  for (const row of rows) {
    it(row.name, () => {
      assert.equal(countDecisions(row.reviews.map(on), new Set((row.aside ?? []).map((i) => `r${i}`))), row.expect);
    });
  }
});
