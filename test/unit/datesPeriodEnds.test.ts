import { dateTable } from './dateTable';

/**
 * A period whose end is told in the past ("the year that ended in June", "grew in the year to June") lies wholly
 * behind the article, however near its end month lies ahead; "the year to June" is a year's span, not this year.
 */
dateTable('dates: a period whose end is told in the past', [
  { text: 'The fiscal year that ended in June will be the last under the old rules.', expect: [['June', 'DATE', '2024-06']] },
  { text: 'The strike at the depot ended on June 2, and a new one will start soon.', expect: [['June 2', 'DATE', '2024-06-02']] },
  { text: 'Sales grew 3% in the year to June.', expect: [['the year', 'DURATION', 'P1Y'], ['June', 'DATE', '2024-06']] },
  { text: 'Revenue fell in the year to June 30.', expect: [['the year', 'DURATION', 'P1Y'], ['June 30', 'DATE', '2024-06-30']] },
  { text: 'Rents rose 2% in the 12 months to June.', expect: [['the 12 months', 'DURATION', 'P12M'], ['June', 'DATE', '2024-06']] },
  { text: 'In the quarter to June, 61% of patients were seen within 18 weeks.', expect: [['the quarter', 'DURATION', 'P3M'], ['June', 'DATE', '2024-06'], ['18 weeks', 'DURATION', 'P18W']] },
  { text: 'Sales will grow in the year to June.', expect: [['the year', 'DURATION', 'P1Y'], ['June', 'DATE', '2025-06']] },
  // negative rows: a deadline pushed on, a year still to come, a range of ordinal days
  { text: 'The fiscal year that ends in June will be the last.', expect: [['June', 'DATE', '2025-06']] },
  { text: 'The offer was extended to June 20.', expect: [['June 20', 'DATE', '2025-06-20']] },
  { text: 'Profit at Halvor Mills rose in the quarter.', expect: [['the quarter', 'DATE', '2025-Q1']] },
  { text: 'The year to come will be hard.', expect: [['The year', 'DATE', '2025']] },
  { text: 'Eighth to eleventh May 2010 were wet.', expect: [['Eighth to eleventh May 2010', 'DATE', '2010-05-08', ['2010-05-08', '2010-05-11']]] },
]);
