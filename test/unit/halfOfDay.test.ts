import * as assert from 'node:assert/strict';
import { afternoonEnd } from '../../src/core/extractors/dates/afternoonEnd';
import { clockInPart } from '../../src/core/extractors/dates/halfOfDay';

describe('a clock time in a part of the day takes its half', () => {
  const rows: [part: string, clock: string, text: string, expected: string][] = [
    ['EV', 'T07:30', '7.30', 'T19:30'],
    ['AF', 'T03:00', '3', 'T15:00'],
    ['NI', 'T08:00', '8.00', 'T20:00'],
    // negative rows: a night's small hours, a told half, noon, the morning, no part
    ['NI', 'T02:00', '2.00', 'T02:00'],
    ['EV', 'T07:30', '7.30 a.m.', 'T07:30'],
    ['AF', 'T12:00', 'noon', 'T12:00'],
    ['EV', 'T00:30', '0.30', 'T00:30'],
    ['MO', 'T07:30', '7.30', 'T07:30'],
    ['', 'T07:30', '7.30', 'T07:30'],
  ];
  for (const [part, clock, text, expected] of rows) it(`reads "${text}" in ${part || 'no part'} as ${expected}`, () => assert.equal(clockInPart(part, clock, text), expected));
});

describe('a stretch of clock times ends in the afternoon when its end would come before its start', () => {
  const rows: [start: number, hour: number, minutes: number, text: string, expected: number][] = [
    [9 * 60 + 30, 4, 30, '4.30', 16],
    // negative rows: an end after the start, a told half, a stretch past midnight
    [9 * 60, 11, 0, '11', 11],
    [9 * 60 + 30, 4, 30, '4.30 a.m.', 4],
    [22 * 60, 2, 0, '2', 2],
  ];
  for (const [start, hour, minutes, text, expected] of rows) it(`ends "${text}" after ${start} minutes at ${expected}`, () => assert.equal(afternoonEnd(start, hour, minutes, text), expected));
});
