import { dateTable } from './dateTable';

/** "the week ending" names a span that statistics report, so the verb, not "ending", tells its year. */
dateTable('dates: the day that ends a reported week', [
  { text: 'Jobless claims fell in the week ending Nov. 8.', expect: [['Nov. 8', 'DATE', '2024-11-08']] },
  { text: 'The trade gap hit a record in the month ending October 4.', expect: [['October 4', 'DATE', '2024-10-04']] },
  // negative rows: a week ahead, a deadline and a fiscal year keep looking ahead
  { text: 'Claims will be counted in the week ending Nov. 8.', expect: [['Nov. 8', 'DATE', '2025-11-08']] },
  { text: 'The offer was open until Nov. 8.', expect: [['Nov. 8', 'DATE', '2025-11-08']] },
  { text: 'Kestrel Foods expects a loss for the year ending Nov. 8.', expect: [['the year', 'DURATION', 'P1Y'], ['Nov. 8', 'DATE', '2025-11-08']] },
  { text: 'Its fiscal year ending June 30 will bring a loss.', expect: [['June 30', 'DATE', '2025-06-30']] },
]);

/** A result a past verb reports is for a year or quarter that is over: its end is the latest one past, not the next. */
dateTable('dates: the day that ends a year whose result is reported', [
  { text: 'Kestrel Foods posted a loss for the year ending Nov. 8.', expect: [['the year', 'DURATION', 'P1Y'], ['Nov. 8', 'DATE', '2024-11-08']] },
  { text: 'Marlow Tiles reported a profit of $3 million for the period ending June 2.', expect: [['June 2', 'DATE', '2024-06-02']] },
]);
