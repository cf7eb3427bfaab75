import { articleFigureTable as table } from './figureTable';

table('figures: an amount paired with money or a percent shares its unit', [
  { text: 'Exports fell to 2.5 billion euros from 3.1 billion last spring.', expect: [{ text: '2.5 billion euros', kind: 'money' }, { text: '3.1 billion', kind: 'money', value: 3.1e9, unit: 'EUR' }] },
  { text: 'The reserve grew from 600 billion kroner to more than 1.1 trillion.', expect: [{ text: '600 billion kroner', kind: 'money' }, { text: 'more than 1.1 trillion', kind: 'money', value: 1.1e12, unit: 'NOK' }] },
  { text: 'Revenue climbed to $7.4bn from 6.9 billion.', expect: [{ text: '$7.4bn' }, { text: '6.9 billion', kind: 'money', unit: 'USD' }] },
  { text: 'Sales fell to €3 million, from 4 million.', expect: [{ text: '€3 million' }, { text: '4 million', kind: 'money', unit: 'EUR' }] },
  { text: 'Joblessness rose to 6.1% from 5.7 in June.', expect: [{ text: '6.1%' }, { text: '5.7', kind: 'percent', value: 5.7, unit: '%' }] },
  { text: 'Turnout fell from 60% to 12 districts.', expect: [{ text: '60%' }, { text: '12 districts', kind: 'quantity' }] },
  { text: 'Costs rose 5% to 300 people.', expect: [{ text: '5%' }, { text: '300 people', kind: 'quantity' }] },
  { text: 'The reserve grew from 600 billion kroner to 900 staff.', expect: [{ text: '600 billion kroner', kind: 'money' }, { text: '900 staff', kind: 'quantity', unit: 'staff' }] },
  { text: 'Fares went from $5 in 2019 to 12 in 2024.', expect: [{ text: '$5', kind: 'money' }, { text: '12', kind: 'money', unit: 'USD' }] },
  { text: 'The roll fell from 84 pupils in 2019 to 41 this year.', expect: [{ text: '84 pupils' }, { text: '41', kind: 'quantity', unit: 'pupils' }] },
  // negative rows: a scale left out with the unit, and a month between the halves
  { text: 'Spending fell from £3m in 2019 to 2.1 in 2024.', expect: [{ text: '£3m', kind: 'money' }, { text: '2.1', kind: 'count', unit: null }] },
  { text: 'Fares went from $5 in May to 12 in June.', expect: [{ text: '$5', kind: 'money' }, { text: '12', kind: 'count', unit: null }] },
  { text: 'Tickets cost 5 to $10.', expect: [{ text: '5 to $10', kind: 'range', value: 5, unit: 'USD', range: { from: 5, to: 10 } }] },
  { text: 'It paid $5 to 12 people.', expect: [{ text: '$5', kind: 'money' }, { text: '12 people', kind: 'quantity' }] },
]);

table('figures: a confidence interval of decimals is a range', [
  { text: 'The link was weak (95% CI 0.68-1.09).', expect: [{ text: '95%', kind: 'percent' }, { text: '0.68-1.09', kind: 'range', range: { from: 0.68, to: 1.09 } }] },
  { text: 'Risk fell by a fifth (0.71–0.93).', expect: [{ text: 'a fifth' }, { text: '0.71–0.93', kind: 'range', range: { from: 0.71, to: 0.93 } }] },
  { text: 'The code 01-02 was used.', expect: [] },
  { text: 'Voters aged 40-75 were asked.', expect: [{ text: 'aged 40-75', kind: 'range', unit: 'year', range: { from: 40, to: 75 } }] },
]);

table('figures: a risk, hazard or odds ratio is a multiplier', [
  { text: 'The hazard ratio for walkers was 0.83.', expect: [{ text: '0.83', kind: 'multiplier', value: 0.83, unit: null }] },
  { text: 'The relative risk for the youngest group was 1.21 after adjustment.', expect: [{ text: '1.21', kind: 'multiplier', value: 1.21 }] },
  { text: 'Smokers had higher odds (OR = 1.6).', expect: [{ text: '1.6', kind: 'multiplier', value: 1.6 }] },
  { text: 'It found an odds ratio of 2.4 for cyclists.', expect: [{ text: '2.4', kind: 'multiplier' }] },
  { text: 'The odds ratio for 40 towns was 1.3.', expect: [{ text: '40 towns', kind: 'quantity' }, { text: '1.3', kind: 'count' }] },
  { text: 'PAY NOW OR 10 LATER', expect: [{ text: '10', kind: 'count' }] },
  { text: 'The debt ratio was 0.9.', expect: [{ text: '0.9', kind: 'count' }] },
  { text: 'The risk for 3 people was low.', expect: [{ text: '3 people', kind: 'quantity' }] },
]);

table('figures: a counted noun over a base keeps the base in its unit', [
  { text: 'Mortality reached 8.4 deaths per 100,000 people.', expect: [{ text: '8.4 deaths per 100,000 people', kind: 'quantity', value: 8.4, unit: 'deaths per 100,000 people' }] },
  { text: 'Between 10 and 15 deaths per 100,000 residents were logged.', expect: [{ text: 'Between 10 and 15 deaths per 100,000 residents', kind: 'range', unit: 'deaths per 100,000 residents' }] },
  { text: 'The clinic saw 30 cases per 1,000.', expect: [{ text: '30 cases per 1,000', unit: 'cases per 1,000' }] },
  { text: 'The ward saw 12 deaths per day.', expect: [{ text: '12 deaths per day', unit: 'deaths' }] },
  { text: 'Water costs $350 per 1,000 litres.', expect: [{ text: '$350 per 1,000 litres', kind: 'money', unit: 'USD' }] },
]);

table('figures: "not one this large" is a pronoun', [
  { text: '"We feared a rise, but not one this steep," said Ilse Varga.', expect: [] },
  { text: 'Not one so severe had been seen.', expect: [] },
  { text: 'We found one so far.', expect: [{ text: 'one', kind: 'count', value: 1 }] },
  { text: 'One this morning, two tonight.', expect: [{ text: 'One', value: 1 }, { text: 'two', value: 2 }] },
]);

table('figures: an age after "Now", or "at" after a life event, is a duration in years', [
  { text: 'Now 71, Varga says she will stand down in May.', expect: [{ text: '71', kind: 'duration', value: 71, unit: 'year' }] },
  { text: 'She moved to the coast at 19 to train as a nurse.', expect: [{ text: '19', kind: 'duration', value: 19, unit: 'year' }] },
  { text: 'At 17, he joined the navy.', expect: [{ text: '17', kind: 'duration', unit: 'year' }] },
  { text: 'Her father died at 82 in the village.', expect: [{ text: '82', kind: 'duration', unit: 'year' }] },
  { text: 'Varga, 71, says she will stand down.', expect: [{ text: '71', kind: 'duration', unit: 'year' }] },
  { text: 'The ferry leaves at 18 from the quay.', expect: [{ text: '18', kind: 'count' }] },
  { text: 'The index closed at 18, down from 20.', expect: [{ text: '18', kind: 'count' }, { text: '20', kind: 'count' }] },
  { text: 'Now 5, the index is flat.', expect: [{ text: '5', kind: 'count' }] },
  { text: 'At 5, the market opened.', expect: [{ text: '5', kind: 'count' }] },
  { text: 'The fund moved at 18 percent.', expect: [{ text: '18 percent', kind: 'percent' }] },
]);
