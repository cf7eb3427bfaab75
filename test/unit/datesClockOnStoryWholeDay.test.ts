import { dateTable } from './dateTable';

// The article is dated Thursday 2025-05-15: Monday is 2025-05-12.
dateTable('a clock time beside a day told from the story\'s ("that day", "the next day") takes the day the story named', [
  { text: 'The ballot closed on Monday and the result was declared at 4 p.m. that day.', expect: [['Monday', 'DATE', '2025-05-12'], ['4 p.m. that day', 'TIME', '2025-05-12T16:00']] },
  { text: 'The ballot closed at noon on Monday and the result came at 4 p.m. the same day.', expect: [['noon on Monday', 'TIME', '2025-05-12T12:00'], ['4 p.m. the same day', 'TIME', '2025-05-12T16:00']] },
  { text: 'The ballot closed on Monday and the count began at 9 a.m. the next day.', expect: [['Monday', 'DATE', '2025-05-12'], ['9 a.m. the next day', 'TIME', '2025-05-13T09:00']] },
  // negative rows: no day named keeps the dateline's; a clock time beside a day named outright
  { text: 'The count began at 9 a.m. the next day.', expect: [['9 a.m. the next day', 'TIME', '2025-05-16T09:00']] },
  { text: 'The ballot closed on Monday and the count began at 9 a.m. on Tuesday.', expect: [['Monday', 'DATE', '2025-05-12'], ['9 a.m. on Tuesday', 'TIME', '2025-05-13T09:00']] },
]);
