import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnits } from '../../../src/core/extractors/claims/codeUnits';
import { SURFACE, Surface, surfaceScan } from '../../../src/core/extractors/claims/surfaceScan';
import { WORDS, inText } from '../../../src/core/extractors/claims/surfaceWords';
import { wordCount } from '../../../src/core/extractors/claims/spanText';

/** The regexes the scan stands for, as the scorer was trained with them. */
const RX = {
  digit: /\d/, percentSign: /%/, moneySign: /[$€£]/, year: /\b(?:1[89]\d\d|20\d\d)s?\b/, pastSuffix: /\b\w{3,}ed\b/i,
  apostrophe: /'/, questionMark: /\?/,
};
const CAPITAL = /(?<=\S\s+)[A-Z][a-z]+/g;

/** What the regexes say of a text, in the scan's terms. */
function byRegex(text: string): { flags: number; capitals: number; words: number } {
  let flags = 0;
  for (const [name, rx] of Object.entries(RX)) if (rx.test(text)) flags |= SURFACE[name as keyof typeof SURFACE];
  return { flags, capitals: Math.min((text.match(CAPITAL) ?? []).length, 4), words: wordCount(text) };
}
const scan = (text: string, from = 0, to = text.length) => {
  const { flags, capitals, words } = surfaceScan(codeUnits(text), from, to, new Surface());
  return { flags, capitals, words };
};
/** Pieces that sit on the edges of the regexes: years, suffixes, underscores, Latin letters, odd spaces. */
const pieces = fc.constantFrom(
  ' ', '  ', '\u00A0', '\n', 'The', 'Rates', 'rose', 'raised', 'Ed', 'bed', 'TALKED', '1999', '1990s', '2024S', '18000', '1789',
  '_', 'a_b', 'é', 'Zoë', '%', '$', '€', '£', "'", '\u2019', '?', 'x', 'Q', '9', '.', ',', '-',
);

describe('surfaceScan', () => {
  const rows = [
    { text: 'Taxes rose 40% in 2019. Why?', expect: { flags: SURFACE.digit | SURFACE.percentSign | SURFACE.year | SURFACE.questionMark, capitals: 1, words: 6 } },
    { text: 'Costs climbed to $5 by the 1990s', expect: { flags: SURFACE.digit | SURFACE.moneySign | SURFACE.year | SURFACE.pastSuffix, capitals: 0, words: 7 } },
    { text: 'no_dates in 19999 or 2024S; it\'s red', expect: { flags: SURFACE.digit | SURFACE.apostrophe, capitals: 0, words: 9 } },
    { text: '', expect: { flags: 0, capitals: 0, words: 0 } },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      assert.deepEqual(scan(row.text), row.expect);
      assert.deepEqual(scan(row.text), byRegex(row.text));
    });
  }
  it('agrees with the regexes on any text', () => {
    fc.assert(fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual(scan(text), byRegex(text));
    }));
  });
  it('reads a range of a longer text as it reads the slice', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const from = text.length ? a % text.length : 0;
      const to = from + (text.length ? b % (text.length - from + 1) : 0);
      assert.deepEqual(scan(text, from, to), scan(text.slice(from, to)));
    }));
  });
});

describe('inText', () => {
  it('answers as each word regex does', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.constantFrom(' ', "'", 'we', "We're", 'US', 'usa', 'I', 'me', 'pounds', 'Pound', 'hundreds', 'x_may', 'did'), fc.string()), { maxLength: 12 }), (parts) => {
      const text = parts.join('');
      for (const [name, set] of Object.entries(WORDS)) {
        if (name === 'perCent' || name === 'perfectAux') continue; // gates: the regex decides after them
        assert.equal(inText(set, text), set.rx.test(text), `${name} in ${JSON.stringify(text)}`);
      }
    }));
  });
  const gates = [
    { set: WORDS.perCent, text: 'up 4 per  cent', expect: true },
    { set: WORDS.perCent, text: 'perhaps', expect: false },
    { set: WORDS.perfectAux, text: "we've been", expect: true },
    { set: WORDS.perfectAux, text: 'behave', expect: false },
  ];
  for (const row of gates) {
    it(`lets ${JSON.stringify(row.text)} through to the regex: ${row.expect}`, () => {
      assert.equal(inText(row.set, row.text), row.expect);
      if (!row.expect) assert.equal(row.set.rx.test(row.text), false); // a closed gate never hides a match
    });
  }
});
