import * as assert from 'node:assert/strict';
import { trimSpan, wordCount } from '../../../src/core/extractors/claims/spanText';

describe('trimSpan', () => {
  const rows = [
    { text: ', and the war goes on, and ', expect: 'the war goes on' },
    { text: '"It is urgent,', expect: 'It is urgent' },
    { text: 'And invest in our capacity.', expect: 'invest in our capacity.' },
    { text: 'Brand new plans', expect: 'Brand new plans' }, // "and" inside a word stays
    { text: ' ,; ', expect: '' },
  ];
  for (const row of rows) {
    it(`trims ${JSON.stringify(row.text)}`, () => {
      const [s, e] = trimSpan(row.text, 0, row.text.length);
      assert.equal(row.text.slice(s, e), row.expect);
    });
  }
  it('counts words', () => assert.equal(wordCount('two-and-a-half years'), 5));
});
