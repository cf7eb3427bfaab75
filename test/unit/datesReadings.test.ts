import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

/**
 * Words read two ways: the verb that governs a month against a report after
 * it, "for May" the month against "for May" the person, and "a quarter" the
 * share against "a quarter" the three months. Each row: a text, its reference
 * date (Thursday 2024-02-29 unless given), and every [text, type, value] date expected in order.
 */
const rows: { text: string; ref?: string; expect: [string, string, string][] }[] = [
  // the verb before the month leans it, not the report after it
  { text: 'The council will vote on the reform in June, she said.', expect: [['June', 'DATE', '2024-06']] },
  { text: 'The assembly may vote on the bill in May, Speaker Lena Ovas said.', expect: [['May', 'DATE', '2024-05']] },
  { text: 'Regulators will publish the rules in November, the agency said on Monday.', expect: [['November', 'DATE', '2024-11'], ['Monday', 'DATE', '2024-02-26']] },
  { text: 'The board approved the plan in June, she said.', expect: [['June', 'DATE', '2023-06']] },
  { text: 'The plant may have closed in June.', expect: [['June', 'DATE', '2023-06']] },
  { text: 'Her first speech, in June, was short.', expect: [['June', 'DATE', '2023-06']] },
  { text: 'He has decided that in June, he will retire.', expect: [['June', 'DATE', '2024-06']] },
  { text: "Thursday's accord may unravel.", ref: '2024-03-03', expect: [["Thursday", 'DATE', '2024-02-29']] },
  // "for" after a word that sets a time makes May and March the months
  { text: 'The vote is set for May, aides said.', expect: [['May', 'DATE', '2024-05']] },
  { text: 'A referendum is planned for May.', expect: [['May', 'DATE', '2024-05']] },
  { text: 'The hearing is scheduled for March.', expect: [['March', 'DATE', '2024-03']] },
  { text: 'Final talks are tentatively slated for May.', expect: [['May', 'DATE', '2024-05']] },
  // a date something is put off to lies ahead, though the putting off is past
  { text: 'The vote was pushed back for May.', expect: [['May', 'DATE', '2024-05']] },
  { text: 'The hearing was postponed until March, officials said.', expect: [['March', 'DATE', '2024-03']] },
  { text: 'The summit was put off until April.', expect: [['April', 'DATE', '2024-04']] },
  { text: 'The talks were postponed in January.', expect: [['January', 'DATE', '2024-01']] },
  { text: 'The talks were postponed in October.', expect: [['October', 'DATE', '2023-10']] },
  { text: 'The talks were postponed to October.', expect: [['October', 'DATE', '2024-10']] },
  // what a forecast is for lies ahead, though the forecast is told in the past
  { text: 'Gusts were forecast through Saturday.', expect: [['Saturday', 'DATE', '2024-03-02']] },
  { text: 'Storms were predicted for Monday.', expect: [['Monday', 'DATE', '2024-03-04']] },
  { text: 'The favourite was forecast to win on Monday.', expect: [['Monday', 'DATE', '2024-03-04']] },
  // negatives: without a forecast the past leans back; "forecast" as a noun sets no time ahead
  { text: 'Gusts were recorded through Saturday.', expect: [['Saturday', 'DATE', '2024-02-24']] },
  { text: 'The forecast was wrong on Saturday.', expect: [['Saturday', 'DATE', '2024-02-24']] },
  { text: 'The result was a win for May.', expect: [] },
  { text: 'Support for May grew among the backbenchers.', expect: [] },
  { text: 'Members voted for May in the leadership race.', expect: [] },
  { text: 'Voters may back the plan.', expect: [] },
  // a quarter as a share, not three months; as time where a word of time says so
  { text: 'Ridership had grown by nearly a quarter since 2020.', expect: [['2020', 'DATE', '2020']] },
  { text: 'Costs fell by one quarter.', expect: [] },
  { text: 'The index is five and a quarter.', expect: [] },
  { text: 'Three quarters said no.', expect: [] },
  { text: 'A quarter of the budget goes to schools.', expect: [] },
  { text: 'Results for a quarter were weak.', expect: [['a quarter', 'DURATION', 'P3M']] },
  { text: 'Sales fell over the past two quarters.', expect: [['the past two quarters', 'DURATION', 'P6M']] },
  { text: 'Two quarters later the plant shut.', expect: [['Two quarters', 'DURATION', 'P6M']] },
  { text: 'Profit rose in the fourth quarter.', expect: [['the fourth quarter', 'DATE', '2023-Q4']] },
  { text: 'Growth peaked in Q3 2022.', expect: [['Q3 2022', 'DATE', '2022-Q3']] },
  { text: 'She has served for a quarter century.', expect: [['a quarter century', 'DURATION', 'P25Y']] },
  { text: 'The wall fell nearly a quarter-century ago.', expect: [['nearly a quarter-century', 'DURATION', 'P25Y']] },
  { text: 'Prices were higher a quarter ago.', expect: [['a quarter ago', 'DATE', '2023-Q4']] },
  // a present verb of a scheduled start leans ahead, as "begins" does (reference 2024-06-12)
  { text: 'The law takes effect in January.', ref: '2024-06-12', expect: [['January', 'DATE', '2025-01']] },
  { text: 'The rules go into effect in March, officials said.', ref: '2024-06-12', expect: [['March', 'DATE', '2025-03']] },
  { text: 'The law took effect in January.', ref: '2024-06-12', expect: [['January', 'DATE', '2024-01']] },
  // decades with a curly apostrophe, halves, and years that run into the next
  { text: 'Debt piled up in the ’90s.', expect: [['the ’90s', 'DATE', '199']] },
  { text: 'Rents soared in the late ’70s and the 1980’s.', expect: [['the late ’70s', 'DATE', '197'], ['the 1980’s', 'DATE', '198']] },
  { text: 'The ’80 model still runs.', expect: [] },
  { text: 'Margins rose in H1 2024.', expect: [['H1 2024', 'DATE', '2024-H1']] },
  { text: 'Margins fell in 2023 H2.', expect: [['2023 H2', 'DATE', '2023-H2']] },
  { text: 'Applicants for H1 visas and H2 fuel cells waited.', expect: [] },
  { text: 'The 2024-25 budget was cut.', expect: [['2024-25', 'DATE', '2024']] },
  { text: 'Fans recall the 2022/23 season.', expect: [['2022/23', 'DATE', '2022']] },
  { text: 'The plan for fiscal 2024-25 was cut.', expect: [['fiscal 2024-25', 'DATE', '2024']] },
  { text: 'The plan for FY2024–25 was cut.', expect: [['FY2024–25', 'DATE', '2024']] },
  { text: 'The plan for FY2024 was cut.', expect: [['FY2024', 'DATE', '2024']] },
  { text: 'The FY2024-27 plan was cut.', expect: [['FY2024', 'DATE', '2024']] },
  { text: 'Call 555-2024-25 now.', expect: [['now', 'DATE', 'PRESENT_REF']] },
  { text: 'Leaders served 2024-27 terms.', expect: [] },
  // a year-like number that counts the subject after an opening phrase
  { text: 'Since 2000, 1999 people have died.', expect: [['2000', 'DATE', '2000']] },
  { text: 'In the 2008, 2012 races, turnout rose.', expect: [['2008', 'DATE', '2008'], ['2012', 'DATE', '2012']] },
];

describe('dates read two ways', () => {
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in "${row.text}"`, () => {
      const analysis = analyze(row.text, { referenceDate: row.ref ?? '2024-02-29' });
      checkInvariants(analysis);
      assert.deepEqual(analysis.dates.map((d) => [d.text, d.type, d.value]), row.expect);
    });
  }
  it('gives a year that runs into the next a range of both', () => {
    const analysis = analyze('The 2024-25 budget was cut.', { referenceDate: '2024-02-29' });
    checkInvariants(analysis);
    assert.deepEqual(analysis.dates.map((d) => d.range), [{ from: '2024', to: '2025' }]);
  });
});

/** Figures and dates never read one span two ways: each row, a text and the figures [text, value] it keeps. */
const figureRows: { text: string; expect: [string, number | null][] }[] = [
  { text: 'Ridership had grown by nearly a quarter since 2020.', expect: [['nearly a quarter', 0.25]] },
  { text: 'Results for a quarter were weak.', expect: [] },
  { text: 'Sales fell over the past two quarters.', expect: [] },
  { text: 'The index is five and a quarter.', expect: [['five and a quarter', 5.25]] },
  { text: 'It lasted two-and-a-half years.', expect: [['two-and-a-half years', 2.5]] },
  { text: 'Since 2000, 1999 people have died.', expect: [['1999 people', 1999]] },
  { text: 'In the 2008, 2012 races, turnout rose.', expect: [] },
];

describe('figures and dates share no reading', () => {
  for (const row of figureRows) {
    it(`keeps ${row.expect.map((e) => e[0]).join(', ') || 'no figure'} in "${row.text}"`, () => {
      const analysis = analyze(row.text, { referenceDate: '2024-02-29' });
      checkInvariants(analysis);
      assert.deepEqual(analysis.figures.map((f) => [f.text, f.value]), row.expect);
      // a figure may share its span with a date only when both measure the same stretch
      for (const f of analysis.figures) {
        for (const d of analysis.dates) {
          if (f.start < d.end && d.start < f.end) assert.ok(f.kind === 'duration' && d.type === 'DURATION', `${f.text} (${f.kind}) overlaps ${d.text} (${d.type})`);
        }
      }
    });
  }
});
