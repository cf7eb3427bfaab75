import { articleFigureTable as table } from './figureTable';

table('figures: a glued "m" is a million unless something is measured', [
  { text: 'The population grew to 10.6m.', expect: [{ text: '10.6m', kind: 'count', value: 10.6e6 }] },
  { text: 'It will cost 3.5m euros.', expect: [{ text: '3.5m euros', kind: 'money', value: 3.5e6, unit: 'EUR' }] },
  { text: 'Some 10.6m people voted.', expect: [{ text: 'Some 10.6m people', value: 10.6e6, unit: 'people' }] },
  { text: 'Viewers hit 12m, a record.', expect: [{ text: '12m', value: 12e6 }] },
  { text: 'It is 12m in debt.', expect: [{ text: '12m', value: 12e6 }] },
  { text: 'They built a 10m wall.', expect: [{ text: '10m', kind: 'quantity', value: 10, unit: 'metre' }] },
  { text: 'She won the 100m final.', expect: [{ text: '100m', value: 100, unit: 'metre' }] },
  { text: 'The mast is 5m tall.', expect: [{ text: '5m', value: 5, unit: 'metre' }] },
  { text: 'The shaft is 200m deep.', expect: [{ text: '200m', value: 200, unit: 'metre' }] },
  { text: 'He ran 400m.', expect: [{ text: '400m', value: 400, unit: 'metre' }] },
  { text: 'The depth reached 30m.', expect: [{ text: '30m', value: 30, unit: 'metre' }] },
  { text: 'A 2m-high fence.', expect: [{ text: '2m', value: 2, unit: 'metre' }] },
  { text: 'The crane lifts 50t and reaches 40m.', expect: [{ text: '50t', unit: 'tonne' }, { text: '40m', value: 40, unit: 'metre' }] },
  { text: 'She won the 100m.', expect: [{ text: '100m', value: 100, unit: 'metre' }] },
  { text: 'The 10m people there voted.', expect: [{ text: '10m people', value: 10e6, unit: 'people' }] },
  { text: 'Walls of 3m to 5m high stood.', expect: [{ text: '3m to 5m', kind: 'range', unit: 'metre', range: { from: 3, to: 5 } }] },
  { text: 'Its users grew from 9.8m to 10.6m.', expect: [{ text: 'from 9.8m to 10.6m', kind: 'range', range: { from: 9.8e6, to: 10.6e6 } }] },
  { text: 'Sales fell to 9.5m.', expect: [{ text: '9.5m', value: 9.5e6 }] },
  { text: 'They paid £3m.', expect: [{ text: '£3m', kind: 'money', value: 3e6, unit: 'GBP' }] },
]);

table('figures: a minus before the currency signs the money', [
  { text: 'The trade deficit widened to -$3.6 billion.', expect: [{ text: '-$3.6 billion', kind: 'money', value: -3.6e9, unit: 'USD' }] },
  { text: 'The balance fell to −€5m.', expect: [{ text: '−€5m', value: -5e6, unit: 'EUR' }] },
  { text: 'Losses (-£4bn) grew.', expect: [{ text: '-£4bn', value: -4e9, unit: 'GBP' }] },
  { text: 'Tickets cost $2-$3.', expect: [{ text: '$2-$3', kind: 'range', range: { from: 2, to: 3 } }] },
  { text: 'The net change was - $3.', expect: [{ text: '$3', value: 3 }] },
  { text: 'Net lending fell to minus £2.4bn in May.', expect: [{ text: 'minus £2.4bn', kind: 'money', value: -2.4e9, unit: 'GBP' }] },
  { text: 'The fund returned negative $40 million.', expect: [{ text: 'negative $40 million', value: -40e6, unit: 'USD' }] },
  { text: 'The poll has a margin of plus or minus £5.', expect: [{ text: 'plus or minus £5', value: 5 }] },
]);

table('figures: "by X to Y" or "rose X to Y" is a change and a level when Y is far larger', [
  {
    text: 'The defence budget rises by £4.6 billion to £68.1 billion.',
    expect: [{ text: '£4.6 billion', kind: 'money', value: 4.6e9 }, { text: '£68.1 billion', kind: 'money', value: 68.1e9 }],
  },
  { text: 'The population rose by 1.2 million to 33 million.', expect: [{ text: '1.2 million', value: 1.2e6 }, { text: '33 million', value: 33e6 }] },
  { text: 'Fees went up by about $50 to $400.', expect: [{ text: 'about $50', value: 50 }, { text: '$400', value: 400 }] },
  { text: 'They cut emissions by 5% to 10%.', expect: [{ text: '5% to 10%', kind: 'range', range: { from: 5, to: 10 } }] },
  { text: 'Output fell by 10 to 45 percent.', expect: [{ text: '10 to 45 percent', kind: 'range', range: { from: 10, to: 45 } }] },
  { text: 'The plan was vetted by 15 to 20 people.', expect: [{ text: '15 to 20 people', kind: 'range' }] },
  { text: 'The share rose from 19% to 25%.', expect: [{ text: 'from 19% to 25%', kind: 'range', range: { from: 19, to: 25 } }] },
  { text: 'The index rose 37 points to 6,215.', expect: [{ text: '37 points', value: 37 }, { text: '6,215', value: 6215 }] },
  { text: 'Shares in the grocer fell 9p to 214p.', expect: [{ text: '9p', value: 9 }, { text: '214p', value: 214 }] },
  { text: 'Revenue jumped €3m to €41m.', expect: [{ text: '€3m', value: 3e6 }, { text: '€41m', value: 41e6 }] },
  { text: 'The yield edged up 0.1% to 3.9%.', expect: [{ text: '0.1%', value: 0.1 }, { text: '3.9%', value: 3.9 }] },
  { text: 'Wages rose 3% to 5% a year.', expect: [{ text: '3% to 5% a year', kind: 'range', range: { from: 3, to: 5 } }] },
  { text: 'Turnout fell 2 to 3 points.', expect: [{ text: '2 to 3 points', kind: 'range' }] },
  // a scale word on the level alone, that the change is too large to share
  { text: 'Payrolls fell 40,000 to 1.2 million.', expect: [{ text: '40,000', value: 40000 }, { text: '1.2 million', value: 1.2e6 }] },
  { text: 'Members grew by 600 to 2.5 million.', expect: [{ text: '600', value: 600 }, { text: '2.5 million', value: 2.5e6 }] },
  // negative rows: a scale word both ends share, and "from", which names two levels
  { text: 'Sales fell 10 to 15 million units.', expect: [{ text: '10 to 15 million units', kind: 'range', range: { from: 10e6, to: 15e6 } }] },
  { text: 'Payrolls rose from 40,000 to 1.2 million.', expect: [{ text: 'from 40,000 to 1.2 million', kind: 'range' }] },
  { text: 'Debt rose from £4.6 billion to £68.1 billion.', expect: [{ text: 'from £4.6 billion to £68.1 billion', kind: 'range' }] },
]);

table('figures: a fraction in words of a percentage point is a percent', [
  { text: 'Three members wanted a cut of a quarter of a percentage point.', expect: [{ text: 'Three members', value: 3 }, { text: 'a quarter of a percentage point', kind: 'percent', value: 0.25, unit: 'percentage point' }] },
  { text: 'Rates rose half a percentage point.', expect: [{ text: 'half a percentage point', kind: 'percent', value: 0.5, unit: 'percentage point' }] },
  { text: 'The bank cut by a quarter point.', expect: [{ text: 'a quarter point', kind: 'percent', value: 0.25, unit: 'percentage point' }] },
  { text: 'Yields fell by half a point.', expect: [{ text: 'half a point', kind: 'percent', value: 0.5, unit: 'percentage point' }] },
  // negative rows: a fraction of anything else, and digits, which read their unit as before
  { text: 'He ate half a loaf.', expect: [] },
  { text: 'They won a quarter of the seats.', expect: [{ text: 'a quarter', kind: 'count', value: 0.25 }] },
  { text: 'Rates rose 0.25 percentage points.', expect: [{ text: '0.25 percentage points', kind: 'percent', value: 0.25, unit: 'percentage point' }] },
]);

table('figures: a list item\'s number is no figure, whatever the item opens with', [
  { text: 'Goals:\n1. Cut fees.\n2. 40 new buses.', expect: [{ text: '40 new buses', value: 40, unit: 'buses' }] },
  { text: 'Pledges:\n1. "We will hire 50 nurses," said Sam Lee.', expect: [{ text: '50 nurses', value: 50, unit: 'nurses' }] },
  // negative rows: a number that ends a sentence, and one inside a line
  { text: 'The vote was 2. Then came 40 more.', expect: [{ text: '2', value: 2 }, { text: '40', value: 40 }] },
]);

table('figures: points that move a level in percent are percentage points', [
  { text: 'The party\'s lead grew 7.6 points to 42% in the poll.', expect: [{ text: '7.6 points', kind: 'percent', unit: 'percentage point' }, { text: '42%', unit: '%' }] },
  { text: 'Support fell by 3 points from 40 percent.', expect: [{ text: '3 points', kind: 'percent', unit: 'percentage point' }, { text: '40 percent' }] },
  // negative rows: an index's points, points beside a percent, and points scored
  { text: 'The index rose 52 points to 7,412.', expect: [{ text: '52 points', unit: 'points' }, { text: '7,412' }] },
  { text: 'The index fell 300 points, or 1.2%.', expect: [{ text: '300 points', unit: 'points' }, { text: '1.2%' }] },
  { text: 'He scored 20 points to 45% shooting.', expect: [{ text: '20 points', unit: 'points' }, { text: '45%' }] },
]);
