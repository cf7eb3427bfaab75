import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { HOLIDAYS } from '../../src/core/lexicon/holidays';
import { holidayDay } from '../../src/core/extractors/dates/holidayDate';
import { checkInvariants } from './invariants';

const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('holidayDay', () => {
  const rows: [string, number, string][] = [
    ['easter', 2000, '2000-04-23'],
    ['easter', 2019, '2019-04-21'],
    ['easter', 2024, '2024-03-31'],
    ['easter', 2025, '2025-04-20'],
    ['good friday', 2024, '2024-03-29'],
    ['thanksgiving', 2023, '2023-11-23'],
    ['thanksgiving', 2024, '2024-11-28'],
    ['black friday', 2024, '2024-11-29'],
    ['memorial day', 2024, '2024-05-27'],
    ['memorial day', 2021, '2021-05-31'],
    ['martin luther king day', 2024, '2024-01-15'],
    ['labor day', 2025, '2025-09-01'],
    ['election day', 2024, '2024-11-05'],
    ['election day', 2022, '2022-11-08'],
    ['christmas', 2023, '2023-12-25'],
  ];
  for (const [name, year, expected] of rows) it(`${name} ${year} → ${expected}`, () => assert.equal(iso(holidayDay(HOLIDAYS[name], year)), expected));
});

describe('holidays in text', () => {
  // resolved against a Monday, 2023-02-13 unless `ref` says otherwise
  const rows: { text: string; ref?: string | null; expect: [string, string][] }[] = [
    { text: 'Talks will end by Christmas.', expect: [['Christmas', '2023-12-25']] },
    { text: 'He was found on Thanksgiving Day.', expect: [['Thanksgiving Day', '2022-11-24']] },
    { text: 'The vote is on Election Day.', expect: [['Election Day', '2023-11-07']] },
    { text: 'Last Thanksgiving was cold.', expect: [['Last Thanksgiving', '2022-11-24']] },
    { text: 'Next Christmas the shops open late.', expect: [['Next Christmas', '2023-12-25']] },
    { text: 'The bill passed before Easter 2024.', expect: [['Easter 2024', '2024-03-31']] },
    { text: 'Shops opened on Black Friday.', expect: [['Black Friday', '2022-11-25']] },
    { text: 'Flowers were sold on Mother’s Day.', expect: [['Mother’s Day', '2022-05-08']] },
    { text: 'It rained over Easter.', ref: null, expect: [['Easter', 'XXXX-XX-XX']] },
    { text: 'Talks end before Thanksgiving.', ref: null, expect: [['Thanksgiving', 'XXXX-11-XX']] },
    { text: 'Talks end by Christmas.', ref: null, expect: [['Christmas', 'XXXX-12-25']] },
    // not holidays
    { text: 'Christmas trees were sold out.', expect: [] },
    { text: 'Easter eggs were hidden.', expect: [] },
    { text: 'It was a good friday for the markets.', expect: [] },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${JSON.stringify(row.expect)}`, () => {
      const ref = row.ref === undefined ? '2023-02-13' : row.ref;
      const a = analyze(row.text, ref ? { referenceDate: ref } : {});
      checkInvariants(a);
      assert.deepEqual(
        a.dates.map((d) => [d.text, d.value]),
        row.expect,
      );
    });
  }
});
