import * as assert from 'node:assert/strict';
import { en } from 'chrono-node';
import { anchoredMatches, leadOf, NO_LEAD } from '../../src/core/extractors/dates/anchoredMatches';
import { isoWeek, monthValue, toRefDate } from '../../src/core/extractors/dates/calendar';
import { matchesFrom } from '../../src/core/extractors/dates/candidate';
import { chronoWindows } from '../../src/core/extractors/dates/chronoWindows';
import { parseWindows } from '../../src/core/extractors/dates/parseWindows';
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
    ['They met on Friday.', 'past'], ['They will meet on Friday.', 'sure-future'], ['The vote is on Friday.', 'none'],
    ['He said they will meet on Friday.', 'sure-future'], ['They signed it on Friday, he said.', 'past'],
    ['The firm said Friday that it intends to bid.', 'past'], ['He said they would meet on Friday.', 'future'],
    ['She expects to sign on Friday.', 'future'], ['He sat next to her on Friday.', 'none'],
    ['They will sign it on Friday, he said.', 'sure-future'], ['They may sign it on Friday, aides said.', 'future'], ['They may have signed it on Friday.', 'past'],
    ['He decided that on Friday, they will sign.', 'future'], ["Friday's deal may fail.", 'none'],
    ['Talks are scheduled for Friday.', 'sure-future'], ['Talks run until Friday.', 'firm-future'], ['Prices rose since Friday.', 'firm-past'], ['It was cold. They meet on Friday.', 'none'],
  ];
  for (const [text, tense] of rows) {
    it(`"${text}" → ${tense}`, () => {
      const at = text.indexOf('Friday');
      assert.equal(tenseAt(text, at, at + 6), tense);
    });
  }
});

describe('anchoredMatches', () => {
  // a pattern with a lead of up to three words before its anchor, and a look-behind
  const source = '(?<!-)\\b(?:(?:more\\s+than|about)\\s+)?(?:\\d+|two|three)\\s+years?\\b';
  const global = new RegExp(source, 'gi');
  const sticky = new RegExp(source, 'iy');
  const anchor = /\byears?\b/gi;
  const rows: { text: string; expect: string[] }[] = [
    { text: 'It took more than two years, then about 3 years.', expect: ['more than two years', 'about 3 years'] },
    { text: 'Two years, three years and 10 years ago.', expect: ['Two years', 'three years', '10 years'] },
    { text: 'more   than\n  two   years', expect: ['more   than\n  two   years'] },
    { text: 'a 5-year plan and x-2 years', expect: [] },
    { text: 'years of two', expect: [] },
    { text: 'No number here at all.', expect: [] },
  ];
  for (const { text, expect } of rows) {
    it(`"${text}" → ${JSON.stringify(expect)}, as a scan of the whole text gives`, () => {
      const found = anchoredMatches(sticky, anchor, leadOf('', 3), text, 0).map((m) => m[0]);
      assert.deepEqual(found, expect);
      assert.deepEqual(found, [...matchesFrom(global, text, 0)].map((m) => m[0]));
    });
  }
  // the words the pattern may hold before its anchor: the walk back stops at any other, with the same matches
  const only = (t: string, start: number, end: number): boolean => /^(?:more|than|about|\d+|two|three)$/i.test(t.slice(start, end));
  for (const { text, expect } of rows) {
    it(`"${text}" → ${JSON.stringify(expect)} with a walk that stops at words outside the lead`, () => {
      assert.deepEqual(anchoredMatches(sticky, anchor, leadOf('', 3, undefined, undefined, only), text, 0).map((m) => m[0]), expect);
    });
  }
  it('stops its walk at a word outside the lead: "for" in "for about 3 years"', () => {
    const tried: number[] = [];
    const probe = new RegExp(source, 'iy');
    const exec = probe.exec.bind(probe);
    probe.exec = (t: string) => (tried.push(probe.lastIndex), exec(t));
    anchoredMatches(probe, anchor, leadOf('', 3, undefined, undefined, only), 'paid for about 3 years', 0);
    assert.deepEqual(tried, [9]);
  });
  it('misses a match whose lead is longer than declared: the contract is the caller\'s', () => {
    assert.deepEqual(anchoredMatches(sticky, anchor, NO_LEAD, 'about two years', 0).map((m) => m[0]), []);
  });
  it('starts no earlier than from', () => {
    assert.deepEqual(anchoredMatches(sticky, anchor, leadOf('', 3), 'two years and three years', 5).map((m) => m[0]), ['three years']);
  });
});

describe('parseWindows', () => {
  const instant = new Date(Date.UTC(2000, 0, 1, 12));
  const rows = [
    'Ministers meet on February 14-15 in Brussels.',
    'They met on Jan. 3. Much later, on 14/2, the vote came at 10:30 a.m. on Tuesday; the end came on March 9, 2021 at noon.',
    'A text with no date, and another without one.',
  ];
  for (const text of rows) {
    it(`reads "${text.slice(0, 30)}…" as separate chrono calls would`, () => {
      const windows = chronoWindows({ text, from: 0, ref: null });
      const separate = windows.flatMap(([from, to]) => en.strict.parse(text.slice(from, to), instant).map((r) => [from + r.index, r.text]));
      assert.deepEqual(parseWindows(text, windows).map(({ at, r }) => [at, r.text]), separate);
    });
  }
});
