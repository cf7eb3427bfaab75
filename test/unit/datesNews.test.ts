import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

/**
 * Dates as news tells them: numbers in names, joined years, the day of an
 * event, stated futures, days told from the story's day and passages about
 * an earlier year. Each row: a text, its reference date (Monday 2023-02-13
 * unless given), and every [text, type, value] expected in order.
 */
const rows: { text: string; ref?: string; expect: [string, string, string][] }[] = [
  // a number that completes a name counts or models something; a year that names a target is still a year
  { text: 'The Russell 2000 slid 3 percent.', expect: [] },
  { text: 'Windows 2000 still ran on the old machines.', expect: [] },
  { text: 'Boeing 747 operators and S&P 500 firms lost ground.', expect: [] },
  { text: 'Delegates backed Agenda 2030 in full.', expect: [['2030', 'DATE', '2030']] },
  { text: 'The mill ran until 2000 and then shut.', expect: [['2000', 'DATE', '2000']] },
  // years joined before one noun are all dates
  { text: 'She spoke at the 2004 and 2008 conventions.', expect: [['2004', 'DATE', '2004'], ['2008', 'DATE', '2008']] },
  { text: 'Turnout fell in the 1996, 2000 or 2004 races.', expect: [['1996', 'DATE', '1996'], ['2000', 'DATE', '2000'], ['2004', 'DATE', '2004']] },
  { text: 'The firm hired 2000 workers.', expect: [] },
  // a yearless day that names a past event
  { text: 'The fund helps families of the Sept. 11 victims.', expect: [['Sept. 11', 'DATE', '2001-09-11']] },
  { text: 'Air travel changed after the attacks of September 11.', expect: [['September 11', 'DATE', '2001-09-11']] },
  { text: 'Nothing has been the same since 9/11.', expect: [['9/11', 'DATE', '2001-09-11']] },
  { text: 'The museum will reopen on Sept. 11.', expect: [['Sept. 11', 'DATE', '2023-09-11']] },
  // a stated future reaches the weekday ahead, however near the past one (reference Wednesday 2023-02-15)
  { text: 'The council will vote on Tuesday.', ref: '2023-02-15', expect: [['Tuesday', 'DATE', '2023-02-21']] },
  { text: 'The council voted on Tuesday.', ref: '2023-02-15', expect: [['Tuesday', 'DATE', '2023-02-14']] },
  { text: 'The clerk would not say on Tuesday how it went.', ref: '2023-02-15', expect: [['Tuesday', 'DATE', '2023-02-14']] },
  { text: 'He parked next to the hall on Tuesday.', ref: '2023-02-15', expect: [['Tuesday', 'DATE', '2023-02-14']] },
  { text: 'The chair, in office until next year, would not say Tuesday how.', ref: '2023-02-15', expect: [['next year', 'DATE', '2024'], ['Tuesday', 'DATE', '2023-02-14']] },
  { text: 'He was set to speak on Friday.', ref: '2023-02-18', expect: [['Friday', 'DATE', '2023-02-17']] },
  { text: 'Asked on Monday whether the firm would bid, she smiled.', ref: '2023-02-15', expect: [['Monday', 'DATE', '2023-02-13']] },
  { text: 'His speech on Sunday will echo loudly.', expect: [['Sunday', 'DATE', '2023-02-12']] },
  { text: 'On Tuesday, the council will vote.', ref: '2023-02-15', expect: [['Tuesday', 'DATE', '2023-02-21']] },
  { text: 'The poll showed Mr. Lee losing ground after the debate on Saturday.', ref: '2023-02-16', expect: [['Saturday', 'DATE', '2023-02-11']] },
  // days and nights told from the day the story last named
  { text: 'The mayor spoke on Thursday. That night, crowds gathered.', expect: [['Thursday', 'DATE', '2023-02-09'], ['That night', 'TIME', '2023-02-09TNI']] },
  { text: 'The mayor spoke on Thursday. The night before, aides had quarreled.', expect: [['Thursday', 'DATE', '2023-02-09'], ['The night before', 'TIME', '2023-02-08TNI']] },
  { text: 'The storm had passed the previous night.', expect: [['the previous night', 'TIME', '2023-02-12TNI']] },
  { text: 'The fire began on Jan. 3, 2019. The next day, crews came; the following day, they left.', expect: [['Jan. 3, 2019', 'DATE', '2019-01-03'], ['The next day', 'DATE', '2019-01-04'], ['the following day', 'DATE', '2019-01-05']] },
  { text: 'Later that day the talks broke off, after they met on Friday.', expect: [['Friday', 'DATE', '2023-02-10']] },
  { text: 'The next day will be hard.', expect: [] },
  { text: 'He arrived the night before the vote.', expect: [] },
  { text: 'He said that day care costs rose.', expect: [] },
  // a month in a passage about an earlier year is that year's
  // (reference Tuesday 2023-06-13)
  { text: 'In 2019, the plant closed. In March, workers sued.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['March', 'DATE', '2019-03']] },
  { text: 'On May 2, 2019, the plant closed. By July, workers had sued.', ref: '2023-06-13', expect: [['May 2, 2019', 'DATE', '2019-05-02'], ['July', 'DATE', '2019-07']] },
  { text: 'In 2019, the plant closed. In March, workers will sue.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['March', 'DATE', '2024-03']] },
  { text: 'The plant has grown since 2019. In March, workers sued.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['March', 'DATE', '2023-03']] },
  { text: 'A law passed in 2019 took effect. In March, workers sued.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['March', 'DATE', '2023-03']] },
  { text: 'In 2019, the plant closed. Last week, it reopened. In March, workers sued.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['Last week', 'DATE', '2023-W23'], ['March', 'DATE', '2023-03']] },
  { text: 'In 2019, the plant closed.\nIn March, workers sued.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['March', 'DATE', '2023-03']] },
  // a clause of the year just named ("2019, when …") tells of that year, to the end of its sentence
  { text: 'The flood was the worst since 2019, when the river rose in September.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['September', 'DATE', '2019-09']] },
  { text: 'The flood was the worst since 2019, when the river rose from late July to mid-September.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['late July', 'DATE', '2019-07'], ['mid-September', 'DATE', '2019-09']] },
  { text: 'The plant closed in 2019, when sales fell. In September, workers protested.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['September', 'DATE', '2022-09']] },
  { text: 'The plant closed in 2019, when sales fell. It will reopen in September.', ref: '2023-06-13', expect: [['2019', 'DATE', '2019'], ['September', 'DATE', '2023-09']] },
  // a weekday in a passage that opened on a day is the one nearest that day; after a bare year, the dateline's
  { text: 'On Nov. 4, 2020, the count went on. On Friday, the state was called.', ref: '2023-06-13', expect: [['Nov. 4, 2020', 'DATE', '2020-11-04'], ['Friday', 'DATE', '2020-11-06']] },
  { text: 'In 2020, the count went on. On Friday, the state was called.', ref: '2023-06-13', expect: [['2020', 'DATE', '2020'], ['Friday', 'DATE', '2023-06-09']] },
  { text: 'On Nov. 4, 2020, the count went on. On Friday, the state will vote again.', ref: '2023-06-13', expect: [['Nov. 4, 2020', 'DATE', '2020-11-04'], ['Friday', 'DATE', '2023-06-16']] },
  // the weekend midweek is the one a past verb tells of (reference Wednesday 2023-02-15)
  { text: 'The mayor made clear over the weekend that she would run.', ref: '2023-02-15', expect: [['the weekend', 'DATE', '2023-W06-WE']] },
  { text: 'The mayor will rest over the weekend.', ref: '2023-02-15', expect: [['the weekend', 'DATE', '2023-W07-WE']] },
  // a weekday before a weekly thing recurs; one before a verb does not
  { text: 'She also hosts a Sunday talk show.', expect: [['Sunday', 'SET', 'XXXX-WXX-7']] },
  { text: 'A poll released Friday shows a lead.', expect: [['Friday', 'DATE', '2023-02-10']] },
  { text: 'The convention, which begins Monday, meets in Ohio.', ref: '2023-02-17', expect: [['Monday', 'DATE', '2023-02-20']] },
  // a deadline told in the past perfect may have passed
  { text: 'The court had urged the agency to finish by July 31.', ref: '2023-12-20', expect: [['July 31', 'DATE', '2023-07-31']] },
  { text: 'The agency must finish by July 31.', ref: '2023-12-20', expect: [['July 31', 'DATE', '2024-07-31']] },
  { text: 'As Election Day nears, polls tighten.', ref: '2024-02-10', expect: [['Election Day', 'DATE', '2024-11-05']] },
  // fractions are not quarters of a year; the article of an attributive stretch is the noun's
  { text: 'More than three-quarters of voters agreed.', expect: [] },
  { text: 'Sales fell for three quarters.', expect: [['three quarters', 'DURATION', 'P9M']] },
  { text: 'In the 95 minute speech he rambled.', expect: [['95 minute', 'DURATION', 'PT95M']] },
  // "earlier" counts from the story's year; "since" and an event's year set no story year, a month or season told from the dateline does
  { text: 'He left office in 2013. Five years earlier, he had lost.', expect: [['2013', 'DATE', '2013'], ['Five years earlier', 'DATE', '2008']] },
  { text: 'She flew there last winter to meet a man held since 2019. A year later, she called.', ref: '2023-01-20', expect: [['last winter', 'DATE', '2022-WI'], ['2019', 'DATE', '2019'], ['A year later', 'DATE', '2023']] },
  // "last" season is the latest one that is over: in spring or early summer the current one is not
  { text: 'It broke the promise it made last spring.', ref: '2025-03-19', expect: [['last spring', 'DATE', '2024-SP']] },
  { text: 'He opposed the deal last summer.', ref: '2016-07-16', expect: [['last summer', 'DATE', '2015-SU']] },
  { text: 'He opposed the deal last summer.', ref: '2016-10-02', expect: [['last summer', 'DATE', '2016-SU']] },
  { text: 'Work starts next spring.', ref: '2025-04-10', expect: [['next spring', 'DATE', '2026-SP']] },
  { text: 'Work starts next spring.', ref: '2025-02-10', expect: [['next spring', 'DATE', '2025-SP']] },
  { text: 'Travel changed after 9/11. Two years earlier, she had moved.', expect: [['9/11', 'DATE', '2001-09-11'], ['Two years earlier', 'DATE', '2021']] },
];

describe('dates in news', () => {
  it.skip('reads "beginning in June and ending next month" in December as this June, because "next" after a month leans every date of its clause ahead, as "Thursday, Friday next week" needs', () => {
    const analysis = analyze('The council set checks every few weeks beginning in June and ending next month.', { referenceDate: '2023-12-20' });
    assert.equal(analysis.dates.find((d) => d.text === 'June')?.value, '2023-06');
  });
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e[0]).join(', ') || 'nothing'} in "${row.text}"`, () => {
      const analysis = analyze(row.text, { referenceDate: row.ref ?? '2023-02-13' });
      checkInvariants(analysis);
      assert.deepEqual(analysis.dates.map((d) => [d.text, d.type, d.value]), row.expect);
    });
  }
});
