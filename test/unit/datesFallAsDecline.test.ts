import { dateTable } from './dateTable';

/** "fall" is autumn only where time is meant; news uses the noun for a decline far more often. */
dateTable('dates: the noun "fall" for a decline is no season', [
  { text: 'Orders shrank by 4%, and the board said the fall was driven by weaker demand.', expect: [] },
  { text: 'The fall in timber sales hurt the mill.', expect: [] },
  { text: 'Margins were squeezed by the fall in copper prices.', expect: [] },
  { text: 'Analysts blamed the fall on the strike at Korvan Mills.', expect: [] },
  // negative rows: a season stays a season
  { text: 'The depot closed in the fall of 2024.', expect: [['the fall of 2024', 'DATE', '2024-FA']] },
  { text: 'Last fall the council met twice.', expect: [['Last fall', 'DATE', '2024-FA']] },
  { text: 'The depot reopened in the fall.', expect: [['fall', 'DATE', '2024-FA']] },
  { text: 'Repairs were paused during the fall.', expect: [['fall', 'DATE', '2024-FA']] },
  { text: 'The fall semester starts soon.', expect: [['fall', 'DATE', '2025-FA']] },
  { text: 'The party turned its attention to the fall.', expect: [['fall', 'DATE', '2024-FA']] },
  { text: 'Gains were wiped out, owing to the fall in demand.', expect: [] },
  { text: 'By the fall, the plan will be ready.', expect: [['fall', 'DATE', '2025-FA']] },
]);
