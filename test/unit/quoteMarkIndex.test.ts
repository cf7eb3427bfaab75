import * as assert from 'node:assert/strict';
import { QUOTE_MARK_OR_TAG } from '../../src/core/lexicon/quoteMarks';
import { QuoteMarkIndex } from '../../src/core/extractors/quoteMarkIndex';
import { titleWords } from '../../src/core/extractors/titleWords';

/** [offset, length] of every mark and tag the index holds. */
function indexed(text: string): [number, number][] {
  const index = new QuoteMarkIndex(text);
  assert.equal(index.within(0, text.length), true);
  const out: [number, number][] = [];
  for (let i = index.first; i < index.last; i++) out.push([index.markAt(i), index.lengthAt(i)]);
  return out;
}

/** The same, straight from the lexicon's regex. */
function byRegex(text: string): [number, number][] {
  return [...text.matchAll(new RegExp(QUOTE_MARK_OR_TAG.source, 'g'))].map((m) => [m.index, m[0].length]);
}

describe('QuoteMarkIndex', () => {
  const rows = [
    { name: 'straight marks in Latin-1 text', text: 'He said "no" and \'yes\'.', expect: [[8, 1], [11, 1], [17, 1], [21, 1]] },
    { name: "typewriter '' and `` marks", text: "``A,'' he said, ''B.''", expect: [[0, 2], [4, 2], [16, 2], [20, 2]] },
    { name: 'three apostrophes: a pair, then one', text: "x'''y", expect: [[1, 2], [3, 1]] },
    { name: 'a lone backtick is no mark', text: 'a `b` c', expect: [] },
    { name: 'guillemets in Latin-1 text', text: '«Oui», dit-il.', expect: [[0, 1], [4, 1]] },
    { name: 'curly marks', text: '“No,” he said. ‘Fine’', expect: [[0, 1], [4, 1], [15, 1], [20, 1]] },
    { name: 'a tag hides its marks', text: '<a href="x">"Hi"</a>', expect: [[0, 12], [12, 1], [15, 1], [16, 4]] },
    { name: 'a tag with an attribute spans a line break', text: '<t a="May\n">"Hi"', expect: [[0, 12], [12, 1], [15, 1]] },
    { name: 'a tag without an attribute stops at a line break', text: '<b\n"Hi">', expect: [[3, 1], [6, 1]] },
    { name: 'no marks', text: 'Plain text.', expect: [] },
  ];
  for (const row of rows) {
    it(`finds marks as the regex does: ${row.name}`, () => {
      assert.deepEqual(indexed(row.text), row.expect);
      assert.deepEqual(indexed(row.text), byRegex(row.text));
    });
  }
});

describe('titleWords', () => {
  const rows = [
    { text: 'Meet the Press', expect: true },
    { text: 'The State of the Union', expect: true },
    { text: 'Rule 42 Applies', expect: true },
    { text: 'Élan Vital', expect: true },
    { text: 'the Press', expect: false },
    { text: 'Meet them', expect: false },
    { text: 'We will win', expect: false },
  ];
  for (const row of rows) {
    it(`reads title words: ${JSON.stringify(row.text)}`, () => assert.equal(titleWords(row.text), row.expect));
  }
});
