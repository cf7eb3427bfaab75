import { dateTable } from './dateTable';

// The article is dated Thursday 2025-05-15: Friday is 2025-05-16.
dateTable('a bare hour after "from" opens a stretch that a clock time ends', [
  {
    text: 'The office will brief reporters on Friday, from 11 until 12.30, and take questions.',
    expect: [['Friday, from 11 until 12.30', 'TIME', '2025-05-16T11:00', ['2025-05-16T11:00', '2025-05-16T12:30']]],
  },
  { text: 'The helpline was staffed from 8 till 10.45, the council said.', expect: [['8 till 10.45', 'TIME', '2025-05-15T08:00', ['2025-05-15T08:00', '2025-05-15T10:45']]] },
  // negative rows: no clock time ends it, a decimal ends it
  { text: 'The rate rose from 11 to 12 per cent.', expect: [] },
  { text: 'The fare rose from 11 to 12.30 euros.', expect: [] },
]);
