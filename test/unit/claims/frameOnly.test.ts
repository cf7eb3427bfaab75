import * as assert from 'node:assert/strict';
import { contentAfterVerb, frameOnlyAt } from '../../../src/core/extractors/claims/frameOnly';
import { analyze } from '../../../src/core/index';
import { checkInvariants } from '../invariants';

/** Where what was said starts after the verb ending at `at` (shown as the rest of the text), or null when the rest is frame only. */
describe('contentAfterVerb', () => {
  const rows: { text: string; at: number; expect: string | null }[] = [
    { text: 'he said taxes rose', at: 7, expect: 'taxes rose' },
    { text: 'he said\u00a0rents fell', at: 7, expect: 'rents fell' },
    { text: 'he said "no"', at: 7, expect: '"no"' },
    { text: 'he said inflation rose', at: 7, expect: 'inflation rose' }, // "in" opens a frame only as a word of its own
    { text: 'he said attacks rose', at: 7, expect: 'attacks rose' },
    { text: 'he said one in five rents rose', at: 7, expect: 'one in five rents rose' },
    { text: 'he said today the plan will pass', at: 7, expect: 'the plan will pass' },
    { text: 'he said, too, that the plan failed', at: 7, expect: 'the plan failed' },
    { text: 'he said that, in May, rents rose', at: 7, expect: 'in May, rents rose' },
    { text: 'he said that was wrong', at: 7, expect: 'that was wrong' }, // a demonstrative, kept
    { text: 'he said that’s wrong', at: 7, expect: 'that’s wrong' },
    { text: 'he said that, and not the cost, was wrong', at: 7, expect: 'that, and not the cost, was wrong' },
    { text: 'he said one more bridge will close', at: 7, expect: 'one more bridge will close' },
    // negatives: frame only
    { text: 'he said, on Monday', at: 7, expect: null },
    { text: 'she said at a briefing', at: 8, expect: null },
    { text: 'she said into the camera', at: 8, expect: null },
    { text: 'he said.', at: 7, expect: null },
    { text: 'he said', at: 7, expect: null },
    { text: 'he said ,  ', at: 7, expect: null },
    { text: 'officials said YESTERDAY', at: 14, expect: null },
    { text: 'he said recently in Leeds.', at: 7, expect: null },
    { text: 'he said also alluding to the cost', at: 7, expect: null },
    { text: 'she wrote recently about a student', at: 9, expect: null },
    { text: 'let me say one thing', at: 10, expect: null },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.expect)} after ${JSON.stringify(row.text.slice(0, row.at))}`, () => {
      const at = contentAfterVerb(row.text, row.at);
      assert.equal(at < 0 ? null : row.text.slice(at), row.expect);
      assert.equal(frameOnlyAt(row.text, row.at), row.expect === null);
    });
  }
});

/** Claims whose reported clause opens with a word that starts like a frame word, or follows an adverb. */
describe('claims after a reporting verb', () => {
  const rows: { text: string; expect: string[] }[] = [
    { text: 'The minister said inflation rose to 5% last year.', expect: ['inflation rose to 5% last year.'] },
    { text: 'The minister said today the levy will rise by 4%.', expect: ['the levy will rise by 4%.'] },
    { text: 'The minister said, too, that the deficit doubled to €4 billion.', expect: ['the deficit doubled to €4 billion.'] },
    { text: 'The minister said in a statement.', expect: [] },
  ];
  for (const row of rows) {
    it(`claims ${JSON.stringify(row.expect)} in "${row.text}"`, () => {
      const analysis = analyze(`date 2024-03-05 Levy\n\n${row.text}`, { allClaims: true });
      checkInvariants(analysis);
      assert.deepEqual(analysis.claims.map((c) => c.text), row.expect);
    });
  }
});
