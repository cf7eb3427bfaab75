import * as assert from 'node:assert/strict';
import { needsAttention, reviewTooltip, reviewViewDescription } from '../../src/extension/annotations/reviewTooltip';

describe('reviewTooltip: numbers and words agree', () => {
  const rows: { reviewed: number; attention: number; expect: string }[] = [
    { reviewed: 1, attention: 1, expect: '1 item reviewed (confirmed, corrected or rejected) or added by hand; 1 annotation needs attention.' },
    { reviewed: 4, attention: 2, expect: '4 items reviewed (confirmed, corrected or rejected) or added by hand; 2 annotations need attention.' },
    { reviewed: 0, attention: 0, expect: '0 items reviewed (confirmed, corrected or rejected) or added by hand.' },
    // negative: nothing about attention when none needs it
    { reviewed: 3, attention: 0, expect: '3 items reviewed (confirmed, corrected or rejected) or added by hand.' },
  ];
  for (const row of rows) {
    it(`${row.reviewed} reviewed, ${row.attention} needing attention`, () => {
      assert.equal(reviewTooltip(row.reviewed, row.attention), `${row.expect} Click to show the Review view.`);
    });
  }
});

describe('needsAttention: the review status tooltip', () => {
  const rows = [
    { n: 1, expect: '1 annotation needs attention' },
    { n: 2, expect: '2 annotations need attention' },
    // negative: the plural verb only with a plural noun
    { n: 0, expect: '0 annotations need attention' },
  ];
  for (const row of rows) it(`${row.n}`, () => assert.equal(needsAttention(row.n), row.expect));
});

describe('reviewViewDescription: the count leads, where a narrow sidebar cuts the path instead', () => {
  const rows = [
    { article: 'notes/a.txt', n: 2, expect: '⚠ 2 · notes/a.txt' },
    { article: 'a.txt', n: 1, expect: '⚠ 1 · a.txt' },
    // negative: no count when nothing needs attention, and nothing without an article
    { article: 'a.txt', n: 0, expect: 'a.txt' },
    { article: undefined, n: 3, expect: undefined },
  ];
  for (const row of rows) it(`${row.article} ${row.n}`, () => assert.equal(reviewViewDescription(row.article, row.n), row.expect));
});
