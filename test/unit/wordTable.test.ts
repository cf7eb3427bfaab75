import * as assert from 'node:assert/strict';
import { WordTable, foldHash } from '../../src/core/extractors/figures/wordTable';

const table = new WordTable([['million', 1], ['about', 2], ['thousand', 3], ['twice', 4]]);

/** The value found for a word as the tokenizer hands it over: folded hash of its letters. */
function valueOf(word: string): number | null {
  let hash = 0;
  for (let k = 0; k < word.length; k++) hash = foldHash(hash, word.charCodeAt(k));
  const slot = table.find(word, 0, word.length, hash);
  return slot < 0 ? null : table.value(slot);
}

const rows: ReadonlyArray<{ text: string; expect: number | null }> = [
  { text: 'million', expect: 1 },
  { text: 'MILLION', expect: 1 }, // any case
  { text: 'About', expect: 2 },
  { text: 'thousand', expect: 3 },
  { text: 'twice', expect: 4 },
  { text: 'millions', expect: null },
  { text: 'millio', expect: null },
  { text: 'abouts', expect: null },
  { text: 'troops', expect: null },
  { text: 'a', expect: null },
  { text: 'thousandfold', expect: null }, // longer than any listed word
];

describe('WordTable: listed words found by folded hash, without cutting a string', () => {
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${row.expect}`, () => assert.equal(valueOf(row.text), row.expect));
  }
  it('keeps every word through collisions of the slot', () => {
    const words = Array.from({ length: 500 }, (_, k) => `w${String.fromCharCode(97 + (k % 26))}${String.fromCharCode(97 + Math.floor(k / 26))}x`);
    const many = new WordTable(words.map((w, k) => [w, k % 200] as const));
    for (const [k, w] of words.entries()) {
      let hash = 0;
      for (let c = 0; c < w.length; c++) hash = foldHash(hash, w.charCodeAt(c));
      const slot = many.find(w, 0, w.length, hash);
      assert.ok(slot >= 0 && many.word(slot) === w && many.value(slot) === k % 200);
    }
  });
});
