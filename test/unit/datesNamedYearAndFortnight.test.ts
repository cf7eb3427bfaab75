import { dateTable } from './dateTable';

// The article is dated Thursday 2025-05-15.
dateTable('dates: a day of a month with "last year", "this year" or "next year" after it is in that year', [
  { text: 'The rise took effect on April 1 last year.', expect: [['April 1 last year', 'DATE', '2024-04-01']] },
  { text: 'The bridge opens on June 5 next year.', expect: [['June 5 next year', 'DATE', '2026-06-05']] },
  { text: 'It took effect on April 1, last year.', expect: [['April 1, last year', 'DATE', '2024-04-01']] },
  // negative rows: the year owns what follows it; a year already written stays
  { text: 'On April 1, last year\'s rate ended.', expect: [['April 1', 'DATE', '2025-04-01'], ['last year', 'DATE', '2024']] },
  { text: 'It opened on March 3, 2023, last year of the plan.', expect: [['March 3, 2023', 'DATE', '2023-03-03'], ['last year', 'DATE', '2024']] },
]);

dateTable('dates: a fortnight ago is the week two weeks back', [
  { text: 'Markets were calmer a fortnight ago.', expect: [['a fortnight ago', 'DATE', '2025-W18']] },
  { text: 'The count closed at 10 a.m. a fortnight ago.', expect: [['10 a.m. a fortnight ago', 'TIME', '2025-05-01T10:00']] },
  // negative row: a stretch of a fortnight is no point
  { text: 'The count took a fortnight.', expect: [['a fortnight', 'DURATION', 'P2W']] },
]);
