import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CUES } from '../../../src/core/extractors/claims/cues';
import { cueBit, cuePattern, hasCue, recordedId, recordedMask } from '../../../src/core/extractors/claims/cuePattern';

describe('cueBit', () => {
  const patterns = Object.entries(CUES);
  const rows: { text: string; expect: string[] }[] = [
    { text: 'We will cut fares, the minister said.', expect: ['future', 'reporting'] },
    { text: 'Fares must fall faster than wages.', expect: ['recommendation', 'comparative'] },
    { text: 'Fares fell.', expect: [] },
    { text: '', expect: [] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.text)} from one mask`, () => {
      const mask = recordedMask(row.text);
      const found = patterns.filter(([, p]) => cueBit(p, recordedId(p), mask, row.text) === 1).map(([name]) => name);
      for (const name of row.expect) assert.ok(found.includes(name), name);
      assert.deepEqual(found, patterns.filter(([, p]) => hasCue(p, row.text)).map(([name]) => name));
    });
  }
  it('asks a pattern that records nothing by search', () => {
    const plain = cuePattern(['$5']);
    assert.equal(recordedId(plain), -1);
    assert.equal(cueBit(plain, -1, 0, 'Pay $5 now'), 1);
    assert.equal(cueBit(plain, -1, 0, 'Pay 5 now'), 0);
  });
  it('says what hasCue says, for every lexicon, on any text', () => {
    const pieces = fc.constantFrom(' ', 'we', 'will', 'must', 'should', 'the', 'most', 'more', 'than', 'said', 'expect', 'believe', 'I', 'think', 'x', '.', ',', "'", 'll');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
      const text = parts.join(' ');
      const mask = recordedMask(text);
      for (const [name, p] of patterns) assert.equal(cueBit(p, recordedId(p), mask, text), hasCue(p, text) ? 1 : 0, name);
    }));
  });
});
