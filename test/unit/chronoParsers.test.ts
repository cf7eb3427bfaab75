import * as assert from 'node:assert/strict';
import { en } from 'chrono-node';
import { chronoOf, knownParsers, parserMask } from '../../src/core/extractors/dates/chronoParsers';

const instant = new Date(Date.UTC(2000, 0, 1, 12));
const parsers = en.strict.parsers;
/** What chrono finds in a text with the parsers of `mask`, as `index:text` rows. */
const read = (mask: number, text: string) =>
  (mask ? chronoOf(mask).parse(text, instant) : []).map((r) => `${r.index}:${r.text}`);

describe('chronoParsers', () => {
  it('knows every parser of chrono\'s strict configuration (an unknown one would always run)', () => {
    assert.equal(knownParsers(), parsers.length);
  });

  // every parser that reads something in a window must be in that window's mask
  const windows = [
    'Ministers meet on February 14-15 in Brussels.', 'on the fifth of March, 1999', 'March twenty-first', 'the 3rd-of-June vote',
    'in 2023 March the vote', 'It opened 2023-02-13T10:00 sharp', 'on 2023/02/13 and 2023 Feb 13', 'on 14/2 and 3.4.2021',
    'in 2/2023', 'at 10:30 p.m. on Tuesday', 'at 5 and from 6', 'at 10 o\'clock at night', '5 to 6pm', '14 people came',
    'two weeks ago', 'three days later', 'within two weeks', 'for about a year', 'last weekend', 'since noon and midnight',
    'Thu. the 4th', 'Consumer prices rose 2.9% in the year to August, down from 8.1% in late 2022,',
    // bare hours: read as clock times, unless the date they are the day of takes their place
    'on October 15. The vote', 'Oct. 15, 9:30 and Sept. 3', 'rose 14 percent in 26 regions', 'the fifth of October 15',
    'the 2023 October 15 vote', 'in 2023 Oct 15 and 2023.10.15', 'October 12 – 14', 'on May 22-23, the', 'code 2026.12 and 1000213',
    // years, numbers and month names that no parser keeps
    'until June 2026, the', 'at the end of October.', 'by September 2026.', 'with March 5 set', 'in November, analysts',
    'for a couple of months', 'in about ~ 5 days', 'within the hour', 'on 3.4.21 and 8.1%', 'prices rose 2.9%',
  ];
  for (const window of windows) {
    it(`"${window}": a parser left out adds nothing to those chosen`, () => {
      const mask = parserMask(window);
      parsers.forEach((_, i) => {
        if (!(mask & (1 << i))) assert.deepEqual(read(mask | (1 << i), window), read(mask, window), `parser ${i} adds a reading`);
      });
    });
    it(`"${window}": the chosen parsers read it as all of them do`, () => {
      const all = en.strict.parse(window, instant).map((r) => `${r.index}:${r.text}`);
      assert.deepEqual(read(parserMask(window), window), all);
    });
  }

  // how many parsers a window needs: the day of a month is no clock time, a bare year no date, "8.1%" no day
  const counts = [
    { text: 'on October 15. The', parsers: 1 }, { text: 'until June 2026, the', parsers: 0 }, { text: 'at the end of October.', parsers: 0 },
    { text: 'prices rose 2.9% in the year', parsers: 1 }, { text: 'in November, analysts said', parsers: 0 },
    { text: 'rose 14 percent on October 15', parsers: 2 }, { text: 'the fifth of October 15', parsers: 3 },
  ];
  const bits = (mask: number) => mask.toString(2).replace(/0/g, '').length;
  for (const { text, parsers: n } of counts) {
    it(`"${text}" needs ${n} of chrono's parsers`, () => {
      assert.equal(bits(parserMask(text)), n);
    });
  }

  const none = ['the board met and talked', 'a market for everyone', 'on November 6, was', 'on October 15. The', 'until June 2026, the'];
  for (const window of none) {
    it(`"${window}": a window without dates needs few parsers`, () => {
      const mask = parserMask(window);
      assert.ok(mask === 0 || chronoOf(mask).parsers.length < parsers.length / 2);
    });
  }
});
