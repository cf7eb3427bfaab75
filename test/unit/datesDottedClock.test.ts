import { dateTable } from './dateTable';
import { articleFigureTable } from './figureTable';

dateTable('dates: a clock time written with a dot, after a word that leads a time', [
  { text: 'Police were called at about 9.30 on Monday.', expect: [['9.30 on Monday', 'TIME', '2025-05-12T09:30']] },
  { text: 'He arrived shortly after 11.15.', expect: [['11.15', 'TIME', '2025-05-15T11:15']] },
  { text: 'The count is at 10.30 on Friday.', expect: [['10.30 on Friday', 'TIME', '2025-05-16T10:30']] },
  { text: 'Talks ran between 10.15 and 11.45 last night.', expect: [['10.15 and 11.45 last night', 'TIME', '2025-05-14T22:15', ['2025-05-14T22:15', '2025-05-14T23:45']]] },
  { text: 'The first bus will leave at 5.50 rather than 6.10.', expect: [['5.50', 'TIME', '2025-05-15T05:50'], ['6.10', 'TIME', '2025-05-15T06:10']] },
  // negative rows: a level, a price, a change, a unit
  { text: 'Shares closed at 9.30 on Friday.', expect: [['Friday', 'DATE', '2025-05-09']] },
  { text: 'The pound fell from 1.25 to 1.20.', expect: [] },
  { text: 'The euro was at 1.15 against the dollar.', expect: [] },
  { text: 'The rate stood at around 4.25.', expect: [] },
  { text: 'The index rose 9.30 points.', expect: [] },
  { text: 'Inflation was 9.30 per cent.', expect: [] },
]);

articleFigureTable('figures: a clock time written with a dot is no count', [
  { text: 'date 2025-05-15 Hours\n\nPolice were called at about 9.30.', expect: [] },
  { text: 'date 2025-05-15 Hours\n\nThe euro was at 1.15 against the dollar.', expect: [{ text: '1.15', kind: 'count' }] },
]);
