import { articleFigureTable as table } from './figureTable';

table('figures: a decade of age after "in" and an owner is an age with the decade as its range', [
  { text: 'Most of the new members are in their 40s.', expect: [{ text: '40s', kind: 'duration', value: 40, unit: 'year', range: { from: 40, to: 49 } }] },
  { text: 'The driver, in his late 60s, was unhurt.', expect: [{ text: '60s', kind: 'duration', value: 60, unit: 'year', range: { from: 60, to: 69 } }] },
  { text: 'She is in her mid-30s.', expect: [{ text: 'mid-30s', kind: 'duration', range: { from: 30, to: 39 } }] },
  { text: 'Most are in their 20s or 30s.', expect: [{ text: '20s', range: { from: 20, to: 29 } }, { text: '30s', range: { from: 30, to: 39 } }] },
  // negative rows: a decade of the calendar, a temperature
  { text: 'The song was a hit in the 80s.', expect: [] },
  { text: 'Temperatures were in the 40s and 50s.', expect: [] },
]);

table('figures: a bare amount after its subject\'s verb counts the subject', [
  { text: 'Passenger numbers rose to 2.4 million from 2.1 million the year before.', expect: [{ text: '2.4 million', kind: 'quantity', unit: 'passengers' }, { text: '2.1 million', kind: 'quantity', unit: 'passengers' }] },
  { text: 'The number of nurses has fallen by 300.', expect: [{ text: '300', kind: 'quantity', unit: 'nurses' }] },
  { text: 'Casualty numbers reached 120.', expect: [{ text: '120', kind: 'quantity', unit: 'casualties' }] },
  // negative rows: numbers that count no noun
  { text: 'Unemployment numbers fell to 1.2 million.', expect: [{ text: '1.2 million', kind: 'count', unit: null }] },
  { text: 'Record numbers rose to 40,000.', expect: [{ text: '40,000', kind: 'count', unit: null }] },
]);

table('figures: a bare amount paired with a counted quantity shares its noun', [
  { text: 'Ridership rose to 2.4 million passengers from 2.1 million.', expect: [{ text: '2.4 million passengers' }, { text: '2.1 million', kind: 'quantity', unit: 'passengers' }] },
  { text: 'The ward grew to 40 nurses from 25 last spring.', expect: [{ text: '40 nurses' }, { text: '25', kind: 'quantity', unit: 'nurses' }] },
  // negative rows: the second has its own unit; no pair's link
  { text: 'The trust moved 40 nurses from 12 wards.', expect: [{ text: '40 nurses' }, { text: '12 wards', unit: 'wards' }] },
  { text: 'It sent 40 nurses and 25 more later.', expect: [{ text: '40 nurses' }, { text: '25', unit: null }] },
]);
