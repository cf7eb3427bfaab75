import * as assert from 'node:assert/strict';
import { sameWording } from '../../../src/core/annotations/sameWording';

const CLAIM = 'The health ministry said waiting times at the regional hospital rose by 12% last year';

describe('sameWording: a review follows its words proofread, never another statement', () => {
  const rows = [
    { name: 'unchanged', now: CLAIM, same: true },
    { name: 'a letter typed in', now: CLAIM.replace('ministry', 'ministery'), same: true },
    { name: 'a letter typed out', now: CLAIM.replace('hospital', 'hospitl'), same: true },
    { name: 'two letters swapped', now: CLAIM.replace('waiting', 'wiating'), same: true },
    { name: 'punctuation and case', now: CLAIM.replace('The health', 'the health,') + '.', same: true },
    { name: 'spacing', now: CLAIM.replace('rose by', 'rose  by'), same: true },
    { name: 'a typo in each quarter of the words', now: CLAIM.replace('ministry', 'minstry').replace('regional', 'reginal').replace('last', 'lasst'), same: true },
    // negatives: what was said changed
    { name: 'a word added', now: CLAIM.replace('rose', 'rose sharply'), same: false },
    { name: 'a word removed', now: CLAIM.replace(' regional', ''), same: false },
    { name: 'a word replaced', now: CLAIM.replace('rose', 'fell'), same: false },
    { name: 'a letter replaced ("rose" → "rise")', now: CLAIM.replace('rose', 'rise'), same: false },
    { name: 'a number changed', now: CLAIM.replace('12%', '15%'), same: false },
    { name: 'a short word changed by a letter ("now" → "no")', now: CLAIM.replace('last year', 'now'), same: false },
    { name: 'a negation added', now: CLAIM.replace('rose', 'not rose'), same: false },
    { name: 'too many words retyped', now: CLAIM.replace('ministry', 'minstry').replace('waiting', 'waitng').replace('times', 'tmes').replace('regional', 'reginal').replace('hospital', 'hospita'), same: false },
    { name: 'no words at all', now: '', same: false },
  ];
  for (const row of rows) it(`${row.name}`, () => assert.equal(sameWording(CLAIM, row.now), row.same));

  const pairs = [
    { reviewed: 'costs will increase', now: 'costs will decrease', same: false },
    { reviewed: '12 million euros', now: '12 milion euros', same: true },
    { reviewed: '12 million euros', now: '12 million dollars', same: false },
    { reviewed: '12 km', now: '12 m', same: false },
  ];
  for (const row of pairs) it(`${row.reviewed} / ${row.now}`, () => assert.equal(sameWording(row.reviewed, row.now), row.same));
});
