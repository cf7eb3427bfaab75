import * as assert from 'node:assert/strict';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer';
import { delimiterEnds } from '../../src/core/segment/delimiterEnds';
import { quoteOffsets } from '../../src/core/segment/quoteOffsets';

/** natural's own parts of a piece, trimmed and non-empty, as the engine reads them. */
function naturalParts(text: string): string[] {
  return new SentenceTokenizer([], true).tokenize(text).filter((s) => s !== '');
}

/** The piece cut after each end, trimmed, empty parts dropped. */
function partsAt(text: string, ends: number[]): string[] {
  const cuts = [0, ...ends, text.length];
  return cuts.slice(1).map((e, i) => text.slice(cuts[i], e).trim()).filter((s) => s !== '');
}

describe('delimiterEnds', () => {
  // expect: the split ends, or null where natural must split the piece itself.
  const rows = [
    { name: 'plain stops', text: 'It rained. We stayed in! Did we?', expect: [10, 24, 32] },
    { name: 'a decimal is hidden', text: 'It cost 3.5 dollars. Fine.', expect: [20, 26] },
    { name: 'thousands and a decimal', text: 'That is 1,000.25 more. Yes.', expect: [22, 27] },
    { name: 'a four-digit number is not hidden', text: 'In 1234.5 cases.', expect: [8, 16] },
    { name: 'a digit glued to a letter is not hidden', text: 'Type A1.5 won.', expect: [8, 14] },
    { name: 'stops and spaces run to the last stop', text: 'Wait . . . and see', expect: [10] },
    { name: 'one closing mark after the stop', text: '"Go." (It worked.) Fine.', expect: [5, 18, 24] },
    { name: 'an ellipsis', text: 'Well… maybe', expect: [5] },
    { name: 'no stop at all', text: 'A line without a stop', expect: [] },
    { name: 'a colon that is no URI', text: 'Note: it ended.', expect: [15] },
    { name: 'braces go to natural', text: 'A {x} b. C.', expect: null },
    { name: 'an e-mail address goes to natural', text: 'Write to a@b.org. Done.', expect: null },
    { name: 'a URI goes to natural', text: 'See http://a.b/c. Done.', expect: null },
    { name: 'www goes to natural', text: 'See WWW.example.org now.', expect: null },
  ];
  for (const row of rows) {
    it(`reads natural's splits: ${row.name}`, () => {
      const ends: number[] = [];
      const ok = delimiterEnds(row.text, 0, row.text.length, ends);
      assert.deepEqual(ok ? ends : null, row.expect);
      if (ok) assert.deepEqual(partsAt(row.text, ends), naturalParts(row.text));
      else assert.deepEqual(ends, []);
    });
  }

  it('reads a piece in place, offsets into the whole text', () => {
    const ends: number[] = [];
    assert.equal(delimiterEnds('xx It ended. Then', 3, 17, ends), true);
    assert.deepEqual(ends, [12]);
  });
});

describe('quoteOffsets', () => {
  const rows = [
    { name: 'straight marks in Latin-1 text', text: 'He said "no" and "yes".', expect: [8, 11, 17, 21] },
    { name: 'curly and straight marks', text: 'He said “no” and "yes".', expect: [8, 11, 17, 21] },
    { name: 'curly single marks, an apostrophe inside left out', text: 'He said ‘don’t’ — ‘ok’', expect: [8, 14, 18, 21] },
    { name: 'apostrophes before a letter or digit are left out', text: 'It’s the ’90s — the nurses’ union', expect: [26] },
    { name: 'a left single mark typed for an apostrophe is left out', text: 'Trump‘s plan in ‘08 was ‘bold’ to ‘em', expect: [24, 29] },
    { name: 'straight single marks are left out', text: "It's 'fine' — “ok”", expect: [14, 17] },
    { name: 'no marks', text: 'Plain text.', expect: [] },
  ];
  for (const row of rows) {
    it(`finds quote marks: ${row.name}`, () => assert.deepEqual(quoteOffsets(row.text), row.expect));
  }
});
