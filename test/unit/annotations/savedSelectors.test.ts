import * as assert from 'node:assert/strict';
import { difference, savedSelectors } from '../../../src/core/annotations/savedSelectors';
import { selectorsFor } from '../../../src/core/annotations/selectors';
import { ARTICLE, annotationOn } from './annotationFixtures';

const TYPED = 'UPDATE: this story was changed on Wednesday.\n\n';
const ABOVE = ARTICLE.replace('The council', `${TYPED}The council`);

describe('difference', () => {
  const rows = [
    { from: 'a b c', to: 'a X c', expect: { rangeOffset: 2, rangeLength: 1, text: 'X' } },
    { from: 'abc', to: 'abc', expect: { rangeOffset: 3, rangeLength: 0, text: '' } },
    { from: 'aaa', to: 'aaaa', expect: { rangeOffset: 3, rangeLength: 0, text: 'a' } }, // the common end never overlaps the common start
    { from: 'abc', to: '', expect: { rangeOffset: 0, rangeLength: 3, text: '' } },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.from)} → ${JSON.stringify(row.to)}`, () => {
      const change = difference(row.from, row.to);
      assert.deepEqual(change, row.expect);
      const applied = row.from.slice(0, change.rangeOffset) + change.text + row.from.slice(change.rangeOffset + change.rangeLength);
      assert.equal(applied, row.to);
    });
  }
});

describe('savedSelectors: the sidecar describes the saved file', () => {
  const rows = [
    { name: 'no unsaved edits', current: ARTICLE, saved: ARTICLE, needle: 'expand the tram network', expect: 'expand the tram network' },
    { name: 'a paragraph typed above, unsaved', current: ABOVE, saved: ARTICLE, needle: 'expand the tram network', expect: 'expand the tram network' },
    { name: 'a paragraph deleted above, unsaved', current: ARTICLE, saved: ABOVE, needle: '"We cannot wait another decade,"', expect: '"We cannot wait another decade,"' },
    { name: 'a word typed inside it, unsaved', current: ARTICLE.replace('the tram network', 'the old tram network'), saved: ARTICLE, needle: 'expand the old tram network', expect: 'expand the tram network' },
    { name: 'a review of a paragraph that is not saved yet', current: ABOVE, saved: ARTICLE, needle: 'this story was changed on Wednesday', expect: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = annotationOn(row.current, row.needle, { kind: 'claim', itemId: 'c1' });
      const [out] = savedSelectors([a], new Set(), row.current, row.saved);
      if (row.expect === null) return assert.equal(out, a, 'a review of unsaved text changed');
      const at = row.saved.indexOf(row.expect);
      assert.deepEqual({ quote: out.quote, position: out.position }, selectorsFor(row.saved, at, at + row.expect.length));
      assert.deepEqual([out.id, out.status, out.itemId], [a.id, a.status, a.itemId]);
    });
  }

  it('leaves an orphan as it is', () => {
    const a = annotationOn(ABOVE, 'expand the tram network');
    assert.equal(savedSelectors([a], new Set([a.id]), ABOVE, ARTICLE)[0], a);
  });
});
