import { dateTable } from './dateTable';

// "the quarter" and "the year-ago period" follow the quarter the story reports, not one a forecast looks ahead to (alignYearShifts)
dateTable('the story\'s quarter (alignYearShifts)', [
  {
    text: 'Exports fell 4.1% in the first quarter. Tove Brandt said: "We expect a contraction in the third quarter." The deficit reached 2.3% of output in the quarter.',
    expect: [['the first quarter', 'DATE', '2025-Q1'], ['the third quarter', 'DATE', '2025-Q3'], ['the quarter', 'DATE', '2025-Q1']],
  },
  {
    text: 'Output dropped 1.2% in the first quarter, and the bank expects a recovery in the third quarter. Profit in the quarter fell 3%.',
    expect: [['the first quarter', 'DATE', '2025-Q1'], ['the third quarter', 'DATE', '2025-Q3'], ['the quarter', 'DATE', '2025-Q1']],
  },
  {
    text: 'Sales fell 4% in the first quarter; analysts expect a rise in the third quarter. In the year-ago period, turnover climbed 2%.',
    expect: [['the first quarter', 'DATE', '2025-Q1'], ['the third quarter', 'DATE', '2025-Q3'], ['the year-ago period', 'DATE', '2024-Q1']],
  },
  // negatives: a "quarter" told ahead follows the forecast; a past quote names the quarter reported
  {
    text: 'Exports fell 4.1% in the first quarter. Analysts expect growth in the third quarter. Revenue in the quarter should rise 2%.',
    expect: [['the first quarter', 'DATE', '2025-Q1'], ['the third quarter', 'DATE', '2025-Q3'], ['the quarter', 'DATE', '2025-Q3']],
  },
  {
    text: '"We had a weak first quarter," Tove Brandt said. Sales in the quarter fell 3%.',
    expect: [['first quarter', 'DATE', '2025-Q1'], ['the quarter', 'DATE', '2025-Q1']],
  },
  {
    text: 'Analysts expect a recovery in the third quarter. Sales in the quarter fell 3%.',
    expect: [['the third quarter', 'DATE', '2025-Q3'], ['the quarter', 'DATE', '2025-Q3']],
  },
]);
