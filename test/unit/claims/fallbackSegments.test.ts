import * as assert from 'node:assert/strict';
import { withSegments } from '../../../src/core/extractors/claims/fallbackSegments';
import type { Analysis } from '../../../src/core/model';

const bare = (text: string, bodyStart = 0): Analysis => ({
  text,
  article: { date: null, title: null, bodyStart, dateline: null, headline: null, referenceDate: null },
  paragraphs: [], sentences: [], entities: [], quotes: [], figures: [], dates: [], claims: [], warnings: [],
});

describe('withSegments (used only when the segment stages produced nothing)', () => {
  const rows = [
    { text: 'Prices rose. Wages fell.', sentences: ['Prices rose.', 'Wages fell.'] },
    { text: 'Mr. Diaz spoke first. He left early.', sentences: ['Mr. Diaz spoke first.', 'He left early.'] },
    { text: 'The U.S. economy grew. Jobs followed.', sentences: ['The U.S. economy grew.', 'Jobs followed.'] },
    { text: 'Years of growth in Canada.I expect more.', sentences: ['Years of growth in Canada.', 'I expect more.'] },
    { text: 'One paragraph.\n\nAnother one?', sentences: ['One paragraph.', 'Another one?'] },
    { text: '   ', sentences: [] },
  ];
  for (const row of rows) {
    it(`splits ${JSON.stringify(row.text)}`, () => {
      const a = withSegments(bare(row.text));
      assert.deepEqual(a.sentences.map((s) => row.text.slice(s.start, s.end)), row.sentences);
      for (const s of a.sentences) assert.ok(a.paragraphs.some((p) => p.id === s.paragraphId && p.start <= s.start && s.end <= p.end));
    });
  }
  it('keeps the sentences of the segment stages when there are any', () => {
    const given = { ...bare('A b. C d.'), sentences: [{ id: 's1', start: 0, end: 9, paragraphId: 'p1' }] };
    assert.equal(withSegments(given), given);
  });
});
