import * as assert from 'node:assert/strict';
import { leadStarts, leadingWords } from '../../../src/core/extractors/claims/cueAnchors';

describe('leadStarts', () => {
  const need = leadingWords(['need', 'won']);
  const per = leadingWords(['per', 'need']);
  const rows: { text: string; id: number; expect: number[] }[] = [
    { text: 'We NEED to act.', id: need, expect: [3] },
    { text: 'We NEED to act.', id: per, expect: [3] },
    { text: 'Won, won’t, need', id: need, expect: [0, 5, 12] },
    { text: 'Up 4 per cent', id: per, expect: [5] },
    { text: 'Up 4 per cent', id: need, expect: [] },
    { text: 'needs needed _need need_ kneed', id: need, expect: [] },
    { text: '', id: need, expect: [] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.text)} for lexicon ${row.id}`, () => {
      assert.deepEqual([...leadStarts(row.text, row.id)], row.expect);
    });
  }
});
