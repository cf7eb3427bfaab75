import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/index';
import { checkInvariants } from './invariants';

/**
 * The year of a yearless date as its own clause's verb tells it: not a verb
 * joined after "and", and a schedule told in the present lies ahead. Each row:
 * a text, its reference date, and every [text, type, value] expected in order.
 */
const rows: { text: string; ref: string; expect: [string, string, string][] }[] = [
  // a second verb joined by "and" or "but" tells its own clause's time, not the month's before it
  { text: 'The central bank cut its key rate in June and is expected to cut again in September.', ref: '2025-07-31', expect: [['June', 'DATE', '2025-06'], ['September', 'DATE', '2025-09']] },
  { text: 'The council set its budget in June and is likely to revise it.', ref: '2025-07-31', expect: [['June', 'DATE', '2025-06']] },
  { text: 'She would not say who might win in November but said no call took place.', ref: '2016-05-16', expect: [['November', 'DATE', '2016-11']] },
  // a stated future goes on from a present clause; two months joined are one clause
  { text: 'The councillor stands for a second term in November and will face a rival.', ref: '2025-06-08', expect: [['November', 'DATE', '2025-11']] },
  { text: 'Talks in October and November will decide it.', ref: '2025-07-31', expect: [['October', 'DATE', '2025-10'], ['November', 'DATE', '2025-11']] },
  // the starting point of a change was said before, whatever the verb
  { text: 'Growth will reach 1.1%, down from an April forecast of 1.6%.', ref: '2025-07-31', expect: [['April', 'DATE', '2025-04']] },
  { text: 'Output would grow, up from a March estimate.', ref: '2025-07-31', expect: [['March', 'DATE', '2025-03']] },
  { text: 'Growth will reach 1.1% in April.', ref: '2025-07-31', expect: [['April', 'DATE', '2026-04']] },
  // "forecast" and "cut" are past after "it", "he" or "she", which take "-s" in the present
  { text: 'The bank now expects growth in 2027, later than it forecast in May.', ref: '2026-08-06', expect: [['now', 'DATE', 'PRESENT_REF'], ['2027', 'DATE', '2027'], ['May', 'DATE', '2026-05']] },
  { text: 'Rates will fall further, though it cut them in March.', ref: '2026-08-06', expect: [['March', 'DATE', '2026-03']] },
  { text: 'The bank will publish what it forecasts in March.', ref: '2026-08-06', expect: [['March', 'DATE', '2027-03']] },
  // a time before "that" and a subject closes the reporting clause: the reported verb tells nothing of it
  { text: 'The bank forecast on Monday that prices would fall.', ref: '2026-11-26', expect: [['Monday', 'DATE', '2026-11-23']] },
  // a past verb before the time tells it already
  { text: 'The agency predicted on Tuesday that the river will rise.', ref: '2026-11-26', expect: [['Tuesday', 'DATE', '2026-11-24']] },
  { text: 'The vote on Monday that will settle the budget is close.', ref: '2026-11-26', expect: [['Monday', 'DATE', '2026-11-30']] },
  // a stretch told in the past up to its end: the end has passed; a deadline moved or a stay ahead has not
  { text: 'A consultation ran until August 31.', ref: '2026-11-26', expect: [['August 31', 'DATE', '2026-08-31']] },
  { text: 'He remained in office until June, when he resigned.', ref: '2026-11-26', expect: [['June', 'DATE', '2026-06']] },
  { text: 'The scheme was extended until March.', ref: '2026-11-26', expect: [['March', 'DATE', '2027-03']] },
  { text: 'The bridge will stay shut until May.', ref: '2026-11-26', expect: [['May', 'DATE', '2027-05']] },
  // a schedule in the present tense lies ahead; in the past, behind
  { text: 'Applications close on Sept. 30.', ref: '2025-05-15', expect: [['Sept. 30', 'DATE', '2025-09-30']] },
  { text: 'The offer closes on 30 September.', ref: '2025-05-15', expect: [['30 September', 'DATE', '2025-09-30']] },
  { text: 'The deadline is September 30.', ref: '2025-05-15', expect: [['September 30', 'DATE', '2025-09-30']] },
  { text: 'The licence expires on Sept. 30.', ref: '2025-05-15', expect: [['Sept. 30', 'DATE', '2025-09-30']] },
  { text: 'Applications closed on Sept. 30.', ref: '2025-05-15', expect: [['Sept. 30', 'DATE', '2024-09-30']] },
  { text: 'The deadline was September 30.', ref: '2025-05-15', expect: [['September 30', 'DATE', '2024-09-30']] },
  // a relative clause set off by commas keeps its own time: the main clause's verb after it tells nothing of it
  { text: 'Ruiz, who takes office in January, did not attend.', ref: '2025-10-09', expect: [['January', 'DATE', '2026-01']] },
  { text: 'The levy, which starts in January, was approved.', ref: '2025-10-09', expect: [['January', 'DATE', '2026-01']] },
  { text: 'Ruiz, who took office in January, did not attend.', ref: '2025-10-09', expect: [['January', 'DATE', '2025-01']] },
  { text: 'Ruiz, who was elected, spoke in January, officials said.', ref: '2025-10-09', expect: [['January', 'DATE', '2025-01']] },
  // a birth or a death lies behind the article, however near the date ahead
  { text: 'She was born on June 2.', ref: '2025-05-15', expect: [['June 2', 'DATE', '2024-06-02']] },
  { text: 'He died in early June.', ref: '2025-05-15', expect: [['early June', 'DATE', '2024-06']] },
  { text: 'Born June 20, she trained as a nurse.', ref: '2025-05-15', expect: [['June 20', 'DATE', '2024-06-20']] },
  { text: 'She was born on May 2.', ref: '2025-05-15', expect: [['May 2', 'DATE', '2025-05-02']] },
  { text: 'The clinic where she was born opens on June 2.', ref: '2025-05-15', expect: [['June 2', 'DATE', '2025-06-02']] },
  // irregular pasts the "-ed" rule cannot see tell the clause's tense before a later verb of expectation
  { text: 'Shares slid in November, and analysts expect more falls.', ref: '2025-08-15', expect: [['November', 'DATE', '2024-11']] },
  { text: 'Output shrank in November, and economists expect a rebound.', ref: '2025-08-15', expect: [['November', 'DATE', '2024-11']] },
  { text: 'Shares will slide in November, and analysts expect more falls.', ref: '2025-08-15', expect: [['November', 'DATE', '2025-11']] },
  // a past verb that plainly governs the time puts it behind the dateline, however near ahead
  { text: 'Exports sank in October.', ref: '2024-08-10', expect: [['October', 'DATE', '2023-10']] },
  { text: 'Inflation rose to 4.1% in October.', ref: '2024-08-10', expect: [['October', 'DATE', '2023-10']] },
  { text: 'The board approved the merger in September, the company said.', ref: '2024-08-10', expect: [['September', 'DATE', '2023-09']] },
  { text: 'In October, exports sank 4%.', ref: '2024-08-10', expect: [['October', 'DATE', '2023-10']] },
  { text: '"In October, exports sank," the minister said.', ref: '2024-08-10', expect: [['October', 'DATE', '2023-10']] },
  { text: 'The vote was held on June 2.', ref: '2025-05-15', expect: [['June 2', 'DATE', '2024-06-02']] },
  // not where the time may belong to another event, or the clause speaks of the future
  { text: 'The firm will pay a dividend in October.', ref: '2024-08-10', expect: [['October', 'DATE', '2024-10']] },
  { text: 'She said the plan would take effect in October.', ref: '2024-08-10', expect: [['October', 'DATE', '2024-10']] },
  { text: 'Officials agreed to hold talks in October.', ref: '2024-08-10', expect: [['October', 'DATE', '2024-10']] },
  { text: 'The offer was extended to Nov. 20.', ref: '2024-10-30', expect: [['Nov. 20', 'DATE', '2024-11-20']] },
  { text: 'Mayor Pell invited the envoys to a ceremony in Dunmore on Sept. 12.', ref: '2024-08-10', expect: [['Sept. 12', 'DATE', '2024-09-12']] },
  { text: 'In October, exports will sink.', ref: '2024-08-10', expect: [['October', 'DATE', '2024-10']] },
  { text: 'Lund proposed they debate on "Morning Hour" on Sept. 15, but Grey refused.', ref: '2024-08-10', expect: [['Sept. 15', 'DATE', '2024-09-15']] },
  // a reported clause after the time, with its own subject, leaves the saying in the past
  { text: 'The company said in September it would cut 200 jobs.', ref: '2024-08-20', expect: [['September', 'DATE', '2023-09']] },
  { text: 'The firm announced in September that the plant would close.', ref: '2024-08-20', expect: [['September', 'DATE', '2023-09']] },
  { text: 'Brenna Olsk told reporters in October they would appeal.', ref: '2024-08-20', expect: [['October', 'DATE', '2023-10']] },
  { text: 'The board said in September it will cut 200 jobs.', ref: '2024-08-20', expect: [['September', 'DATE', '2023-09']] },
  { text: 'The company said it would cut 200 jobs in September.', ref: '2024-08-20', expect: [['September', 'DATE', '2024-09']] },
  { text: 'Prices fell in September, and they will fall again.', ref: '2024-08-20', expect: [['September', 'DATE', '2023-09']] },
  // a participle that describes a noun tells no tense: the stated future after the time is the clause's verb
  { text: 'Ads booked in December for the holiday season will run until spring.', ref: '2024-08-20', expect: [['December', 'DATE', '2024-12'], ['spring', 'DATE', '2025-SP']] },
  { text: 'Seats sold in December for the winter shows will be refunded.', ref: '2024-08-20', expect: [['December', 'DATE', '2024-12'], ['winter', 'DATE', '2024-WI']] },
  { text: 'Tickets sold in December will be valid.', ref: '2024-08-20', expect: [['December', 'DATE', '2024-12']] },
  { text: 'The council booked the hall in December for the gala.', ref: '2024-08-20', expect: [['December', 'DATE', '2023-12']] },
  // a verb past ", and that" or ", because" opens a clause of its own and tells nothing of the time before it
  { text: 'Dr Pelham said staff had been consulted twice, in January and again in June, and that no jobs would be lost.', ref: '2026-10-14', expect: [['January', 'DATE', '2026-01'], ['June', 'DATE', '2026-06']] },
  { text: 'Crews were briefed twice, in January and in May, because the council will need them.', ref: '2026-10-14', expect: [['January', 'DATE', '2026-01'], ['May', 'DATE', '2026-05']] },
  // negative rows: the verb governs the time with no comma between, or the clause itself looks ahead
  { text: 'Wardens were hired in January, because the council will need them.', ref: '2026-10-14', expect: [['January', 'DATE', '2026-01']] },
  { text: 'The vote is set for January, because the board will meet then.', ref: '2026-10-14', expect: [['January', 'DATE', '2027-01']] },
  { text: 'Staff will be consulted in January, and that will take weeks.', ref: '2026-10-14', expect: [['January', 'DATE', '2027-01']] },
  // a deadline someone had is told in the past: "we had until Friday" is the Friday just gone
  { text: 'We had until Friday to set a budget.', ref: '2027-02-08', expect: [['Friday', 'DATE', '2027-02-05']] },
  { text: 'We have until Friday to set a budget.', ref: '2027-02-08', expect: [['Friday', 'DATE', '2027-02-12']] },
  // "not … until" in the past says when it did happen at last; "will not … until" still looks ahead
  { text: 'The authority said it had not been consulted until late October.', ref: '2026-12-01', expect: [['late October', 'DATE', '2026-10']] },
  { text: "Residents didn't learn of the plan until October.", ref: '2026-12-01', expect: [['October', 'DATE', '2026-10']] },
  { text: 'He never saw the letter until October, he said.', ref: '2026-12-01', expect: [['October', 'DATE', '2026-10']] },
  { text: 'The road will not reopen until October.', ref: '2026-12-01', expect: [['October', 'DATE', '2027-10']] },
  { text: 'The talks will never succeed until October.', ref: '2026-12-01', expect: [['October', 'DATE', '2027-10']] },
  { text: 'It did not rain. The road stays shut until October.', ref: '2026-12-01', expect: [['October', 'DATE', '2027-10']] },
  // a word in "-ed" that is no past verb tells no tense: "proceed", "indeed", "exceed"
  { text: 'The plan will proceed in March.', ref: '2026-12-01', expect: [['March', 'DATE', '2027-03']] },
  { text: 'Indeed, the board meets in March.', ref: '2026-12-01', expect: [['March', 'DATE', '2027-03']] },
  { text: 'Costs exceed the cap in March.', ref: '2026-12-01', expect: [['March', 'DATE', '2027-03']] },
  { text: 'He proceeded in March.', ref: '2026-12-01', expect: [['March', 'DATE', '2026-03']] },
  { text: 'The firm succeeded in March.', ref: '2026-12-01', expect: [['March', 'DATE', '2026-03']] },
  // an attribution set off by commas interrupts the clause: the participle looks past it to the clause's own verb
  { text: 'Seats reserved in December, the company said, will be honoured.', ref: '2024-08-20', expect: [['December', 'DATE', '2024-12']] },
  { text: 'Tickets bought in December, said the operator, will be refunded.', ref: '2024-08-20', expect: [['December', 'DATE', '2024-12']] },
  { text: 'Seats were reserved in December, the company said.', ref: '2024-08-20', expect: [['December', 'DATE', '2023-12']] },
  { text: 'The board met in December, the chair said, and will meet again.', ref: '2024-08-20', expect: [['December', 'DATE', '2023-12']] },
  { text: 'Tickets bought in December, the operator added, were refunded.', ref: '2024-08-20', expect: [['December', 'DATE', '2023-12']] },
];

describe('dates: the tense of a clause', () => {
  for (const row of rows) {
    it(`finds ${row.expect.map((e) => e.join(' ')).join(', ') || 'nothing'} in "${row.text}"`, () => {
      const analysis = analyze(row.text, { referenceDate: row.ref });
      checkInvariants(analysis);
      assert.deepEqual(analysis.dates.map((d) => [d.text, d.type, d.value]), row.expect);
    });
  }
});
