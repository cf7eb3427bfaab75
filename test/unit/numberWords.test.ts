import * as assert from 'node:assert/strict';
import { readNumberWords } from '../../src/core/extractors/figures/numberWords';
import { toTokens } from '../../src/core/extractors/figures/tokens';

describe('readNumberWords', () => {
  const rows = [
    { text: 'eight', value: 8, read: 'eight', form: 'cardinal' },
    { text: 'twenty-five people', value: 25, read: 'twenty-five', form: 'cardinal' },
    { text: 'a hundred years', value: 100, read: 'a hundred', form: 'cardinal' },
    { text: 'two-and-a-half years', value: 2.5, read: 'two-and-a-half', form: 'cardinal' },
    { text: 'one and a half', value: 1.5, read: 'one and a half', form: 'cardinal' },
    { text: 'two hundred and five', value: 205, read: 'two hundred and five', form: 'cardinal' },
    { text: 'seven million five hundred twenty thousand', value: 7520000, read: 'seven million five hundred twenty thousand', form: 'cardinal' },
    { text: 'two and a half million', value: 2500000, read: 'two and a half million', form: 'cardinal' },
    { text: 'one million and a half', value: 1500000, read: 'one million and a half', form: 'cardinal' },
    { text: 'half million', value: 500000, read: 'half million', form: 'cardinal' },
    { text: 'a dozen eggs', value: 12, read: 'a dozen', form: 'cardinal' },
    { text: 'five point five', value: 5.5, read: 'five point five', form: 'cardinal' },
    { text: 'three quarters', value: 0.75, read: 'three quarters', form: 'fraction' },
    { text: 'a third of them', value: 1 / 3, read: 'a third', form: 'fraction' },
    { text: 'twenty-first', value: 21, read: 'twenty-first', form: 'ordinal' },
    { text: 'eighth', value: 8, read: 'eighth', form: 'ordinal' },
    // Two numbers side by side stay apart.
    { text: 'twenty thirty', value: 20, read: 'twenty', form: 'cardinal' },
    { text: 'one and two', value: 1, read: 'one', form: 'cardinal' },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)} as ${row.value}`, () => {
      const tokens = toTokens(row.text);
      const n = readNumberWords(tokens, 0);
      assert.ok(n, 'expected a number');
      assert.ok(Math.abs(n.value - row.value) < 1e-9, `value ${n.value}`);
      assert.equal(n.form, row.form);
      assert.equal(row.text.slice(0, tokens[n.end - 1].end), row.read);
    });
  }

  const negatives = ['the', 'a', 'an apple', 'and five', 'quarter', 'point five', ''];
  for (const text of negatives) {
    it(`reads no number from ${JSON.stringify(text)}`, () => {
      assert.equal(readNumberWords(toTokens(text), 0), null);
    });
  }
});
