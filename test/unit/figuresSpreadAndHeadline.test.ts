import { articleFigureTable as table } from './figureTable';

table('figures: "over" after a noun of change spreads it across the time', [
  { text: 'A 4.5% rise over two years is a real-terms cut.', expect: [{ text: '4.5%' }, { text: 'two years', approximate: false }] },
  { text: 'The cut over five years was deep.', expect: [{ text: 'five years', approximate: false }] },
  { text: 'The investment over four years will be frozen.', expect: [{ text: 'four years', approximate: false }] },
  { text: 'She served over nine years.', expect: [{ text: 'over nine years', approximate: true, qualifier: 'over' }] },
  { text: 'Terms over two years are rare.', expect: [{ text: 'over two years', approximate: true }] },
]);

table('figures: a verb after a counted plural is no unit', [
  { text: 'A survey of 2,000 adults suggests otherwise.', expect: [{ text: '2,000 adults', unit: 'adults' }] },
  { text: 'A ballot of 1,200 conductors closes on Friday.', expect: [{ text: '1,200 conductors', unit: 'conductors' }] },
  { text: 'A panel of 12 judges rules today.', expect: [{ text: '12 judges', unit: 'judges' }] },
  { text: 'Officials logged 14 new measles cases.', expect: [{ text: '14 new measles cases', unit: 'cases' }] },
]);

table('figures: a headline is read apart from the body under it', [
  { text: 'date 2026-08-21 Reservoirs fall to a third\nResidents were told on Friday.', expect: [{ text: 'a third', kind: 'count' }] },
  { text: 'date 2026-08-21 Mayor wins a third term\nShe thanked voters.', expect: [{ text: 'a third', kind: 'ordinal', value: 3 }] },
  { text: 'date 2026-08-21 Fees up 4%\nThe rise of 4% starts in May and 300 homes pay it.', expect: [{ text: '4%' }, { text: '4%' }, { text: '300 homes' }] },
]);

table('figures: a second rate after the first belongs to the figure', [
  { text: 'Use is capped at 80 litres per person per day.', expect: [{ text: '80 litres per person per day', kind: 'quantity', value: 80, unit: 'litre' }] },
  { text: 'Households pay £5 a month per home.', expect: [{ text: '£5 a month per home', unit: 'GBP' }] },
  { text: 'The fine is $200 per day.', expect: [{ text: '$200 per day' }] },
  { text: 'Drivers earned $15.40 an hour a day earlier.', expect: [{ text: '$15.40 an hour' }] },
]);
