import { dateTable } from './dateTable';

/**
 * A part of a day or a clock time takes the day its own sentence named, however far from the dateline; in a
 * later sentence, a day weeks back is background, and the dateline's day stays.
 */
dateTable('dates: a part of a day in the sentence that named the day', [
  { text: 'The trust learned of the breach on April 2, when a firm flagged odd traffic overnight.', expect: [['April 2', 'DATE', '2025-04-02'], ['overnight', 'TIME', '2025-04-01TNI']] },
  { text: 'The trust learned of the breach on April 2 and called the police at 9 p.m.', expect: [['April 2', 'DATE', '2025-04-02'], ['9 p.m.', 'TIME', '2025-04-02T21:00']] },
  // negative rows: a later sentence, and a day near the dateline, as before
  { text: 'The trust learned of the breach on April 2. Staff met at 9 p.m.', expect: [['April 2', 'DATE', '2025-04-02'], ['9 p.m.', 'TIME', '2025-05-15T21:00']] },
  { text: 'Shares fell on Tuesday, and buyers came back at 3 p.m.', expect: [['Tuesday', 'DATE', '2025-05-13'], ['3 p.m.', 'TIME', '2025-05-13T15:00']] },
]);
