import * as assert from 'node:assert/strict';
import { isoWeek, monthValue, toRefDate } from '../../src/core/extractors/dates/calendar';
import { durationValue } from '../../src/core/extractors/dates/durationValue';
import { toNumber } from '../../src/core/extractors/dates/numberPhrase';
import { tenseAt } from '../../src/core/extractors/dates/tense';

describe('toNumber', () => {
  const rows: [string, number | null][] = [
    ['12', 12], ['2.5', 2.5], ['2 1/2', 2.5], ['twenty four', 24], ['twenty-four', 24], ['two-and-a-half', 2.5],
    ['one and a half', 1.5], ['a hundred', 100], ['two thousand', 2000], ['half a', 0.5], ['a couple of', 2], ['an', 1],
    ['several', null], ['a few', null], ['banana', null],
  ];
  for (const [text, n] of rows) it(`"${text}" → ${n}`, () => assert.equal(toNumber(text), n));
});

describe('durationValue', () => {
  const rows: [number | null, string, string][] = [
    [2.5, 'year', 'P2Y6M'], [8, 'year', 'P8Y'], [3, 'month', 'P3M'], [1.5, 'hour', 'PT1H30M'], [24, 'hour', 'PT24H'],
    [2, 'decade', 'P20Y'], [null, 'week', 'PXW'], [null, 'decade', 'PXDE'], [2, 'quarter', 'P6M'], [0.5, 'day', 'PT12H'],
  ];
  for (const [n, unit, value] of rows) it(`${n} ${unit} → ${value}`, () => assert.equal(durationValue(n, unit), value));
});

describe('calendar', () => {
  const rows: [string, string, string][] = [
    ['2023-02-13', '2023-W07', '2023-02'], ['2021-01-01', '2020-W53', '2021-01'], ['2024-12-30', '2025-W01', '2024-12'],
  ];
  for (const [iso, week, month] of rows) {
    it(`${iso} is in ${week}`, () => {
      const ref = toRefDate(iso)!;
      assert.equal(isoWeek(ref), week);
      assert.equal(monthValue(ref, 0), month);
    });
  }
  it('rejects what is not a date', () => assert.equal(toRefDate('next week'), null));
});

describe('tenseAt', () => {
  const rows: [string, string][] = [
    ['They met on Friday.', 'past'], ['They will meet on Friday.', 'future'], ['The vote is on Friday.', 'none'],
    ['He said they will meet on Friday.', 'future'], ['They signed it on Friday, he said.', 'past'],
    ['Talks are scheduled for Friday.', 'future'], ['Talks run until Friday.', 'firm-future'], ['Prices rose since Friday.', 'firm-past'], ['It was cold. They meet on Friday.', 'none'],
  ];
  for (const [text, tense] of rows) {
    it(`"${text}" → ${tense}`, () => {
      const at = text.indexOf('Friday');
      assert.equal(tenseAt(text, at, at + 6), tense);
    });
  }
});
