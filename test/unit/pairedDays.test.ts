import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

describe('pairedDays', () => {
  // resolved against 2023-02-13
  const rows: { text: string; dates: string[]; figures: string[] }[] = [
    { text: 'The summit is on April 24 and 25.', dates: ['April 24=2023-04-24', '25=2023-04-25'], figures: [] },
    { text: 'Votes are due on March 3 or 4, officials said.', dates: ['March 3=2023-03-03', '4=2023-03-04'], figures: [] },
    { text: 'They meet on Feb. 20 and 21 in Paris.', dates: ['Feb. 20=2023-02-20', '21=2023-02-21'], figures: [] },
    // the first day of a pair written before its day and month
    { text: 'Strikes are set for 2 and 4 August.', dates: ['2=2023-08-02', '4 August=2023-08-04'], figures: [] },
    { text: 'Talks run on 20 or 21 March.', dates: ['20=2023-03-20', '21 March=2023-03-21'], figures: [] },
    // not a first day: a later number, and a number far from the pair
    { text: 'Strikes are set for 12 and 4 August.', dates: ['4 August=2023-08-04'], figures: ['12'] },
    // not a second day
    // past tense in February: last year's April 24
    { text: 'It opened on April 24 and 25 delegates came.', dates: ['April 24=2022-04-24'], figures: ['25 delegates'] },
    { text: 'The count on Feb. 28 and 30 others.', dates: ['Feb. 28=2023-02-28'], figures: ['30 others'] },
    { text: 'It opened on April 24 and 12 left.', dates: ['April 24=2022-04-24'], figures: ['12'] },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.text)} → ${row.dates.join(', ')}`, () => {
      const a = analyze(row.text, { referenceDate: '2023-02-13' });
      checkInvariants(a);
      assert.deepEqual(a.dates.map((d) => `${d.text}=${d.value}`), row.dates);
      assert.deepEqual(a.figures.map((f) => f.text), row.figures);
    });
  }
});
