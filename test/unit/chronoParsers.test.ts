import * as assert from 'node:assert/strict';
import { Chrono, en } from 'chrono-node';
import { chronoOf, knownParsers, parserMask } from '../../src/core/extractors/dates/chronoParsers';

const instant = new Date(Date.UTC(2000, 0, 1, 12));
const parsers = en.strict.parsers;
/** Each strict parser alone, to see which of them read something in a text. */
const alone = parsers.map((p) => new Chrono({ parsers: [p], refiners: [] }));

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
  ];
  for (const window of windows) {
    it(`"${window}": every parser that reads something may run`, () => {
      const mask = parserMask(window);
      alone.forEach((chrono, i) => {
        if (chrono.parse(window, instant).length) assert.ok(mask & (1 << i), `parser ${i} left out`);
      });
    });
    it(`"${window}": the chosen parsers read it as all of them do`, () => {
      const text = (rs: { index: number; text: string }[]) => rs.map((r) => `${r.index}:${r.text}`);
      const mask = parserMask(window);
      assert.deepEqual(text(mask ? chronoOf(mask).parse(window, instant) : []), text(en.strict.parse(window, instant)));
    });
  }

  const none = ['the board met and talked', 'a market for everyone', 'on November 6, was'];
  for (const window of none) {
    it(`"${window}": a window without dates needs few parsers`, () => {
      const mask = parserMask(window);
      assert.ok(mask === 0 || chronoOf(mask).parsers.length < parsers.length / 2);
    });
  }
});
