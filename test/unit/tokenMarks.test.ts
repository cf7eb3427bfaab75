import * as assert from 'node:assert/strict';
import { canStart, isNumberCore } from '../../src/core/extractors/figures/tokenMarks';
import { toTokens } from '../../src/core/extractors/figures/tokens';

/** What the tokenizer marks on the first token of each text. */
const rows: ReadonlyArray<{ text: string; starts: boolean; number: boolean }> = [
  { text: 'seven', starts: true, number: true },
  { text: 'Seven', starts: true, number: true }, // any case
  { text: 'MILLION', starts: true, number: true },
  { text: 'about', starts: true, number: false },
  { text: 'Between', starts: true, number: false },
  { text: '$', starts: true, number: false },
  { text: '½', starts: true, number: true },
  { text: '1,500', starts: true, number: true },
  { text: 'twice', starts: true, number: true },
  { text: 'the', starts: false, number: false },
  { text: 'seventy-one', starts: true, number: true },
  { text: "one's", starts: false, number: false }, // a word with an apostrophe is on no list
  { text: 'sevén', starts: false, number: false }, // nor one with other letters
  { text: 'troops', starts: false, number: false },
  { text: '.', starts: false, number: false },
];

describe('tokenMarks: what a token may start and whether it carries a number', () => {
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → starts ${row.starts}, number ${row.number}`, () => {
      const [first] = toTokens(row.text);
      assert.equal(canStart(first), row.starts);
      assert.equal(isNumberCore(first), row.number);
    });
  }
});
