import { dateTable } from './dateTable';

/** Weekdays before "of" and a week fall in that week (dateline Thursday 2025-05-15). */
dateTable('dates: weekdays of a named week (weekdaysOfWeek)', [
  { text: 'Talks resumed on Tuesday of last week.', expect: [['Tuesday', 'DATE', '2025-05-06'], ['last week', 'DATE', '2025-W19']] },
  { text: 'The inquiry opened on March 4 and staff were heard from Monday to Wednesday of the following week.', expect: [['March 4', 'DATE', '2025-03-04'], ['Monday', 'DATE', '2025-03-10'], ['Wednesday', 'DATE', '2025-03-12'], ['the following week', 'DATE', '2025-W11']] },
  // negative rows: the week names another thing, or the weekday stands alone
  { text: 'Talks resume on Tuesday of next week.', expect: [['Tuesday', 'DATE', '2025-05-20'], ['next week', 'DATE', '2025-W21']] },
  { text: "Officers posted footage on Monday of last week's raid.", expect: [['Monday', 'DATE', '2025-05-12'], ['last week', 'DATE', '2025-W19']] },
  { text: 'Talks resumed on Tuesday. Last week was calm.', expect: [['Tuesday', 'DATE', '2025-05-13'], ['Last week', 'DATE', '2025-W19']] },
]);
