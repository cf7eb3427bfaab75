import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { leadingConjunction, trailingConjunction, trimBounds, trimSpan, wordCount, wordsUpTo } from '../../../src/core/extractors/claims/spanText';

describe('trimSpan', () => {
  const rows = [
    { text: ', and the war goes on, and ', expect: 'the war goes on' },
    { text: '"It is urgent,', expect: 'It is urgent' },
    { text: 'And invest in our capacity.', expect: 'invest in our capacity.' },
    { text: 'Brand new plans', expect: 'Brand new plans' }, // "and" inside a word stays
    { text: ' ,; ', expect: '' },
    { text: 'the bank needed to "avoid delay."', expect: 'the bank needed to "avoid delay."' }, // a quote it opens keeps its mark
    { text: 'it was \u201Cfine.\u201D', expect: 'it was \u201Cfine.\u201D' },
    { text: '"We need to act,"', expect: 'We need to act' }, // a quote around the whole span loses both marks
    { text: 'the plan "works" well."', expect: 'the plan "works" well.' }, // a stray mark after a closed quote stays out
  ];
  for (const row of rows) {
    it(`trims ${JSON.stringify(row.text)}`, () => {
      const [s, e] = trimSpan(row.text, 0, row.text.length);
      assert.equal(row.text.slice(s, e), row.expect);
    });
  }
  it('counts words', () => assert.equal(wordCount('two-and-a-half years'), 5));
  const limits = [
    { text: 'one two three four', start: 0, end: 18, limit: 3, expect: 3 }, // stops at the limit
    { text: 'one two three four', start: 0, end: 18, limit: 9, expect: 4 },
    { text: 'one two three four', start: 5, end: 13, limit: 9, expect: 2 }, // "wo three": a cut word counts
    { text: 'one two', start: 3, end: 3, limit: 9, expect: 0 },
  ];
  for (const row of limits) {
    it(`counts ${row.expect} words in [${row.start}, ${row.end}) up to ${row.limit}`, () => {
      assert.equal(wordsUpTo(row.text, row.start, row.end, row.limit), row.expect);
    });
  }
});

describe('trailingConjunction', () => {
  const TRAILING = /[\s,;]+(?:and|but|or|while|as)$/i;
  const rows = [
    { text: 'rents rose, and', expect: 5 },
    { text: 'rents rose ;, OR', expect: 6 },
    { text: 'rents rose for', expect: 0 }, // "or" inside a word
    { text: 'and', expect: 0 }, // nothing before it
    { text: 'rents rose.', expect: 0 },
    // "and that" before a second reported clause goes whole; "that" alone stays
    { text: 'rents rose, and that', expect: 10 },
    { text: 'rents rose but that', expect: 9 },
    { text: 'the one thing was that', expect: 0 },
  ];
  for (const row of rows) {
    it(`takes ${row.expect} characters off ${JSON.stringify(row.text)}`, () => {
      assert.equal(trailingConjunction(row.text, 0, row.text.length), row.expect);
    });
  }
  it('agrees with the regex on generated ranges', () => {
    const pieces = fc.constantFrom(' ', ',', ';', '\n', 'and', 'AS', 'or', 'while', 'but', 'f', 'x', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 8 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const start = text.length ? a % text.length : 0;
      const end = start + (text.length - start ? b % (text.length - start + 1) : 0);
      assert.equal(trailingConjunction(text, start, end), TRAILING.exec(text.slice(start, end))?.[0].length ?? 0);
    }));
  });
});

describe('leadingConjunction', () => {
  const LEADING = /(?:and|but|so|or)\s+/iy;
  const rows = [
    { text: 'and  so', start: 0, expect: 5 },
    { text: 'x BUT\nthen', start: 2, expect: 4 },
    { text: 'sorry, no', start: 0, expect: 0 }, // "so" opening a word
    { text: 'or', start: 0, expect: 0 }, // no white space after it
    { text: 'and', start: 1, expect: 0 },
  ];
  for (const row of rows) {
    it(`takes ${row.expect} characters at ${row.start} of ${JSON.stringify(row.text)}`, () => {
      assert.equal(leadingConjunction(row.text, row.start), row.expect);
    });
  }
  it('agrees with the regex on generated texts', () => {
    const pieces = fc.constantFrom(' ', '\u00A0', '\n', 'and', 'AND', 'but', 'so', 'or', 'sore', 'x', ',', '\u017F');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 6 }), fc.nat(), (parts, a) => {
      const text = parts.join('');
      const start = text.length ? a % text.length : 0;
      LEADING.lastIndex = start;
      assert.equal(leadingConjunction(text, start), LEADING.exec(text)?.[0].length ?? 0);
    }));
  });
});

describe('trimBounds', () => {
  it('trims as trimSpan does, in one object kept between calls', () => {
    const text = ', and the war goes on, and ';
    const { start, end } = trimBounds(text, 0, text.length);
    assert.deepEqual([start, end], trimSpan(text, 0, text.length));
    assert.equal(text.slice(start, end), 'the war goes on');
  });
});
