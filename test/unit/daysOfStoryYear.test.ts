import { dateTable } from './dateTable';

/** A month or day before "of that year" takes the year those words resolve to, with the days joined to it. */
dateTable('dates: days of the story\'s year (daysOfStoryYear)', [
  { text: 'A bid collapsed on Oct. 14, 2023, after strikes from Sept. 29 to Oct. 3 of that year.', expect: [['Oct. 14, 2023', 'DATE', '2023-10-14'], ['Sept. 29', 'DATE', '2023-09-29'], ['Oct. 3', 'DATE', '2023-10-03'], ['that year', 'DATE', '2023']] },
  { text: 'Vell joined the board in 2015. He left on Sept. 2 of that year.', expect: [['2015', 'DATE', '2015'], ['Sept. 2', 'DATE', '2015-09-02'], ['that year', 'DATE', '2015']] },
  { text: 'Talks on Sept. 2 of this year failed.', expect: [['Sept. 2', 'DATE', '2025-09-02'], ['this year', 'DATE', '2025']] },
  { text: 'Talks on Sept. 2 of 2016 failed.', expect: [['Sept. 2', 'DATE', '2016-09-02'], ['2016', 'DATE', '2016']] },
  // negative rows: not right before "of", a year written, or a year the dateline tells
  { text: 'Vell joined the board in 2015. He returns on May 20, as he did for much of that year.', expect: [['2015', 'DATE', '2015'], ['May 20', 'DATE', '2025-05-20'], ['that year', 'DATE', '2015']] },
]);
