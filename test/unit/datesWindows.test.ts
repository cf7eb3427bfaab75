import * as assert from 'node:assert/strict';
import { en } from 'chrono-node';
import { ANY_HOUR, ANY_MONTH, DIGIT, FEATURES, ISO, MONTH_SLASH, SLASH, UNIT_WORD, WEEKDAY, YEAR_FIRST } from '../../src/core/extractors/dates/chronoFeatures';
import { maybeOf, possibleFeatures, sureOf } from '../../src/core/extractors/dates/possibleFeatures';
import { CLOCK_PARSER, chronoOf, MONTH_DAY_ONLY, parserMask } from '../../src/core/extractors/dates/chronoParsers';
import { clockParserIdle } from '../../src/core/extractors/dates/clockParserIdle';
import { monthDayReadings, type MonthDayReading } from '../../src/core/extractors/dates/monthDayReadings';
import { parseWindows } from '../../src/core/extractors/dates/parseWindows';

const instant = new Date(Date.UTC(2000, 0, 1, 12));
const PARTS = ['year', 'month', 'day', 'hour', 'weekday'] as const;
/** A reading as `index:text` and its certain parts, the same for chrono's results and ours. */
function show(r: Pick<MonthDayReading, 'index' | 'text' | 'start'> & { end?: MonthDayReading['start'] | null }): string {
  const parts = (c: MonthDayReading['start']) => PARTS.filter((k) => c.isCertain(k)).map((k) => `${k}=${c.get(k)}`).join(',');
  return `${r.index}:${r.text} [${parts(r.start)}]${r.end ? ` to [${parts(r.end)}]` : ''}`;
}

describe('monthDayReadings', () => {
  // windows only chrono's month-day parser reads in, read without chrono exactly as chrono reads them
  const same = [
    'the board meets on October 15. The vote', 'on Nov. 6, 2023, the board', 'on April 22, or on April 26, it', 'on May 22, the council',
    'from July 1.', 'on Sept. 3rd and Dec 9 they', 'March 18, 2024 was', 'it closed on June 30', 'October 15 — then',
  ];
  for (const text of same) {
    it(`reads "${text}" as chrono does`, () => {
      assert.equal(parserMask(text), MONTH_DAY_ONLY);
      const readings = monthDayReadings(text);
      assert.ok(readings, 'left to chrono');
      assert.deepEqual(readings.map(show), en.strict.parse(text, instant).map((r) => show(r)));
    });
  }

  // what a refiner of chrono would change, a day in words, a day no year has: chrono reads these
  const toChrono = [
    'on October 15 EST the', 'on October 15 +0200 the', 'on March 5 to March 9 the', 'on February 30 the', 'on March fifth the',
    'on May 45 the', 'in March 5 23 the', 'on June 30-31 the', 'on May 30-fifth the',
  ];
  for (const text of toChrono) {
    it(`leaves "${text}" to chrono`, () => {
      assert.equal(monthDayReadings(text), null);
    });
  }
});

describe('possibleFeatures', () => {
  // every feature that holds is possible; `ruled out` names the ones the pass rules out
  const rows = [
    { text: 'on 2023-02-13 at 14:00', ruledOut: [] as number[] },
    { text: 'on 14/2 and 3.4.21', ruledOut: [ISO, YEAR_FIRST] },
    { text: 'on June 5 at 10 p.m.', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH] },
    { text: 'in 2026 the 12th', ruledOut: [SLASH, MONTH_SLASH, ANY_HOUR] },
    { text: 'at 14', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH] },
    { text: 'no digits here', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH, ANY_HOUR, DIGIT] },
    { text: 'from 12345-6 to 1/2, 25 and 7.5', ruledOut: [ANY_HOUR, ANY_MONTH, WEEKDAY, UNIT_WORD] },
    // the letter features are told exactly, inside longer words too: `mar` in `market`, `day` in `today`
    { text: 'the market rose today', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH, ANY_HOUR, DIGIT, WEEKDAY] },
    { text: 'on WEEKDAYS, for months', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH, ANY_HOUR, DIGIT, ANY_MONTH] },
    { text: 'a wee sec of quail', ruledOut: [ISO, YEAR_FIRST, SLASH, MONTH_SLASH, ANY_HOUR, DIGIT, ANY_MONTH, WEEKDAY, UNIT_WORD] },
  ];
  for (const { text, ruledOut } of rows) {
    it(`rules out ${ruledOut.length} features in "${text}", none that holds, and is sure only of those that do`, () => {
      const facts = possibleFeatures(text);
      FEATURES.forEach((re, f) => {
        const holds = re.test(text);
        if (holds) assert.ok(maybeOf(facts) & (1 << f), `feature ${f} holds`);
        if (sureOf(facts) & (1 << f)) assert.ok(holds, `feature ${f} is not sure`);
      });
      for (const bit of ruledOut) assert.equal(maybeOf(facts) & bit, 0);
      for (const bit of [ANY_MONTH, WEEKDAY, UNIT_WORD]) assert.equal(sureOf(facts) & bit, FEATURES[31 - Math.clz32(bit)].test(text) ? bit : 0);
      assert.equal(sureOf(facts) & DIGIT, /\d/.test(text) ? DIGIT : 0);
    });
  }
});

describe('clockParserIdle', () => {
  const both = MONTH_DAY_ONLY | CLOCK_PARSER;
  // idle: chrono with its clock-time parser reads there just what monthDayReadings reads
  const rows = [
    { text: 'on May 22-23, the 26 members met', expect: true },
    { text: 'between April 22 and April 26. Prices rose 14 percent', expect: true },
    { text: 'they meet on June 12–13 in Oslo', expect: true },
    { text: 'Oct. 12 to 14, 2023 was', expect: true },
    { text: 'it closed on June 30.\n\nOutput fell 14 percent', expect: true },
    { text: 'on May 22 at 10 the board', expect: false },
    { text: 'the 10 on June 5 left', expect: false },
    { text: 'on May 2 prices rose 3.5 percent', expect: false },
    { text: 'on May 2 the 10 GMT+2 slot', expect: false },
    { text: 'by June 4 the 12 to 14 slots', expect: false },
  ];
  for (const { text, expect } of rows) {
    it(`${expect ? 'leaves out' : 'keeps'} the clock-time parser in "${text}"`, () => {
      assert.equal(parserMask(text), both);
      const readings = monthDayReadings(text);
      assert.ok(readings);
      assert.equal(clockParserIdle(text, readings), expect);
      if (expect) assert.deepEqual(readings.map(show), chronoOf(both).parse(text, instant).map((r) => show(r)));
    });
  }
});

describe('parseWindows', () => {
  const chronoReads = (text: string) => en.strict.parse(text, instant).map((r) => r.text);
  // one window each: what chrono reads there, but "in the year" and its like, which calendarDates never keeps
  const rows = [
    { text: 'Prices rose 2.9% in the year to August.', expect: [] },
    { text: 'It ran for two weeks and then stopped.', expect: [] },
    { text: 'The board meets on October 15. The vote', expect: ['October 15'] },
    { text: 'They meet on May 22-23 in Gdansk.', expect: ['May 22-23'] },
    { text: 'They meet on June 12–13 in Oslo, 40 of them.', expect: ['June 12'] },
    { text: 'Talks start at 10:30 on 14/2 in Oslo.', expect: chronoReads('Talks start at 10:30 on 14/2 in Oslo.') },
    { text: 'It lasts for two hours EST, they said.', expect: chronoReads('It lasts for two hours EST, they said.') },
  ];
  for (const { text, expect } of rows) {
    it(`reads ${JSON.stringify(expect)} in "${text}"`, () => {
      assert.deepEqual(parseWindows(text, [[0, text.length]]).map(({ at, r }) => text.slice(at, at + r.text.length)), expect);
    });
  }
});
