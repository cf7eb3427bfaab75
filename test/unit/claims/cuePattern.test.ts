import * as assert from 'node:assert/strict';
import fc from 'fast-check';
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
  // one pass over the text answers every pattern: each must still see its own matches
  const should = cuePattern(['should', 'must']);
  const most = cuePattern(['the most', 'the least', 'most']);
  const shared = [
    { text: 'We should act; the most urgent must wait.', should: ['should', 'must'], most: ['the most'] },
    { text: "'should' and should\u2019ve, Most of all.", should: [], most: ['most'] },
    { text: 'The least we must do, at most.', should: ['must'], most: ['the least', 'most'] },
    { text: 'Nothing here.', should: [], most: [] },
  ];
  for (const row of shared) {
    it(`answers two patterns at once in ${JSON.stringify(row.text)}`, () => {
      assert.deepEqual(findCues(should, row.text), row.should);
      assert.deepEqual(findCues(most, row.text), row.most);
      assert.equal(hasCue(should, row.text), row.should.length > 0);
      assert.equal(hasCue(most, row.text), row.most.length > 0);
    });
  }
  it('finds what a plain scan of the regex finds, for each pattern of one text', () => {
    const pieces = fc.constantFrom(' ', '  ', 'the', 'The', 'most', 'least', 'should', 'must', "'", '\u2019', 've', 'x', '_', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      for (const pattern of [should, most]) {
        const plain = [...text.matchAll(new RegExp(pattern.source, 'gi'))].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ').replace(/\u2019/g, "'"));
        assert.deepEqual(findCues(pattern, text), plain);
      }
    }));
  });
});
