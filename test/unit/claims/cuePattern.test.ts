import * as assert from 'node:assert/strict';
import { cuePattern, findCues, hasCue } from '../../../src/core/extractors/claims/cuePattern';

describe('cuePattern', () => {
  const pattern = cuePattern(['need', 'need to', "let's"]);
  const rows = [
    { text: 'We need  to act now.', expect: ['need to'] },
    { text: 'Let\u2019s go; we NEED it.', expect: ["let's", 'need'] },
    { text: 'The needy and the needed.', expect: [] },
    { text: '', expect: [] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.text)}`, () => {
      assert.deepEqual(findCues(pattern, row.text), row.expect);
      assert.equal(hasCue(pattern, row.text), row.expect.length > 0);
    });
  }
  // the classifier and the features share the last search of each pattern
  it('answers hasCue for a new text after findCues on another', () => {
    assert.deepEqual(findCues(pattern, 'We need to act.'), ['need to']);
    assert.equal(hasCue(pattern, 'Nothing to do.'), false);
    assert.equal(hasCue(pattern, 'We need to act.'), true);
  });
  it('hands out a fresh array each time', () => {
    findCues(pattern, 'We need it.').push('changed');
    assert.deepEqual(findCues(pattern, 'We need it.'), ['need']);
  });
});
