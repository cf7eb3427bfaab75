import { dateTable } from './dateTable';

/** Wire copy's clock times: four digits and a zone, local time, and the time restated in another zone. */
dateTable('dates: four-digit wire times with a zone', [
  { text: 'The ferry left at 1230 GMT on Tuesday.', expect: [['1230 GMT on Tuesday', 'TIME', '2025-05-13T12:30']] },
  { text: 'Polls closed at 2030 GMT.', expect: [['2030 GMT', 'TIME', '2025-05-15T20:30']] },
  { text: 'The strike began at 0600 UTC.', expect: [['0600 UTC', 'TIME', '2025-05-15T06:00']] },
  // negative rows: four digits without a zone stay a year or a count
  { text: 'The levy ends in 2030.', expect: [['2030', 'DATE', '2030']] },
  { text: 'The 1230 bus from Dunmore was late.', expect: [] },
  { text: 'Brokers sold 1230 shares.', expect: [] },
]);

dateTable('dates: a clock time kept from its day by "local time" or a restated zone', [
  { text: 'The talks ended at 14:30 local time on Tuesday.', expect: [['14:30', 'TIME', '2025-05-13T14:30'], ['Tuesday', 'DATE', '2025-05-13']] },
  { text: 'The talks ended at 14:30 (1230 GMT) on Tuesday.', expect: [['14:30', 'TIME', '2025-05-13T14:30'], ['Tuesday', 'DATE', '2025-05-13']] },
  { text: 'The vote opened at 9 a.m. EST (1400 GMT) on Monday.', expect: [['9 a.m. EST', 'TIME', '2025-05-12T09:00'], ['Monday', 'DATE', '2025-05-12']] },
  { text: 'The session began at 10:30 a.m. local time (0830 GMT) on Tuesday.', expect: [['10:30 a.m.', 'TIME', '2025-05-13T10:30'], ['Tuesday', 'DATE', '2025-05-13']] },
  // negative rows: a day that does not follow the time leaves it on its own day
  { text: 'The talks ended at 14:30 local time. On Tuesday they resumed.', expect: [['14:30', 'TIME', '2025-05-15T14:30'], ['Tuesday', 'DATE', '2025-05-13']] },
  { text: 'The vote opened at 9 a.m. on Monday.', expect: [['9 a.m. on Monday', 'TIME', '2025-05-12T09:00']] },
]);
