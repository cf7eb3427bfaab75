import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

type Found = [text: string, type: string, value: string, range?: [from: string, to: string]];

/**
 * Clock times on the 24-hour clock, stretches of two clock times, and the day
 * either side names. Each row: a text dated Monday 2023-02-13 and every date
 * expected in order, with its range where it has one.
 */
const rows: { text: string; expect: Found[] }[] = [
  { text: 'The office is open 13:00 on Friday.', expect: [['13:00 on Friday', 'TIME', '2023-02-10T13:00']] },
  { text: 'The office is open 13:00-16:00 on Friday.', expect: [['13:00-16:00 on Friday', 'TIME', '2023-02-10T13:00', ['2023-02-10T13:00', '2023-02-10T16:00']]] },
  { text: 'The office is open 13:00-16:00 on March 4.', expect: [['13:00-16:00 on March 4', 'TIME', '2023-03-04T13:00', ['2023-03-04T13:00', '2023-03-04T16:00']]] },
  { text: 'It runs from 1pm to 4pm on Friday.', expect: [['1pm to 4pm on Friday', 'TIME', '2023-02-10T13:00', ['2023-02-10T13:00', '2023-02-10T16:00']]] },
  { text: 'Polls are open between 9am and 5pm on Monday.', expect: [['9am and 5pm on Monday', 'TIME', '2023-02-13T09:00', ['2023-02-13T09:00', '2023-02-13T17:00']]] },
  { text: 'The desk is staffed Friday 9am to 5pm.', expect: [['Friday 9am to 5pm', 'TIME', '2023-02-10T09:00', ['2023-02-10T09:00', '2023-02-10T17:00']]] },
  { text: 'It opens at 9:30 on Friday.', expect: [['9:30 on Friday', 'TIME', '2023-02-17T09:30']] },
  { text: 'The hall is open 6pm on Fridays.', expect: [['6pm on Fridays', 'SET', 'XXXX-WXX-5T18:00']] },
  { text: 'The hall is open on Fridays at 6pm.', expect: [['Fridays at 6pm', 'SET', 'XXXX-WXX-5T18:00']] },
  { text: 'The hall is open 13:00-16:00 on Fridays.', expect: [['13:00-16:00 on Fridays', 'SET', 'XXXX-WXX-5T13:00', ['XXXX-WXX-5T13:00', 'XXXX-WXX-5T16:00']]] },
  { text: 'A curfew runs from midnight to 6 a.m. on Friday.', expect: [['midnight to 6 a.m. on Friday', 'TIME', '2023-02-10T00:00', ['2023-02-10T00:00', '2023-02-10T06:00']]] },
  { text: 'The desk is shut 3:00-3:45 pm on Tuesday.', expect: [['3:00-3:45 pm on Tuesday', 'TIME', '2023-02-14T15:00', ['2023-02-14T15:00', '2023-02-14T15:45']]] },
  // a clock time beside a part of a day told from the story's day is on that day
  { text: 'Talks began on Friday. They broke down at 11:45 p.m. the night before.', expect: [['Friday', 'DATE', '2023-02-10'], ['11:45 p.m. the night before', 'TIME', '2023-02-09T23:45']] },
  { text: 'The vote was on Friday. Results came at 9 a.m. the next morning.', expect: [['Friday', 'DATE', '2023-02-10'], ['9 a.m. the next morning', 'TIME', '2023-02-11T09:00']] },
  { text: 'The vote was on Friday. That night, at 10 p.m., crowds gathered.', expect: [['Friday', 'DATE', '2023-02-10'], ['That night, at 10 p.m.', 'TIME', '2023-02-10T22:00']] },
  { text: 'The vote was on Friday. At 2 a.m. that night, the count ended.', expect: [['Friday', 'DATE', '2023-02-10'], ['2 a.m. that night', 'TIME', '2023-02-11T02:00']] },
  { text: 'The vote was on Friday. At 9 a.m. aides met; that night, crowds gathered.', expect: [['Friday', 'DATE', '2023-02-10'], ['9 a.m.', 'TIME', '2023-02-10T09:00'], ['that night', 'TIME', '2023-02-10TNI']] },
  // negative rows: two times that are not one stretch, and a dot that ends the sentence
  { text: 'The line is open from 2pm till tomorrow 4:30pm.', expect: [['2pm', 'TIME', '2023-02-13T14:00'], ['tomorrow 4:30pm', 'TIME', '2023-02-14T16:30']] },
  { text: 'Bars stay open from 10pm to 2am on Friday.', expect: [['10pm', 'TIME', '2023-02-13T22:00'], ['2am on Friday', 'TIME', '2023-02-10T02:00']] },
  { text: 'He came at 1pm and left at 4pm.', expect: [['1pm', 'TIME', '2023-02-13T13:00'], ['4pm', 'TIME', '2023-02-13T16:00']] },
  { text: 'The hall is open daily at 6pm.', expect: [['daily', 'SET', 'P1D'], ['6pm', 'TIME', '2023-02-13T18:00']] },
  { text: 'The vote ended 9 to 5 on Friday.', expect: [['Friday', 'DATE', '2023-02-10']] },
  { text: 'Turnout was 8:1 in favour.', expect: [] },
];

describe('dates: clock times and stretches of time', () => {
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in "${row.text}"`, () => {
      const analysis = analyze(`date 2023-02-13 Hours\n\n${row.text}`);
      checkInvariants(analysis);
      assert.deepEqual(
        analysis.dates.map((d): Found => (d.range ? [d.text, d.type, d.value, [d.range.from, d.range.to]] : [d.text, d.type, d.value])),
        row.expect,
      );
    });
  }
});

// chrono counts "two weeks ago" from a stand-in instant in the year 2000; beside a clock time it used to give that
// day ("1999-12-18T10:00"). The offset is the news finders' to read against the dateline, and the clock falls on its day.
describe('dates: a clock time beside an offset from now', () => {
  const rows: { text: string; offset: Found | null }[] = [
    { text: 'The council met at 10 a.m. two weeks ago.', offset: ['10 a.m. two weeks ago', 'TIME', '2023-01-30T10:00'] },
    { text: 'The council met two weeks ago at 10 a.m.', offset: ['two weeks ago at 10 a.m.', 'TIME', '2023-01-30T10:00'] },
    { text: 'The council will meet in two weeks at 10 a.m.', offset: ['two weeks', 'DURATION', 'P2W'] },
    // negative rows: a named day or date beside the clock keeps chrono's reading
    { text: 'The council meets at 10 a.m. on Friday.', offset: null },
    { text: 'The council met on February 2 at 10 a.m.', offset: null },
  ];
  for (const row of rows) {
    it(`reads "${row.text}" with no day from the stand-in instant`, () => {
      const analysis = analyze(`date 2023-02-13 Hours\n\n${row.text}`);
      checkInvariants(analysis);
      const found = analysis.dates.map((d): Found => [d.text, d.type, d.value]);
      assert.ok(found.every(([, , value]) => !/^(?:1999|2000)-/.test(value)), JSON.stringify(found));
      if (row.offset) assert.deepEqual(found.filter(([text]) => text === row.offset![0]), [row.offset]);
      else assert.equal(found.length, 1);
    });
  }
});
