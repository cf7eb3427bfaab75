import { articleFigureTable as table } from './figureTable';

table('figures: a "p" glued to digits is pence', [
  { text: 'Power will cost 14.2p per kWh from May.', expect: [{ text: '14.2p per kWh', kind: 'money', value: 14.2, unit: 'GBX' }] },
  { text: 'Diesel went up by 4p a litre.', expect: [{ text: '4p a litre', kind: 'money', value: 4, unit: 'GBX' }] },
  { text: 'The bakery charges 85p for a roll.', expect: [{ text: '85p', kind: 'money', value: 85, unit: 'GBX' }] },
  { text: 'Bus fares are capped at 9p per mile.', expect: [{ text: '9p per mile', kind: 'money', value: 9 }] },
  { text: 'Stamps will cost between 70p and 95p.', expect: [{ text: 'between 70p and 95p', kind: 'range', unit: 'GBX', range: { from: 70, to: 95 } }] },
  // Negative rows: a clock, a video format, a code.
  { text: 'Call me today at 9p.', expect: [] },
  { text: 'The match starts at 8p.m. on Friday.', expect: [] },
  { text: 'The clip streams in 1080p.', expect: [] },
  { text: 'The 3p2 region was deleted.', expect: [] },
  { text: 'The P45 arrived.', expect: [] },
]);

table('figures: "N times" and "twice" that count occasions are a quantity of times', [
  { text: 'The bank has raised rates 11 times in a row.', expect: [{ text: '11 times', kind: 'quantity', value: 11, unit: 'times' }] },
  { text: 'She was stopped by police six times since March.', expect: [{ text: 'six times', kind: 'quantity', value: 6, unit: 'times' }] },
  { text: 'The council meets four times a year.', expect: [{ text: 'four times a year', kind: 'quantity', value: 4, unit: 'times' }] },
  { text: 'The tram broke down five times over the past month.', expect: [{ text: 'five times', kind: 'quantity', value: 5 }] },
  { text: 'The post was shared 4,100 times.', expect: [{ text: '4,100 times', kind: 'quantity', value: 4100 }] },
  { text: 'He was fined twice.', expect: [{ text: 'twice', kind: 'quantity', value: 2, unit: 'times' }] },
  { text: 'The board meets twice a month.', expect: [{ text: 'twice a month', kind: 'quantity', value: 2, unit: 'times' }] },
  // Negative rows: a multiple stays a multiplier.
  { text: 'Rents are three times higher.', expect: [{ text: 'three times higher', kind: 'multiplier', value: 3 }] },
  { text: 'The lake is five times the size of the old one.', expect: [{ text: 'five times', kind: 'multiplier' }] },
  { text: 'Three times as many riders came.', expect: [{ text: 'Three times', kind: 'multiplier' }] },
  { text: 'The bill was paid ten times over.', expect: [{ text: 'ten times over', kind: 'multiplier' }] },
  { text: 'The price is about 1.4 times the book value.', expect: [{ text: 'about 1.4 times', kind: 'multiplier' }] },
  { text: 'The fee is 2 times Acme\'s rate.', expect: [{ text: '2 times', kind: 'multiplier' }] },
  { text: 'Costs run at three times that.', expect: [{ text: 'three times', kind: 'multiplier' }] },
  { text: 'Prices rose twice as fast.', expect: [{ text: 'twice', kind: 'multiplier', value: 2 }] },
  { text: 'She earns twice her old salary.', expect: [{ text: 'twice', kind: 'multiplier' }] },
  { text: 'Lenders will think twice before they cut.', expect: [] },
  { text: 'Exports grew four times and imports doubled.', expect: [{ text: 'four times', kind: 'multiplier', value: 4 }, { text: 'doubled', kind: 'multiplier', value: 2 }] },
  { text: 'Claims may 20 times outnumber places.', expect: [{ text: '20 times', kind: 'multiplier' }] },
]);

table('figures: a fraction hyphened to "point" is a percentage point', [
  { text: 'The bank made a quarter-point cut.', expect: [{ text: 'a quarter-point', kind: 'percent', value: 0.25, unit: 'percentage point' }] },
  { text: 'Another quarter-point rise may follow.', expect: [{ text: 'quarter-point', kind: 'percent', value: 0.25, unit: 'percentage point' }] },
  { text: 'Traders bet on a half-point move.', expect: [{ text: 'a half-point', kind: 'percent', value: 0.5 }] },
  // Negative rows: another noun.
  { text: 'The quarter-final is on Sunday.', expect: [] },
  { text: 'He drank a half-pint.', expect: [{ text: 'a half-pint', kind: 'quantity', unit: 'pint' }] },
]);

table('figures: "up to" after a verb of change is the level reached, not a bound', [
  { text: 'The allowance goes up to £31.40 a week.', expect: [{ text: '£31.40 a week', approximate: false }] },
  { text: 'The forecast was revised up to 1.8%.', expect: [{ text: '1.8%', approximate: false }] },
  { text: 'The yield edged up to 4.2% on Monday.', expect: [{ text: '4.2%', approximate: false }] },
  // Negative rows: a bound stays a bound.
  { text: 'Penalties can go up to €20m.', expect: [{ text: 'up to €20m', approximate: true, qualifier: 'up to' }] },
  { text: 'Fees rose by up to 8%.', expect: [{ text: 'up to 8%', approximate: true, qualifier: 'up to' }] },
  { text: 'Savers may earn up to 5%.', expect: [{ text: 'up to 5%', approximate: true }] },
]);

table('figures: a rate hyphened to the amount belongs to the figure', [
  { text: 'Suppliers pay £4bn-a-year in levies.', expect: [{ text: '£4bn-a-year', kind: 'money', value: 4e9 }] },
  { text: 'They offered a $15-an-hour wage.', expect: [{ text: '$15-an-hour', kind: 'money', value: 15 }] },
  // Negative rows: no rate noun after the article.
  { text: 'They built a 5-a-side pitch.', expect: [{ text: '5', value: 5 }] },
]);

table('figures: quote marks around a figure', [
  { text: 'The review would take "four to six weeks" at most.', expect: [{ text: 'four to six weeks', kind: 'range', range: { from: 4, to: 6 } }] },
  { text: 'She called it "three days" of chaos.', expect: [{ text: 'three days', kind: 'duration', value: 3 }] },
  // Negative rows: a mark that closes a quote is no inch; an id in quotes is no figure.
  { text: 'The panel ruled "2-1" on Monday.', expect: [] },
  { text: 'It was id="672138506081275904" then.', expect: [] },
  { text: 'The TV is 55" wide.', expect: [{ text: '55"', unit: 'inch' }] },
  { text: 'He said "it is 12" and left.', expect: [{ text: '12', kind: 'count', value: 12 }] },
  { text: 'They chanted "Fight for 15" all day.', expect: [{ text: '15', kind: 'count', value: 15 }] },
  { text: 'A 12" pipe and a 10" pipe burst.', expect: [{ text: '12"', unit: 'inch' }, { text: '10"', unit: 'inch' }] },
  { text: 'He said "fine." Then a 12" pipe burst.', expect: [{ text: '12"', unit: 'inch' }] },
]);

table('figures: a bare year before a scaled level is no range', [
  { text: 'Riders have doubled since 2019 to 3.1 million.', expect: [{ text: 'doubled', value: 2 }, { text: '3.1 million', value: 3.1e6 }] },
  // Negative rows: years and counts still make ranges.
  { text: 'Numbers ranged between 1,500 and 2 million people.', expect: [{ text: 'between 1,500 and 2 million people', kind: 'range' }] },
]);
