import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { mergeAnnotations } from '../../../src/core/annotations/mergeAnnotations';
import type { Annotation, ReviewStatus } from '../../../src/core/annotations/model';
import type { Analysis } from '../../../src/core/model';
import { annotationOn } from './annotationFixtures';
import { ARTICLE, BILLS, TARGET, UPDATED } from './waterArticle';
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
