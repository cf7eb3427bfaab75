import * as assert from 'node:assert/strict';
import { trimSpan, wordCount, wordsUpTo } from '../../../src/core/extractors/claims/spanText';

describe('trimSpan', () => {
  const rows = [
    { text: ', and the war goes on, and ', expect: 'the war goes on' },
    { text: '"It is urgent,', expect: 'It is urgent' },
    { text: 'And invest in our capacity.', expect: 'invest in our capacity.' },
    { text: 'Brand new plans', expect: 'Brand new plans' }, // "and" inside a word stays
    { text: ' ,; ', expect: '' },
    { text: 'the bank needed to "avoid delay."', expect: 'the bank needed to "avoid delay."' }, // a quote it opens keeps its mark
    { text: 'it was \u201Cfine.\u201D', expect: 'it was \u201Cfine.\u201D' },
    { text: '"We need to act,"', expect: 'We need to act' }, // a quote around the whole span loses both marks
    { text: 'the plan "works" well."', expect: 'the plan "works" well.' }, // a stray mark after a closed quote stays out
  ];
  for (const row of rows) {
    it(`trims ${JSON.stringify(row.text)}`, () => {
      const [s, e] = trimSpan(row.text, 0, row.text.length);
      assert.equal(row.text.slice(s, e), row.expect);
    });
  }
  it('counts words', () => assert.equal(wordCount('two-and-a-half years'), 5));
  const limits = [
    { text: 'one two three four', start: 0, end: 18, limit: 3, expect: 3 }, // stops at the limit
    { text: 'one two three four', start: 0, end: 18, limit: 9, expect: 4 },
    { text: 'one two three four', start: 5, end: 13, limit: 9, expect: 2 }, // "wo three": a cut word counts
    { text: 'one two', start: 3, end: 3, limit: 9, expect: 0 },
  ];
  for (const row of limits) {
    it(`counts ${row.expect} words in [${row.start}, ${row.end}) up to ${row.limit}`, () => {
      assert.equal(wordsUpTo(row.text, row.start, row.end, row.limit), row.expect);
    });
  }
});
