import { articleFigureTable as table } from './figureTable';

table('figures: a glued "m" before "of them" is a million of a group, not metres', [
  { text: 'Some 6.5m of them live in rented homes.', expect: [{ text: 'Some 6.5m', kind: 'count', value: 6.5e6 }] },
  { text: 'Of the 9m voters, 2.1m of whom abstained, most backed it.', expect: [{ text: '9m voters', value: 9e6 }, { text: '2.1m', value: 2.1e6 }] },
  // negatives: "of" before a thing measured
  { text: 'The crew laid 100m of cable.', expect: [{ text: '100m', kind: 'quantity', unit: 'metre', value: 100 }] },
  { text: 'The wall is 6.5m high.', expect: [{ text: '6.5m', unit: 'metre' }] },
]);

table('figures: "pounds" after a word of paying is money, not mass', [
  { text: 'She paid 40 pounds for the permit.', expect: [{ text: '40 pounds', kind: 'money', value: 40, unit: 'GBP' }] },
  { text: 'The entry fee is forty pounds.', expect: [{ text: 'forty pounds', kind: 'money', unit: 'GBP' }] },
  { text: 'The repair cost him about 90 pounds.', expect: [{ text: 'about 90 pounds', kind: 'money', unit: 'GBP' }] },
  // negatives: weight, a word of weighing nearer, a word of paying in another sentence
  { text: 'The sack weighs 40 pounds.', expect: [{ text: '40 pounds', kind: 'quantity', unit: 'pound' }] },
  { text: 'The box cost 5 dollars and weighed 30 pounds.', expect: [{ text: '5 dollars', kind: 'money' }, { text: '30 pounds', kind: 'quantity', unit: 'pound' }] },
  { text: 'Tickets cost more. The dog weighs 40 pounds.', expect: [{ text: '40 pounds', kind: 'quantity' }] },
]);

table('figures: an adverb of how often after a unit makes a rate', [
  { text: 'The merger would save £25 million annually.', expect: [{ text: '£25 million annually', kind: 'money', value: 25e6 }] },
  { text: 'The line carries 40,000 passengers daily.', expect: [{ text: '40,000 passengers daily', unit: 'passengers' }] },
  { text: 'Tenants pay £40 monthly.', expect: [{ text: '£40 monthly', kind: 'money' }] },
  // negatives: no unit before the adverb, or an adverb of another kind
  { text: 'Of the 40, 12 left daily.', expect: [{ text: '40' }, { text: '12' }] },
  { text: 'The fee was £40 initially.', expect: [{ text: '£40', kind: 'money' }] },
]);

table('figures: a rate over a unit of two words spans both', [
  { text: 'The unit rate rises to 27.03p per kilowatt hour.', expect: [{ text: '27.03p per kilowatt hour', kind: 'money', value: 27.03 }] },
  { text: 'Rent is £12 per square foot.', expect: [{ text: '£12 per square foot', kind: 'money' }] },
  { text: 'Meals cost £5 per head.', expect: [{ text: '£5 per head', kind: 'money' }] },
]);

table('figures: "pc" glued to a number is per cent', [
  { text: 'Inflation fell to 3.2pc from 3.6pc.', expect: [{ text: '3.2pc', kind: 'percent', value: 3.2, unit: '%' }, { text: '3.6pc', value: 3.6 }] },
  { text: 'Rents rose 3-4pc last year.', expect: [{ text: '3-4pc', kind: 'range', unit: '%', range: { from: 3, to: 4 } }] },
  // negatives: apart, or in capitals, it names a computer
  { text: 'He bought 5 PC games.', expect: [{ text: '5', kind: 'count' }] },
  { text: 'The lab has 12 pc stations.', expect: [{ text: '12', kind: 'count' }] },
]);

table('figures: spoken numbers', [
  { text: 'We have put in one point two billion pounds.', expect: [{ text: 'one point two billion pounds', kind: 'money', value: 1.2e9, unit: 'GBP' }] },
  { text: 'It was three point four million.', expect: [{ text: 'three point four million', value: 3.4e6 }] },
  { text: 'We put in two billion pounds.', expect: [{ text: 'two billion pounds', kind: 'money', unit: 'GBP' }] },
  { text: 'The odds are fifty-fifty at best.', expect: [] },
  // negatives: a decimal with no scale, mass after a smaller scale, a compound number
  { text: 'Inflation is two point five percent.', expect: [{ text: 'two point five percent', value: 2.5 }] },
  { text: 'They shipped two thousand pounds of beef.', expect: [{ text: 'two thousand pounds', kind: 'quantity', unit: 'pound' }] },
  { text: 'He scored fifty-five points.', expect: [{ text: 'fifty-five points', value: 55 }] },
]);

table('figures: "north of" bounds from below, and a glued "x" multiplies', [
  { text: 'The deal is worth north of £1bn.', expect: [{ text: 'north of £1bn', kind: 'money', approximate: true, qualifier: 'north of' }] },
  { text: 'Bids came in just south of $40 billion.', expect: [{ text: 'just south of $40 billion', approximate: true }] },
  { text: 'The bill is 3x higher than in 2019.', expect: [{ text: '3x higher', kind: 'multiplier', value: 3 }] },
  { text: 'Revenue grew 10x.', expect: [{ text: '10x', kind: 'multiplier', value: 10 }] },
  // negatives: a place north of a street, a size written with "x"
  { text: 'He lives north of 96th Street.', expect: [] },
  { text: 'They drove a 4x4 vehicle.', expect: [] },
]);

table('figures: initialism plurals are counted; "pp" is percentage points; a range of glued millions', [
  { text: 'The town has 41 GPs per 100,000 people.', expect: [{ text: '41 GPs per 100,000 people', kind: 'quantity', value: 41 }] },
  { text: 'All 650 MPs voted.', expect: [{ text: '650 MPs', unit: 'MPs' }] },
  { text: 'Unemployment rose 1.5pp to 6.2%.', expect: [{ text: '1.5pp', kind: 'percent', unit: 'percentage point' }, { text: '6.2%' }] },
  { text: 'It affects 1m-1.5m households.', expect: [{ text: '1m-1.5m households', kind: 'range', range: { from: 1e6, to: 1.5e6 } }] },
  // negatives: a year before the plural, one capital word, a range of lengths
  { text: 'In 2019 MPs voted.', expect: [] },
  { text: 'The 3 USA teams met.', expect: [{ text: '3', unit: null }] },
  { text: 'The wall is 2m-3m high.', expect: [{ text: '2m-3m', kind: 'range', unit: 'metre' }] },
]);
