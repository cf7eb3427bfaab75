import { dateTable } from './dateTable';

dateTable('dates: a day of the month alone, in the month named before or the dateline\'s', [
  { text: 'The hearing was held on the 12th.', expect: [['the 12th', 'DATE', '2025-05-12']] },
  { text: 'The hearing was held on the 20th.', expect: [['the 20th', 'DATE', '2025-04-20']] },
  { text: 'The board will meet on the 3rd.', expect: [['the 3rd', 'DATE', '2025-06-03']] },
  { text: 'The scheme opened on March 3 and closed on the 20th.', expect: [['March 3', 'DATE', '2025-03-03'], ['the 20th', 'DATE', '2025-03-20']] },
  { text: 'It resumes on the 21st of next month.', expect: [['the 21st of next month', 'DATE', '2025-06-21']] },
  { text: 'Bills are due by the 28th, the council said.', expect: [['the 28th', 'DATE', '2025-05-28']] },
  { text: 'The group has collected names since March and will hand them in on the 9th.', expect: [['March', 'DATE', '2025-03'], ['the 9th', 'DATE', '2025-06-09']] },
  // negative rows: an ordinal that counts a noun
  { text: 'It marks the 20th anniversary of the strike.', expect: [] },
  { text: 'Her office is on the 5th floor.', expect: [] },
  { text: 'She came 3rd in the race.', expect: [] },
]);
