import { dateTable, type Found } from './dateTable';

/**
 * Numbers next to dates that are counts, ranges of stretches of time, and
 * quarters named by their months. Each row: a text dated Thursday 2025-05-15
 * and every date expected in order, with its range where it has one.
 */
const rows: { text: string; expect: Found[] }[] = [
  // after "for", a count before "before" is a stretch, and "before" opens the next clause
  { text: 'Born in 1944, Ida Wren nursed for 15 years before entering parliament in 1987.', expect: [['1944', 'DATE', '1944'], ['15 years', 'DURATION', 'P15Y'], ['1987', 'DATE', '1987']] },
  { text: 'The protest went on for more than a minute before guards stepped in.', expect: [['more than a minute', 'DURATION', 'PT1M']] },
  // "before" that takes an object is a signal outside the span, as TimeML marks it ("10 days before the vote"), and the
  // count is the stretch to an event, not a point counted back from the dateline (not 2010 for "before the war")
  { text: 'The mill had closed 15 years before the war.', expect: [['15 years', 'DURATION', 'P15Y']] },
  { text: 'Rates stayed flat for about a decade before the levy.', expect: [['a decade', 'DURATION', 'P10Y']] },
  { text: 'A jogger saw the van 10 days before the fire.', expect: [['10 days', 'DURATION', 'P10D']] },
  { text: 'Two weeks before he resigned, Mr Vale sold his shares.', expect: [['Two weeks', 'DURATION', 'P2W']] },
  // negative rows: "before" alone is "earlier", and stays in the span
  { text: 'A decade before, rates were flat.', expect: [['A decade before', 'DURATION', 'P10Y']] },
  { text: 'Rates had been flat a week before.', expect: [['a week before', 'DURATION', 'P1W']] },
  // a year before "to" and a percentage it cannot be the bottom of
  { text: 'Turnout rose in 2020 to 61%.', expect: [['2020', 'DATE', '2020']] },
  { text: 'Turnout rose in 2020 and 61% voted.', expect: [['2020', 'DATE', '2020']] },
  { text: 'Prices rose 2000 to 3000 percent.', expect: [] },
  // two digits after a day's comma, with a word after them, are the next count of a list
  { text: 'There were 14 cases on Jan. 3, 22 on Jan. 10 and 87 later.', expect: [['Jan. 3', 'DATE', '2025-01-03'], ['Jan. 10', 'DATE', '2025-01-10']] },
  { text: 'He was born on Aug 9, 96.', expect: [['Aug 9, 96', 'DATE', '1996-08-09']] },
  { text: 'The law passed on March 3, 2021 in the end.', expect: [['March 3, 2021', 'DATE', '2021-03-03']] },
  // a stretch whose count tops a range is the range, not its top or the sum of its ends
  { text: 'I expect more cases over the next two to three weeks.', expect: [['the next two to three weeks', 'DURATION', 'PXW', ['P2W', 'P3W']]] },
  { text: 'A ruling is due within 60 to 90 days.', expect: [['60 to 90 days', 'DURATION', 'PXD', ['P60D', 'P90D']]] },
  { text: 'Results take 2-3 weeks.', expect: [['2-3 weeks', 'DURATION', 'PXW', ['P2W', 'P3W']]] },
  { text: 'The average wait is between four and six years.', expect: [['four and six years', 'DURATION', 'PXY', ['P4Y', 'P6Y']]] },
  { text: 'The wait is between 4 and 6 years.', expect: [['4 and 6 years', 'DURATION', 'PXY', ['P4Y', 'P6Y']]] },
  { text: 'The rule cut the wait from 60 to 90 days.', expect: [['90 days', 'DURATION', 'P90D']] },
  { text: 'The empire lasted one hundred and twenty years.', expect: [['one hundred and twenty years', 'DURATION', 'P120Y']] },
  { text: 'The project took two and a half years.', expect: [['two and a half years', 'DURATION', 'P2Y6M']] },
  { text: 'Repairs take up to three weeks.', expect: [['up to three weeks', 'DURATION', 'P3W']] },
  // a dash inside a count, or after the thousands of a sum, joins no range
  { text: 'It took the past half-dozen days.', expect: [['the past', 'DATE', 'PAST_REF'], ['dozen days', 'DURATION', 'P12D']] },
  { text: 'It is a $50,000-a-year job.', expect: [['a-year', 'SET', 'P1Y']] },
  // a calendar quarter named by its first and last month
  { text: 'Exports totalled $412 million in the April-June quarter.', expect: [['the April-June quarter', 'DATE', '2025-Q2']] },
  { text: 'Sales fell in the Jan.-March quarter of 2024.', expect: [['the Jan.-March quarter of 2024', 'DATE', '2024-Q1']] },
  { text: 'The November-January quarter was weak.', expect: [['January', 'DATE', '2025-01']] },
  // a weekly set takes the clock times after "from" as its hours, not the dateline's day
  { text: 'Clinics run every Saturday from 9 a.m. to 3 p.m.', expect: [['every Saturday from 9 a.m. to 3 p.m.', 'SET', 'XXXX-WXX-6T09:00', ['XXXX-WXX-6T09:00', 'XXXX-WXX-6T15:00']]] },
  { text: 'The talks ran on Tuesday from 10 a.m. to noon.', expect: [['Tuesday from 10 a.m. to noon', 'TIME', '2025-05-13T10:00', ['2025-05-13T10:00', '2025-05-13T12:00']]] },
  { text: 'The road was shut from 9 a.m. to 3 p.m.', expect: [['9 a.m. to 3 p.m.', 'TIME', '2025-05-15T09:00', ['2025-05-15T09:00', '2025-05-15T15:00']]] },
  // "overnight" that means "suddenly" names no night
  { text: 'Prices doubled almost overnight.', expect: [] },
  { text: 'This will not change overnight.', expect: [] },
  { text: 'She became an overnight success.', expect: [] },
  { text: 'Trust cannot be built overnight.', expect: [] },
  { text: 'Rain fell overnight.', expect: [['overnight', 'TIME', '2025-05-14TNI']] },
  { text: 'Police did not say who was arrested overnight.', expect: [['overnight', 'TIME', '2025-05-14TNI']] },
  { text: 'The overnight curfew ends today.', expect: [['overnight', 'TIME', '2025-05-14TNI'], ['today', 'DATE', '2025-05-15']] },
];

dateTable('dates: counts beside dates, ranges of stretches, quarters by their months, hours of a weekly set, the idiom overnight', rows);
