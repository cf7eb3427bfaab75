import { dateTable } from './dateTable';

dateTable('dates: a day before a month with a shifted year, and rates hyphened onto an amount', [
  { text: 'The charge starts on 1 April next year.', expect: [['1 April next year', 'DATE', '2026-04-01']] },
  { text: 'It ended on the 30th of June last year.', expect: [['30th of June last year', 'DATE', '2024-06-30']] },
  { text: 'A £6-a-day charge starts soon.', expect: [['a-day', 'SET', 'P1D']] },
  { text: 'It became a two-a-day habit.', expect: [['a-day', 'SET', 'P1D']] },
  { text: 'It costs £6 a day.', expect: [['a day', 'SET', 'P1D']] },
  // negative rows: a month alone keeps its month value; a count of days keeps its stretch
  { text: 'The charge starts in April next year.', expect: [['April next year', 'DATE', '2026-04']] },
  { text: 'It took a day to fix.', expect: [['a day', 'DURATION', 'P1D']] },
  { text: 'It rose 1.5 April next year.', expect: [['April next year', 'DATE', '2026-04']] },
]);
