import { dateTable } from './dateTable';

// The article is dated Thursday 2025-05-15.
dateTable('a stretch of clock times over two days named, and a month\'s day that chrono took for an hour', [
  {
    text: 'Talks ran from 9:00 on March 3 until 2:15 on March 4.',
    expect: [['9:00 on March 3 until 2:15 on March 4', 'TIME', '2025-03-03T09:00', ['2025-03-03T09:00', '2025-03-04T02:15']]],
  },
  {
    text: 'The hearing lasted from 9 a.m. on April 7 to 2:15 p.m. on April 8.',
    expect: [['9 a.m. on April 7 to 2:15 p.m. on April 8', 'TIME', '2025-04-07T09:00', ['2025-04-07T09:00', '2025-04-08T14:15']]],
  },
  {
    text: 'Counting went on from 10:30 on May 11 until 1:45 on May 12.',
    expect: [['10:30 on May 11 until 1:45 on May 12', 'TIME', '2025-05-11T10:30', ['2025-05-11T10:30', '2025-05-12T01:45']]],
  },
  // negative rows: one day, the second day before the first, two clock times not joined
  { text: 'Talks ran from 11:00 until 2:15 on March 3.', expect: [['11:00 until 2:15 on March 3', 'TIME', '2025-03-03T11:00', ['2025-03-03T11:00', '2025-03-03T14:15']]] },
  { text: 'Polls opened at 7 a.m. on May 10 and closed at 9 p.m. on May 11.', expect: [['7 a.m. on May 10', 'TIME', '2025-05-10T07:00'], ['9 p.m. on May 11', 'TIME', '2025-05-11T21:00']] },
]);
