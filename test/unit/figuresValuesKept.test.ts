import { articleFigureTable as table } from './figureTable';

table('figures: a year after "in" or "by" opens no range with the amount after "to"', [
  { text: 'Emissions fell in 2024 to 61.7 million tonnes.', expect: [{ text: '61.7 million tonnes', kind: 'quantity', value: 61.7e6, unit: 'tonne' }] },
  { text: 'Output fell in 2023 to 8 million tonnes.', expect: [{ text: '8 million tonnes', value: 8e6, unit: 'tonne' }] },
  { text: 'Staff numbers grew by 2030 to 6,000 people.', expect: [{ text: '6,000 people', value: 6000, unit: 'people' }] },
  { text: 'Sales rose in 2023 to $5 million.', expect: [{ text: '$5 million', kind: 'money', value: 5e6 }] },
  { text: 'The hall seats from 2,000 to 3,500 people.', expect: [{ text: 'from 2,000 to 3,500 people', kind: 'range', range: { from: 2000, to: 3500 } }] },
  { text: 'In 2024 they shipped 1,950 to 2,500 tonnes.', expect: [{ text: '1,950 to 2,500 tonnes', kind: 'range', range: { from: 1950, to: 2500 } }] },
]);

table('figures: a glued "m" before a unit of its own is a million', [
  { text: 'Imports fell by a fifth, to 1.2m tonnes.', expect: [{ text: 'a fifth' }, { text: '1.2m tonnes', kind: 'quantity', value: 1.2e6, unit: 'tonne' }] },
  { text: 'The tank holds 2m litres.', expect: [{ text: '2m litres', value: 2e6, unit: 'litre' }] },
  { text: 'The rocks formed over 3m years.', expect: [{ text: '3m years', kind: 'duration', value: 3e6 }] },
  { text: 'He is 1.8m tall.', expect: [{ text: '1.8m', value: 1.8, unit: 'metre' }] },
  { text: 'A 5m x 3m room.', expect: [{ text: '5m', unit: 'metre' }, { text: '3m', unit: 'metre' }] },
]);

table('figures: "a year earlier" after a figure is a time, not its rate', [
  {
    text: 'The rate was 12 per 100,000 residents, up from 3.5 per 100,000 a year earlier.',
    expect: [{ text: '12 per 100,000 residents', value: 12 }, { text: '3.5 per 100,000', value: 3.5, unit: 'per 100,000' }],
  },
  { text: 'Revenue fell to $85 million from $93 million a year earlier.', expect: [{ text: '$85 million' }, { text: '$93 million', value: 93e6 }] },
  { text: 'It was 3.5 per 100,000 last year.', expect: [{ text: '3.5 per 100,000', unit: 'per 100,000' }] },
  { text: 'It was 3.5 per 100,000 a year.', expect: [{ text: '3.5 per 100,000 a year', unit: 'per 100,000' }] },
  { text: 'He earned $5,000 a year in rent.', expect: [{ text: '$5,000 a year', value: 5000 }] },
  { text: 'Crude sold at $80 a barrel.', expect: [{ text: '$80 a barrel', value: 80 }] },
]);

table('figures: "One in five" after a headline is one share, not a name ending in "One"', [
  { text: 'date 2025-01-24 Outbreak\n\nOne in five children is unvaccinated.', expect: [{ text: 'One in five', value: 0.2 }] },
  { text: 'date 2025-01-24 Outbreak\n\nTwo in three voters agree.', expect: [{ text: 'Two in three', kind: 'count' }] },
  { text: 'One in five children is unvaccinated.', expect: [{ text: 'One in five', value: 0.2 }] },
  { text: 'He bought Uranium One in three deals.', expect: [{ text: 'three deals', value: 3 }] },
]);

table('figures: a plural that modifies another counts the second', [
  { text: 'Health officials reported 14 new measles cases on Thursday.', expect: [{ text: '14 new measles cases', value: 14, unit: 'cases' }] },
  { text: 'There were 14 measles cases.', expect: [{ text: '14 measles cases', unit: 'cases' }] },
  { text: 'It sent three police officers.', expect: [{ text: 'three police officers', unit: 'officers' }] },
  { text: 'It has 50 cars.', expect: [{ text: '50 cars', unit: 'cars' }] },
  { text: 'It holds 14 fugitives overseas.', expect: [{ text: '14 fugitives', unit: 'fugitives' }] },
  { text: 'It read 5 billion people’s posts.', expect: [{ text: '5 billion people’s', value: 5e9 }] },
]);

table('figures: "and over" before a number bounds that number', [
  { text: 'It has 10 exporters and over 40 percent of sales.', expect: [{ text: '10 exporters', approximate: false }, { text: 'over 40 percent', qualifier: 'over' }] },
  { text: 'It serves people aged 65 and over.', expect: [{ text: 'aged 65 and over', qualifier: 'and over' }] },
  { text: 'It built 5 or more 3-bedroom homes.', expect: [{ text: '5 or more', qualifier: 'or more' }, { text: '3' }] },
]);
