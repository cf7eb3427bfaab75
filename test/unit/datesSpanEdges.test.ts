import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

type Found = [text: string, type: string, value: string];

/**
 * Where a date's words begin and end, and what a few phrases at those edges
 * make of it. Each row: a text dated Monday 2026-02-02 and every date expected in order.
 */
const rows: { text: string; expect: Found[] }[] = [
  // "earlier in the week" is the week's own phrase: the count before it is a stretch alone
  { text: 'Yields rose for four consecutive days earlier in the week.', expect: [['four consecutive days', 'DURATION', 'P4D']] },
  { text: 'The ferry had left two days earlier, on Friday.', expect: [['two days earlier', 'DURATION', 'P2D'], ['Friday', 'DATE', '2026-01-30']] },
  // a part of the day that describes a noun names no time: "the evening services", "the morning papers"
  { text: 'The evening services on route 42 will stay.', expect: [] },
  { text: 'The evening cuts would hit shift workers, and the morning clinics closed.', expect: [] },
  { text: 'Ms Calder read the morning papers.', expect: [] },
  { text: 'Ms Calder met the drivers in the evening.', expect: [['the evening', 'TIME', '2026-02-02TEV']] },
  // a winter spans two years, and its span takes the second: its value is the December's year
  { text: 'The Lowmere stroke unit opens in the winter of 2027-28.', expect: [['the winter of 2027-28', 'DATE', '2027-WI']] },
  { text: 'Ferry sales fell in winter 2024/2025.', expect: [['winter 2024/2025', 'DATE', '2024-WI']] },
  { text: 'Ferry sales fell in the summer of 2021-22.', expect: [['the summer of 2021', 'DATE', '2021-SU']] },
  { text: 'Ferry sales fell in the winter of 2021-23.', expect: [['the winter of 2021', 'DATE', '2021-WI']] },
  // the middle of a century or decade is that century or decade (TimeML tells "mid" by a modifier the contract leaves out)
  { text: 'The country aims to reach net zero by mid-century.', expect: [['mid-century', 'DATE', '20']] },
  { text: 'Emissions must fall by the middle of the century.', expect: [['the middle of the century', 'DATE', '20']] },
  { text: 'By midcentury, the coal plants are gone.', expect: [['midcentury', 'DATE', '20']] },
  { text: 'Rents rise until the middle of the decade.', expect: [['the middle of the decade', 'DATE', '202']] },
  { text: 'The mid-century modern chair sold well.', expect: [] },
  // "N years earlier than" compares two stretches; it names no year
  { text: 'Manual workers on average die seven years earlier than clerks.', expect: [['seven years', 'DURATION', 'P7Y']] },
  { text: 'The line opened two years later than planned.', expect: [['two years', 'DURATION', 'P2Y']] },
  { text: 'The plant was sold in 2019. Five years earlier, it had been built.', expect: [['2019', 'DATE', '2019'], ['Five years earlier', 'DATE', '2014']] },
  // "year end" is not the start of "year ends"
  { text: "Norvale's fiscal year ends in June 2026.", expect: [['June 2026', 'DATE', '2026-06']] },
  { text: 'Sales peak at year end.', expect: [['year end', 'DATE', '2026-12-31']] },
  // a hedge after "until" leaves it pointing ahead
  { text: 'All trains were cancelled until at least Wednesday.', expect: [['Wednesday', 'DATE', '2026-02-04']] },
  { text: 'All trains were cancelled until Wednesday.', expect: [['Wednesday', 'DATE', '2026-02-04']] },
  { text: 'All trains were cancelled on Wednesday.', expect: [['Wednesday', 'DATE', '2026-01-28']] },
  // no space at a quarter's end, nor a word's start at a duration's or clock time's end
  { text: 'The company bought back shares in Q3 for $510 million.', expect: [['Q3', 'DATE', '2025-Q3']] },
  { text: 'Q4 sales rose.', expect: [['Q4', 'DATE', '2025-Q4']] },
  { text: 'He cannot arrive two weeks beforehand.', expect: [['two weeks', 'DURATION', 'P2W']] },
  { text: 'Lunch is around noonish.', expect: [['noonish', 'TIME', '2026-02-02T12:00']] },
  { text: 'He is back at 9:00a.', expect: [['9:00a', 'TIME', '2026-02-02T09:00']] },
  { text: 'The Noonan report came out.', expect: [] },
  // a date read off part of a word is no date
  { text: 'It cost May 2020bn in all.', expect: [] },
  { text: 'It cost 2020bn in May 2020.', expect: [['May 2020', 'DATE', '2020-05']] },
  // a zone after a clock time is the time's, wherever the paragraph starts
  { text: 'Trains stop on Wednesday.\n\n11:30 GMT — Two people were missing.', expect: [['Wednesday', 'DATE', '2026-02-04'], ['11:30 GMT', 'TIME', '2026-02-02T11:30']] },
  { text: 'Trains stop on Wednesday.\n\n11:30 — Two people were missing.', expect: [['Wednesday', 'DATE', '2026-02-04'], ['11:30', 'TIME', '2026-02-02T11:30']] },
  { text: 'The vote closed.\n\n9 a.m. ET — Polls opened.', expect: [['9 a.m. ET', 'TIME', '2026-02-02T09:00']] },
  { text: 'The vote closed.\n\n14:05 Ethan spoke.', expect: [['14:05', 'TIME', '2026-02-02T14:05']] },
];

describe('dates: the edges of a date\'s words', () => {
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in ${JSON.stringify(row.text)}`, () => {
      const analysis = analyze(`date 2026-02-02 Dates\n\n${row.text}`);
      checkInvariants(analysis);
      assert.deepEqual(analysis.dates.map((d): Found => [d.text, d.type, d.value]), row.expect);
    });
  }
});
