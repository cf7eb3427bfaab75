import { dateTable, type Found } from './dateTable';

/**
 * Days, ranges, spans of years, decades and centuries as news writes them.
 * Each row: a text dated Thursday 2025-05-15 and every date expected in
 * order, with its range where it has one.
 */
const rows: { text: string; expect: Found[] }[] = [
  // "from" before a day and month is no clock time
  { text: 'The new rules apply from 1 July.', expect: [['1 July', 'DATE', '2025-07-01']] },
  { text: 'The strike lasted from 6 May to 9 May.', expect: [['6 May', 'DATE', '2025-05-06'], ['9 May', 'DATE', '2025-05-09']] },
  { text: 'The summit runs from 6-9 June.', expect: [['6-9 June', 'DATE', '2025-06-06', ['2025-06-06', '2025-06-09']]] },
  { text: 'The shop is open from 9 to 5.', expect: [] },
  // two days before one month are one range, as "June 6-9" is
  { text: 'The summit runs 6-9 June.', expect: [['6-9 June', 'DATE', '2025-06-06', ['2025-06-06', '2025-06-09']]] },
  { text: 'The summit runs June 6-9.', expect: [['June 6-9', 'DATE', '2025-06-06', ['2025-06-06', '2025-06-09']]] },
  // a day past tomorrow, a day before yesterday
  { text: 'The vote is the day after tomorrow.', expect: [['the day after tomorrow', 'DATE', '2025-05-17']] },
  { text: 'It happened the day before yesterday.', expect: [['the day before yesterday', 'DATE', '2025-05-13']] },
  { text: 'They met the day after the vote.', expect: [] },
  // two years joined by a dash are one span; a second year before the first is a score or a code
  { text: 'The report covers the period 2019-2021.', expect: [['2019-2021', 'DATE', '2019', ['2019', '2021']]] },
  { text: 'The budget for 2024-25 is set.', expect: [['2024-25', 'DATE', '2024', ['2024', '2025']]] },
  { text: 'The score went from 2001-1999 to a tie.', expect: [] },
  { text: 'Call 2010-2015-86 for help.', expect: [] },
  // "the period" is the story's quarter only in a story that has named one
  { text: 'Data for the period show a fall.', expect: [] },
  { text: 'Profit rose in the third quarter. Sales in the period rose.', expect: [['the third quarter', 'DATE', '2024-Q3'], ['the period', 'DATE', '2024-Q3']] },
  // the last century or decade is the one before this, unless "over" or "for" makes it a stretch
  { text: 'We plan for the climate of the last century.', expect: [['the last century', 'DATE', '19']] },
  { text: 'Prices doubled in the last decade.', expect: [['the last decade', 'DATE', '201']] },
  { text: 'Growth slowed over the last decade.', expect: [['the last decade', 'DURATION', 'P10Y']] },
  { text: 'The past decade was hard.', expect: [['The past decade', 'DURATION', 'P10Y']] },
  // the end of the decade is the decade, as the end of the year is the year
  { text: 'The plan runs until the end of the decade.', expect: [['the end of the decade', 'DATE', '202']] },
  { text: 'Coal is gone by the end of the century.', expect: [['the end of the century', 'DATE', '20']] },
  // "the year" with a clause after it is some other year than the story's
  { text: 'Crime fell in 2021, the year before the mayor took office.', expect: [['2021', 'DATE', '2021']] },
  { text: 'It was the year she was born.', expect: [] },
  { text: 'Sales fell for the year, the company said.', expect: [['the year', 'DATE', '2025']] },
  // the story's month or week: its end, middle or start is that month or week
  { text: 'Ministers will respond by the end of the month.', expect: [['the end of the month', 'DATE', '2025-05']] },
  { text: 'Pay rises from the beginning of the month.', expect: [['the beginning of the month', 'DATE', '2025-05']] },
  { text: 'A decision is due by the end of the week.', expect: [['the end of the week', 'DATE', '2025-W20']] },
  { text: 'The fund opens at the start of the year.', expect: [['the start of the year', 'DATE', '2025']] },
  { text: 'She skipped to the end of the book.', expect: [] },
  { text: 'The month was hard, the week harder.', expect: [] },
  { text: 'The plan runs until the end of the year.', expect: [['the end of the year', 'DATE', '2025']] },
];

dateTable('dates: days, ranges and ages as news writes them', rows);
