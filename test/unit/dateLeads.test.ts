import * as assert from 'node:assert/strict';
import { countedUnits } from '../../src/core/extractors/dates/countedUnits';
import { openers } from '../../src/core/extractors/dates/openers';

/** The starts of the unit words (`year`, `weeks`…) in a text, as the word index gives them. */
const unitStarts = (text: string): number[] => [...text.matchAll(/\b(?:years?|weeks?|days?)\b/gi)].map((m) => m.index ?? 0);

describe('countedUnits', () => {
  // the unit words a count may lead up to: a necessary condition of a duration
  const rows = [
    { text: 'for two years', expect: ['years'] },
    { text: 'a five-year plan', expect: ['year'] },
    { text: 'eight consecutive years', expect: ['years'] },
    { text: 'for 2½ weeks', expect: ['weeks'] },
    { text: 'a couple of days', expect: ['days'] },
    { text: 'SEVERAL  Weeks', expect: ['Weeks'] },
    { text: 'last year and the year to August', expect: [] },
    { text: 'more years', expect: [] },
    { text: 'years ago', expect: [] },
    { text: 'two -years', expect: [] },
  ];
  for (const { text, expect } of rows) {
    it(`finds ${JSON.stringify(expect)} in "${text}"`, () => {
      assert.deepEqual(countedUnits(text, unitStarts(text)).map((at) => text.slice(at).split(/\W/)[0]), expect);
    });
  }
});

describe('openers', () => {
  const opens = openers(['the', 'early', 'earlier'], true);
  const rows = [
    { text: 'The year', expect: true },
    { text: 'then', expect: true },
    { text: 'EARLIER today', expect: true },
    { text: '2023', expect: true },
    { text: 'they', expect: true },
    { text: 'last year', expect: false },
    { text: 'th', expect: true },
    { text: 'ta', expect: false },
    { text: 'ea', expect: true },
    { text: 'e', expect: false },
    { text: 'Éarly', expect: false },
    { text: '', expect: false },
  ];
  for (const { text, expect } of rows) {
    it(`${expect ? 'opens' : 'does not open'} at "${text}"`, () => {
      assert.equal(opens(text, 0), expect);
    });
  }
  it('opens at no digit unless asked', () => {
    assert.equal(openers(['the'])('2023', 0), false);
  });
});
