import * as assert from 'node:assert/strict';
import { capitalised } from '../../src/core/extractors/dates/capitalisedMonths';
import { months } from '../../src/core/extractors/dates/months';

/** The starts of the whole words of `text` that `words` lists, as the word index gives a class's anchors. */
const starts = (text: string, words: string[]): number[] => [...text.matchAll(/\b\w+\b/g)].filter((m) => words.includes(m[0].toLowerCase())).map((m) => m.index ?? 0);

describe('capitalised', () => {
  const rows = [
    { text: 'The council may meet in May', words: ['may'], expect: [24] },
    { text: 'troops march on, in March', words: ['march'], expect: [20] },
    { text: 'in midMay and may', words: ['midmay', 'may'], expect: [3] }, // a name run on from `mid` is kept
    { text: 'Jan. and Dec. 5', words: ['jan', 'dec'], expect: [0, 9] },
    { text: 'they may, or may not', words: ['may'], expect: [] },
  ];
  for (const { text, words, expect } of rows) {
    it(`keeps ${JSON.stringify(expect)} of the month anchors in "${text}"`, () => assert.deepEqual(capitalised(text, starts(text, words)), expect));
  }
});

describe('months beside a month name in lower case', () => {
  const rows = [
    { text: 'date 2023-02-13 X\nOfficials may act in May.', expect: ['May'] },
    { text: 'date 2023-02-13 X\nThey may march in early March 2024.', expect: ['early March 2024'] },
    { text: 'date 2023-02-13 X\nThey may or may not.', expect: [] },
  ];
  for (const { text, expect } of rows) {
    it(`finds ${JSON.stringify(expect)} in "${text.split('\n')[1]}"`, () => {
      const found = months({ text, from: text.indexOf('\n') + 1, ref: null }).map((c) => text.slice(c.start, c.end));
      assert.deepEqual(found, expect);
    });
  }
});
