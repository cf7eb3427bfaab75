import * as assert from 'node:assert/strict';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer';
import { PlaceholderTokenizer } from '../../src/core/segment/placeholderTokenizer';
import { countWords } from '../../src/core/extractors/countWords';

describe('PlaceholderTokenizer', () => {
  const natural = new SentenceTokenizer([], true);
  const fast = new PlaceholderTokenizer([], true);
  // Each row must split exactly as natural does, on the single-pass path and on the fallback.
  const rows = [
    { name: 'plain sentences', text: 'It rained. We stayed in! Did we?', pieces: 3 },
    { name: 'decimals and thousands', text: 'It cost 3.5 billion. That is 1,000 more.', pieces: 2 },
    { name: 'a URI with stops', text: 'See www.example.org/a.b for more. Then go.', pieces: 2 },
    { name: 'an e-mail address', text: 'Write to press@example.org. They answer.', pieces: 2 },
    { name: 'closing marks after the stop', text: '"Go." (It worked.) Fine.', pieces: 3 },
    { name: 'braces in the text take natural\'s path', text: 'A {{NUMBER_0}} b. {x} 3.5 here.', pieces: 2 },
    { name: 'a dollar sign in a URI takes natural\'s path', text: 'See http://a.example/$&x now. Done.', pieces: 2 },
    { name: 'no stop at all', text: 'A line without a stop', pieces: 1 },
    { name: 'white space only', text: '   ', pieces: 0 },
  ];
  for (const row of rows) {
    it(`splits as natural: ${row.name}`, () => {
      const expected = natural.tokenize(row.text);
      assert.deepEqual(fast.tokenize(row.text), expected);
      assert.equal(expected.filter((s) => s !== '').length, row.pieces);
    });
  }
});

describe('countWords', () => {
  const rows = [
    { text: 'We will win.', expect: 3 },
    { text: "don't stop—ever", expect: 3 },
    { text: 'U.S. e-mail 3.5%', expect: 3 },
    { text: 'Café, naïve 中文', expect: 3 },
    { text: 'one two three four five six seven eight nine ten', expect: 9 },
    { text: ' — , ; ', expect: 0 },
    { text: 'a 𝐀 b', expect: -1 },
  ];
  for (const row of rows) {
    it(`counts words up to 9: ${JSON.stringify(row.text)}`, () => assert.equal(countWords(row.text, 8), row.expect));
  }
});
