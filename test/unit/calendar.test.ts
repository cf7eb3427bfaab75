import * as assert from 'node:assert/strict';
import { pad, toRefDate } from '../../src/core/extractors/dates/calendar';

describe('toRefDate', () => {
  const rows = [
    { text: '2023-02-13', expect: '2023-02-13 1' },
    { text: '2016-02-29T10:00', expect: '2016-02-29 1' },
    // days and months past their end roll over, as Date.UTC does
    { text: '2023-02-30', expect: '2023-03-02 4' },
    { text: '2023-00-10', expect: '2022-12-10 6' },
    // years 0–99 are 1900–1999, as Date.UTC has them
    { text: '0050-06-01', expect: '1950-06-01 4' },
    // negative rows: not a day
    { text: 'XXXX-02-13', expect: null },
    { text: '2023-2-13', expect: null },
    { text: '2023-02-1', expect: null },
    { text: '2023/02/13', expect: null },
    { text: '', expect: null },
  ];
  for (const row of rows) {
    it(`reads ${JSON.stringify(row.text)}`, () => {
      const ref = toRefDate(row.text);
      assert.equal(ref ? `${ref.iso} ${ref.weekday}` : null, row.expect);
    });
  }
});

describe('pad', () => {
  const rows = [
    { n: 7, width: 2, expect: '07' },
    { n: 12, width: 2, expect: '12' },
    { n: 123, width: 2, expect: '123' },
    { n: 2016, width: 4, expect: '2016' },
    { n: 950, width: 4, expect: '0950' },
    { n: -3, width: 2, expect: '-3' },
    { n: 1.5, width: 2, expect: '1.5' },
  ];
  for (const row of rows) it(`pads ${row.n} to ${row.width}`, () => assert.equal(pad(row.n, row.width), row.expect));
});
