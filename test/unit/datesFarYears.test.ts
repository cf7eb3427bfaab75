import { dateTable } from './dateTable';

/**
 * Counts written with thousands separators, and the years too far off for TIMEX3's four digits: a count of
 * `10,000` years is whole, a year before year 0 or past 9999 is only the past or the future, never an invalid value.
 */
dateTable('dates: far years and counts in thousands', [
  { text: 'The cave at Orrin Gap was painted 10,000 years ago.', expect: [['10,000 years ago', 'DATE', 'PAST_REF']] },
  { text: 'The shrine was built 1,500 years ago.', expect: [['1,500 years ago', 'DATE', '0525']] },
  { text: 'The vault will open 9,000 years from now.', expect: [['9,000 years from now', 'DATE', 'FUTURE_REF']] },
  { text: 'The two towns have traded for 2,000 years.', expect: [['2,000 years', 'DURATION', 'P2000Y']] },
  { text: 'Captain Orla Finch has flown nearly 6,300 hours in all.', expect: [['nearly 6,300 hours', 'DURATION', 'PT6300H']] },
  { text: 'The archive cites Dec. 31, 9999, and the following day.', expect: [['Dec. 31, 9999', 'DATE', '9999-12-31'], ['the following day', 'DATE', 'FUTURE_REF']] },
  { text: 'The vault stays sealed until the year 2030.', expect: [['2030', 'DATE', '2030']] },
  // negative rows: a year before the era keeps its written form; near counts and the story's year stay as they were
  { text: '10 August 234 BC was hot.', expect: [['10 August 234 BC', 'DATE', '-234-08-10']] },
  { text: 'The shrine was built 900 years ago.', expect: [['900 years ago', 'DATE', '1125']] },
  { text: 'Sales fell 3, 4 and 5 years ago.', expect: [['5 years ago', 'DATE', '2020']] },
  { text: 'Sales fell in the year before the merger.', expect: [] },
]);
