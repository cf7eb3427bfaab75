import * as assert from 'node:assert/strict';
import { difference, savedSelectors } from '../../../src/core/annotations/savedSelectors';
import { selectorsFor } from '../../../src/core/annotations/selectors';
import { ARTICLE, annotationOn } from './annotationFixtures';

const TYPED = 'UPDATE: this story was changed on Wednesday.\n\n';
const ABOVE = ARTICLE.replace('The council', `${TYPED}The council`);
const MINI = 'date 2025-04-01 Library reopens\n\nThe mayor said 12 people attended the opening.\n\nThe library cost $3 million.\n';
const MINI_TYPED = MINI.replace('\n\nThe library', '\n\nOfficials said 9 people left early.\n\nThe library');

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
    { name: 'a paragraph typed above and a word below, unsaved', current: ABOVE.replace('euros', 'euros in all'), saved: ARTICLE, needle: 'expand the tram network', expect: 'expand the tram network' },
    // negatives: the saved file lacks the exact text, so the review keeps the editor's selectors and is an orphan there
    { name: 'a word typed inside it, unsaved: not moved onto the saved words', current: ARTICLE.replace('the tram network', 'the old tram network'), saved: ARTICLE, needle: 'expand the old tram network', expect: null },
    { name: 'a number changed inside it, unsaved', current: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres'), saved: ARTICLE, needle: 'by 45 kilometres', expect: null },
    { name: 'a review of a paragraph that is not saved yet', current: ABOVE, saved: ARTICLE, needle: 'this story was changed on Wednesday', expect: null },
    { name: 'a figure typed unsaved, near a saved one', current: MINI_TYPED, saved: MINI, needle: '9 people', expect: null },
    { name: 'a figure typed unsaved, inside a longer saved number', current: MINI_TYPED, saved: MINI.replace('12 people', '19 people'), needle: '9 people', expect: null },
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

  it('places an orphan where the saved file holds its exact text and context (a revert reported as one replace)', () => {
    const a = annotationOn(ABOVE, 'expand the tram network');
    const at = ARTICLE.indexOf('expand the tram network');
    const [out] = savedSelectors([a], new Set([a.id]), ARTICLE, ARTICLE);
    assert.deepEqual({ quote: out.quote, position: out.position }, selectorsFor(ARTICLE, at, at + 'expand the tram network'.length));
  });

  // typed over in the editor (detached), the saved file with the old words or without them
  const detachedRows = [
    { name: 'closed unsaved: the saved file holds its words in place, so it is placed there and detached no more', current: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres'), saved: ARTICLE, placed: true },
    { name: 'saved typed over: it stays detached with its own words', current: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres'), saved: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres'), placed: false },
    { name: 'its words only said elsewhere in the saved file: not taken there', current: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres'), saved: ARTICLE.replace('by 40 kilometres', 'by 45 kilometres').replace('2 billion euros', '2 billion euros by 40 kilometres'), placed: false },
  ];
  for (const row of detachedRows) {
    it(`a detached orphan, ${row.name}`, () => {
      const a = { ...annotationOn(ARTICLE, 'by 40 kilometres'), detached: true };
      const [out] = savedSelectors([a], new Set([a.id]), row.current, row.saved);
      if (!row.placed) return assert.equal(out, a);
      assert.equal(out.detached, undefined);
      assert.deepEqual(out.position, a.position);
    });
  }

  it('leaves an orphan whose text the saved file lacks as it is', () => {
    const a = annotationOn(ABOVE, 'this story was changed on Wednesday');
    assert.equal(savedSelectors([a], new Set([a.id]), ABOVE, ARTICLE)[0], a);
  });

  it('returns a placed annotation unchanged when nothing is unsaved', () => {
    const a = annotationOn(ARTICLE, 'the mayor said');
    assert.equal(savedSelectors([a], new Set(), ARTICLE, ARTICLE)[0], a);
  });
});
