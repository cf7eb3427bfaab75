import * as assert from 'node:assert/strict';
import { atOrFromBefore, mayRangeAfter } from '../../src/core/extractors/dates/clockNeighbours';
import { countedUnits } from '../../src/core/extractors/dates/countedUnits';
import { shiftedUnits } from '../../src/core/extractors/dates/shiftedUnits';
import { digitJoinEnd } from '../../src/core/extractors/dates/wordForms';
import { openers } from '../../src/core/extractors/dates/openers';
import { spelledAmong, wordFinder } from '../../src/core/extractors/dates/spelledAmong';

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

describe('shiftedUnits', () => {
  // the unit words a shift word stands right before: a necessary condition of a shifted period
  const rows = [
    { text: 'last year', expect: ['year'] },
    { text: 'This  Week', expect: ['Week'] },
    { text: 'this past fiscal year', expect: ['year'] },
    { text: 'the previous quarter', expect: ['quarter'] },
    { text: 'the year', expect: [] },
    { text: 'a fiscal year', expect: [] },
    { text: 'last-year', expect: [] },
    { text: 'outlast year', expect: [] },
    { text: 'year', expect: [] },
  ];
  for (const { text, expect } of rows) {
    it(`finds ${JSON.stringify(expect)} in "${text}"`, () => {
      const units = [...text.matchAll(/\b(?:year|week|quarter)\b/gi)].map((m) => m.index ?? 0);
      assert.deepEqual(shiftedUnits(text, units).map((at) => text.slice(at).split(/\W/)[0]), expect);
    });
  }
});

describe('digitJoinEnd', () => {
  // where /\d(?:[/:-]\d|\s*[ap]\.?m\b)/iy ends at the first character, -1 where it does not match
  const rows = [
    { text: '4/2', expect: 3 },
    { text: '14/2', expect: -1 },
    { text: '9:30', expect: 3 },
    { text: '1 p.m.', expect: 5 },
    { text: '0 P.M', expect: 5 },
    { text: '9am', expect: 3 },
    { text: '9 a.x', expect: -1 },
    { text: '5 amid', expect: -1 },
    { text: '2023 was', expect: -1 },
    { text: '4-', expect: -1 },
    { text: 'x9', expect: -1 },
  ];
  for (const { text, expect } of rows) {
    it(`reads ${expect} in "${text}"`, () => {
      assert.equal(digitJoinEnd(text, 0), expect);
    });
  }
});

describe('clock neighbours', () => {
  // /(?:at|from)\s*$/i on the eight characters before the number
  const before = [
    { text: 'seen at 10', expect: true },
    { text: 'From\u00a010', expect: true },
    { text: 'that 10', expect: true },
    { text: 'for 10', expect: false },
    { text: 'at         10', expect: false },
    { text: '10', expect: false },
  ];
  for (const { text, expect } of before) {
    it(`${expect ? 'finds' : 'finds no'} at or from before the number in "${text}"`, () => {
      assert.equal(atOrFromBefore(text, text.indexOf('10')), expect);
    });
  }
  // a dash, ~, ?, or to/until/through/till may lead to a second time
  const after = [
    { text: '9 to 11', expect: true },
    { text: '9 – 11', expect: true },
    { text: '9 Until 11', expect: true },
    { text: '9 members', expect: false },
    { text: '9', expect: false },
  ];
  for (const { text, expect } of after) {
    it(`${expect ? 'may' : 'may not'} read a range after "${text}"`, () => {
      assert.equal(mayRangeAfter(text, 1), expect);
    });
  }
});

describe('wordFinder', () => {
  const find = wordFinder(['may', 'will', 'may', 'a', 'half']);
  const rows = [
    { text: 'Will', expect: 1 },
    { text: 'MAY', expect: 0 },
    { text: 'a', expect: 3 },
    { text: 'halfway', expect: -1 },
    { text: 'hal', expect: -1 },
    { text: 'mayor', expect: -1 },
    { text: 'ma', expect: -1 },
    { text: '', expect: -1 },
  ];
  for (const { text, expect } of rows) {
    it(`finds ${expect} for "${text}"`, () => {
      assert.equal(find(`(${text})`, 1, 1 + text.length), expect);
    });
  }
  it('spelledAmong tells the same as a yes or no', () => {
    const two = spelledAmong(['two', 'three']);
    assert.deepEqual(['Two', 'THREE', 'twos', 'tw', 'four'].map((w) => two(w, 0, w.length)), [true, true, false, false, false]);
  });
});
