import { dateTable } from './dateTable';
import { articleFigureTable } from './figureTable';

// The article is dated Thursday 2025-05-15.
dateTable('dates: a clock time beside a point weeks away falls on that point\'s day', [
  { text: 'The doors closed at 10 a.m. two weeks ago.', expect: [['10 a.m. two weeks ago', 'TIME', '2025-05-01T10:00']] },
  { text: 'A week ago at 6 p.m., the count began.', expect: [['A week ago at 6 p.m.', 'TIME', '2025-05-08T18:00']] },
  { text: 'The vote opens at 9 a.m. two weeks from now.', expect: [['9 a.m. two weeks from now', 'TIME', '2025-05-29T09:00']] },
  // negative rows: a week alone stays a week; a month ago names no day for the clock
  { text: 'Two weeks ago the count began.', expect: [['Two weeks ago', 'DATE', '2025-W18']] },
  { text: 'The doors closed at 10 a.m. two months ago.', expect: [['10 a.m.', 'TIME', '2025-05-15T10:00'], ['two months ago', 'DATE', '2025-03']] },
]);

dateTable('dates: an hour on the dot after a verb of closing is a clock time', [
  { text: 'Polls closed at 10.00 on Thursday.', expect: [['10.00 on Thursday', 'TIME', '2025-05-15T10:00']] },
  { text: 'The count ended at 6.00 on Friday.', expect: [['6.00 on Friday', 'TIME', '2025-05-09T06:00']] },
  // negative rows: a price with minutes, a fall between levels
  { text: 'Shares closed at 6.45 on Friday.', expect: [['Friday', 'DATE', '2025-05-09']] },
  { text: 'The index fell from 12.00 to 11.50.', expect: [] },
]);

dateTable('dates: a stretch of clock times that would end before it starts ends in the afternoon', [
  { text: 'Surgeries open between 9.30 and 4.30.', expect: [['9.30 and 4.30', 'TIME', '2025-05-15T09:30', ['2025-05-15T09:30', '2025-05-15T16:30']]] },
  { text: 'The desk is staffed from 9:30 to 4:30.', expect: [['9:30 to 4:30', 'TIME', '2025-05-15T09:30', ['2025-05-15T09:30', '2025-05-15T16:30']]] },
  { text: 'Shops open from 11 a.m. to 2.', expect: [['11 a.m. to 2', 'TIME', '2025-05-15T11:00', ['2025-05-15T11:00', '2025-05-15T14:00']]] },
  // negative rows: an end already after the start, an end that says its half
  { text: 'Clinics run from 8.30 to 11.00 on Friday.', expect: [['8.30 to 11.00 on Friday', 'TIME', '2025-05-16T08:30', ['2025-05-16T08:30', '2025-05-16T11:00']]] },
  { text: 'The meeting ran from 9am to 5pm.', expect: [['9am to 5pm', 'TIME', '2025-05-15T09:00', ['2025-05-15T09:00', '2025-05-15T17:00']]] },
]);

dateTable('dates: a clock time that does not say its half takes the half of the part of the day', [
  { text: 'The match starts at 7.30 this evening.', expect: [['7.30 this evening', 'TIME', '2025-05-15T19:30']] },
  { text: 'The bus left at 3.15 this afternoon.', expect: [['3.15 this afternoon', 'TIME', '2025-05-15T15:15']] },
  { text: 'The library closed at 8.00 last night.', expect: [['8.00 last night', 'TIME', '2025-05-14T20:00']] },
  { text: 'We meet tonight from 7 to 7:30.', expect: [['tonight from 7 to 7:30', 'TIME', '2025-05-15T19:00', ['2025-05-15T19:00', '2025-05-15T19:30']]] },
  // negative rows: the half is told, or a morning needs none
  { text: 'On Tuesday evening at 7 p.m. they met.', expect: [['Tuesday evening at 7 p.m.', 'TIME', '2025-05-13T19:00']] },
  { text: 'Friday morning at 9.30 it began.', expect: [['Friday morning at 9.30', 'TIME', '2025-05-09T09:30']] },
]);

articleFigureTable('figures: an hour on the dot after a verb of closing is no count', [
  { text: 'date 2025-05-15 Hours\n\nPolls closed at 10.00 on Thursday.', expect: [] },
  { text: 'date 2025-05-15 Hours\n\nShares closed at 6.45 on Friday.', expect: [{ text: '6.45', kind: 'count' }] },
]);

dateTable('dates: a stretch of clock times before a date ends on that date, not in the parser\'s stand-in year', [
  { text: 'Talks ran from 11:00 until 2:15 on March 3.', expect: [['11:00 until 2:15 on March 3', 'TIME', '2025-03-03T11:00', ['2025-03-03T11:00', '2025-03-03T14:15']]] },
  { text: 'Talks ran from 10 p.m. until 2 a.m. on March 3.', expect: [['10 p.m. until 2 a.m. on March 3', 'TIME', '2025-03-03T22:00', ['2025-03-03T22:00', '2025-03-04T02:00']]] },
  // negative row: an end that says its half keeps it
  { text: 'Talks ran from 11 a.m. until 2:15 p.m. on March 3.', expect: [['11 a.m. until 2:15 p.m. on March 3', 'TIME', '2025-03-03T11:00', ['2025-03-03T11:00', '2025-03-03T14:15']]] },
]);

dateTable('dates: a bare hour after "at" with a part of the day after it is a clock time', [
  { text: 'He spoke at 7 this evening.', expect: [['7 this evening', 'TIME', '2025-05-15T19:00']] },
  { text: 'We meet at 8 tonight.', expect: [['8 tonight', 'TIME', '2025-05-15T20:00']] },
  { text: 'The gates open at 6 tomorrow morning.', expect: [['6 tomorrow morning', 'TIME', '2025-05-16T06:00']] },
  // negative rows: a level told before "at", or no part of the day after
  { text: 'Inflation stood at 7 this morning.', expect: [['this morning', 'TIME', '2025-05-15TMO']] },
  { text: 'The score was level at 7.', expect: [] },
]);

dateTable('dates: a clock time "on the evening of" a day is that day\'s, in the part\'s half', [
  { text: 'The bridge was shut at 6.15 on the evening of March 3.', expect: [['6.15 on the evening of March 3', 'TIME', '2025-03-03T18:15']] },
  { text: 'Police arrived at 9pm on the night of June 5.', expect: [['9pm on the night of June 5', 'TIME', '2025-06-05T21:00']] },
  { text: 'Police came at 8.30 on the morning of June 5.', expect: [['8.30 on the morning of June 5', 'TIME', '2025-06-05T08:30']] },
  // negative rows: a part of a day with no clock before it stays two mentions
  { text: 'On the evening of March 3 the bridge shut.', expect: [['the evening', 'TIME', '2025-03-03TEV'], ['March 3', 'DATE', '2025-03-03']] },
]);
