import { dateTable } from './dateTable';

/**
 * "A year earlier" counts back from the time its sentence talks about: the month a figure is for, or the day that
 * ends a reported period, in its sentence or, when it opens a sentence, the one before (article of 2025-05-15).
 */
dateTable('dates: a year earlier than the sentence\'s time', [
  { text: 'Inflation in Dunmore was 3.1% in October, up from 2.5% a year earlier.', expect: [['October', 'DATE', '2024-10'], ['a year earlier', 'DATE', '2023-10']] },
  { text: 'For the half ended Sept. 30, Orlen Rail posted a profit of 13 million crowns, against 9 million crowns a year earlier.', expect: [['Sept. 30', 'DATE', '2024-09-30'], ['a year earlier', 'DATE', '2023-09-30']] },
  { text: 'Inflation in Dunmore was 3.1% in October. A year earlier, it was 2.5%.', expect: [['October', 'DATE', '2024-10'], ['A year earlier', 'DATE', '2023-10']] },
  { text: 'Exports from Tolla rose 4% in March from two years earlier.', expect: [['March', 'DATE', '2025-03'], ['two years earlier', 'DATE', '2023-03']] },
  { text: 'In March, only 61% of Lowmere patients were seen within four hours, down from 68% a year earlier.', expect: [['March', 'DATE', '2025-03'], ['four hours', 'DURATION', 'PT4H'], ['a year earlier', 'DATE', '2024-03']] },
  // negative rows: a year, a day that ends no period, a time two sentences back, a time ahead of the figure
  { text: 'Output in Tolla fell 3% in 2019 from a year earlier.', expect: [['2019', 'DATE', '2019'], ['a year earlier', 'DATE', '2018']] },
  { text: 'Orlen Rail, founded on March 3, 1990, earned $5 million, up from a year earlier.', expect: [['March 3, 1990', 'DATE', '1990-03-03'], ['a year earlier', 'DATE', '1989']] },
  { text: 'Inflation in Dunmore was 3.1% in October. Prices rose. A year earlier, it was 2.5%.', expect: [['October', 'DATE', '2024-10'], ['A year earlier', 'DATE', '2024']] },
]);
