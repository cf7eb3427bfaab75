import * as assert from 'node:assert/strict';
import { en } from 'chrono-node';
import { MONTH_DAY_ONLY, parserMask } from '../../src/core/extractors/dates/chronoParsers';
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
    'on May 45 the', 'in March 5 23 the', 'Oct. 12 to 14, 2023 was',
  ];
  for (const text of toChrono) {
    it(`leaves "${text}" to chrono`, () => {
      assert.equal(monthDayReadings(text), null);
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
    { text: 'Talks start at 10:30 on 14/2 in Oslo.', expect: chronoReads('Talks start at 10:30 on 14/2 in Oslo.') },
    { text: 'It lasts for two hours EST, they said.', expect: chronoReads('It lasts for two hours EST, they said.') },
  ];
  for (const { text, expect } of rows) {
    it(`reads ${JSON.stringify(expect)} in "${text}"`, () => {
      assert.deepEqual(parseWindows(text, [[0, text.length]]).map(({ at, r }) => text.slice(at, at + r.text.length)), expect);
    });
  }
});
