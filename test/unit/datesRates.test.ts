import { dateTable } from './dateTable';

dateTable('dates: a day before a month with a shifted year, rates hyphened onto an amount, the story\'s following decade, and "the fall" as a decline', [
  { text: 'The charge starts on 1 April next year.', expect: [['1 April next year', 'DATE', '2026-04-01']] },
  { text: 'It ended on the 30th of June last year.', expect: [['30th of June last year', 'DATE', '2024-06-30']] },
  { text: 'A £6-a-day charge starts soon.', expect: [['a-day', 'SET', 'P1D']] },
  { text: 'It became a two-a-day habit.', expect: [['a-day', 'SET', 'P1D']] },
  { text: 'It costs £6 a day.', expect: [['a day', 'SET', 'P1D']] },
  // the story's own next or last decade, after "over", is a stretch
  { text: 'Fewer fell ill over the following decade.', expect: [['the following decade', 'DURATION', 'P10Y']] },
  { text: 'Rents doubled over the previous decade.', expect: [['the previous decade', 'DURATION', 'P10Y']] },
  // "the fall" after "most of" is autumn only in a phrase of time
  { text: 'Kell led for most of the fall.', expect: [['fall', 'DATE', '2024-FA']] },
  { text: 'Most of the fall came before 2019.', expect: [['2019', 'DATE', '2019']] },
  // "by a quarter" after an amount is a share, not a rate
  { text: 'It would cut NO2 by a quarter.', expect: [] },
  // "the same period" is the story's quarter only after the story named one
  { text: 'Crime fell by 11% between 2022 and 2024. Violent crime rose by 4% over the same period.', expect: [['2022', 'DATE', '2022'], ['2024', 'DATE', '2024']] },
  { text: 'Revenue rose in the first quarter. Costs fell over the same period.', expect: [['the first quarter', 'DATE', '2025-Q1'], ['the same period', 'DATE', '2025-Q1']] },
  // negative rows: a month alone keeps its month value; a count of days keeps its stretch; "in the following decade" is no
  // stretch, and which decade it is the story tells
  { text: 'Fewer fell ill in the following decade.', expect: [] },
  { text: 'The charge starts in April next year.', expect: [['April next year', 'DATE', '2026-04']] },
  { text: 'It took a day to fix.', expect: [['a day', 'DURATION', 'P1D']] },
  { text: 'It rose 1.5 April next year.', expect: [['April next year', 'DATE', '2026-04']] },
]);
