import * as assert from 'node:assert/strict';
import { ArticleKeys } from '../../src/extension/articleKeys';

describe('ArticleKeys', () => {
  // Each row replays open events of one document (true = opened in the article mode) and the switches they report.
  const rows = [
    { name: 'a dated file: opened as plain text, then switched', events: [false, true], expect: [false, true] },
    { name: 'switched back to plain text', events: [false, true, false], expect: [false, true, true] },
    { name: 'an ordinary text file stays quiet', events: [false, false], expect: [false, false] },
    { name: 'already an article when first seen', events: [true, true], expect: [true, false] },
    { name: 'switched back and forth', events: [true, false, true, false], expect: [true, true, true, true] },
  ];
  for (const row of rows) {
    it(`reports a switch only when the mode changed: ${row.name}`, () => {
      const keys = new ArticleKeys();
      assert.deepEqual(row.events.map((isArticle) => keys.update('file:///a.txt', isArticle)), row.expect);
    });
  }

  it('keeps documents apart', () => {
    const keys = new ArticleKeys();
    keys.update('file:///a.txt', true);
    assert.equal(keys.update('file:///b.txt', false), false);
    assert.equal(keys.update('file:///a.txt', true), false);
  });

  it('starts afresh after a real close', () => {
    const keys = new ArticleKeys();
    keys.update('file:///a.txt', true);
    keys.delete('file:///a.txt');
    assert.equal(keys.update('file:///a.txt', false), false);
    assert.equal(keys.update('file:///a.txt', true), true);
  });
});
