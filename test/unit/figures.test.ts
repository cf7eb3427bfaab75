import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { figures } from '../../src/core/extractors/figures';
import type { Analysis } from '../../src/core/model';
import { figureTable, projectFigures as project, type FigureExpect, type FigureRow } from './figureTable';
import { checkInvariants } from './invariants';

type Expect = FigureExpect;

/** The figures stage alone, on an analysis whose other stages already ran. */
function runFigures(text: string): Analysis {
  const result = figures.run({ ...analyze(text), figures: [] }, {});
  checkInvariants(result);
  return result;
}

const table = (title: string, rows: readonly FigureRow[]): void => figureTable(title, rows, (text) => runFigures(text).figures);

table('figures: counts', [
  { text: 'They sent 1,500 of them.', expect: [{ text: '1,500', kind: 'count', value: 1500, unit: null }] },
  { text: 'A total of 10 000 arrived and 2.5 stayed.', expect: [{ text: '10 000', value: 10000 }, { text: '2.5', value: 2.5 }] },
  { text: 'Eight ships and twenty-five planes', expect: [{ text: 'Eight ships', value: 8 }, { text: 'twenty-five planes', value: 25 }] },
  { text: 'He counted a hundred of them.', expect: [{ text: 'a hundred', kind: 'count', value: 100 }] },
  { text: 'It took one and a half.', expect: [{ text: 'one and a half', value: 1.5 }] },
  { text: 'The fund holds 1.5 million, 3bn and two billion.', expect: [{ text: '1.5 million', value: 1.5e6 }, { text: '3bn', value: 3e9 }, { text: 'two billion', value: 2e9 }] },
  { text: 'Two thirds of voters agreed.', expect: [{ text: 'Two thirds', value: 0.666666666666667 }] },
  { text: 'The debt is 1,234,567.89 now.', expect: [{ text: '1,234,567.89', value: 1234567.89 }] },
  { text: 'We counted 4 thousand 3 hundred and 21, then 3 million and a quarter.', expect: [{ text: '4 thousand 3 hundred and 21', value: 4321 }, { text: '3 million and a quarter', value: 3250000 }] },
  { text: 'They hired 2 million and 500 guards.', expect: [{ text: '2 million', value: 2e6 }, { text: '500 guards', value: 500 }] },
  { text: 'One out of three voters, and 12 out of 10 critics.', expect: [{ text: 'One out of three', value: 0.333333333333333 }, { text: '12' }, { text: '10 critics' }] },
  { text: 'The ratio was one over three.', expect: [{ text: 'one over three', value: 0.333333333333333 }] },
  { text: 'The motion passed 52 over 48.', expect: [{ text: '52', value: 52 }, { text: '48', value: 48 }] },
  { text: 'Growth of 1.3x10^6 and 2.5^-1', expect: [{ text: '1.3x10^6', value: 1.3e6 }, { text: '2.5^-1', value: 0.4 }] },
  { text: 'It dropped to -4.5 overnight.', expect: [{ text: '-4.5', value: -4.5 }] },
  { text: 'It weighs 1.5e3 tonnes, worth 4.35 million.', expect: [{ text: '1.5e3 tonnes', value: 1500 }, { text: '4.35 million', value: 4350000 }] },
]);

table('figures: percent', [
  { text: 'Inflation hit 3% in the quarter.', expect: [{ text: '3%', kind: 'percent', value: 3, unit: '%' }] },
  { text: 'Growth was 3 percent, or three per cent.', expect: [{ text: '3 percent', value: 3 }, { text: 'three per cent', value: 3 }] },
  { text: 'Rates rose 0.5 percentage points.', expect: [{ text: '0.5 percentage points', kind: 'percent', value: 0.5, unit: 'percentage point' }] },
]);

table('figures: money', [
  { text: 'The deal is worth $75 million.', expect: [{ text: '$75 million', kind: 'money', value: 75e6, unit: 'USD' }] },
  { text: 'Brussels pledged €2.4bn and £300.', expect: [{ text: '€2.4bn', value: 2.4e9, unit: 'EUR' }, { text: '£300', value: 300, unit: 'GBP' }] },
  { text: 'It paid 420 million Finnish markka.', expect: [{ text: '420 million Finnish markka', kind: 'money', value: 420e6, unit: 'FIM' }] },
  { text: 'A loan of USD 5 billion was agreed.', expect: [{ text: 'USD 5 billion', kind: 'money', value: 5e9, unit: 'USD' }] },
  { text: 'Shares cost C$ 16.40 and HK$3 each.', expect: [{ text: 'C$ 16.40', unit: 'CAD', value: 16.4 }, { text: 'HK$3', unit: 'HKD', value: 3 }] },
  { text: 'Tickets cost 50 cents and 20 million pounds went missing.', expect: [{ text: '50 cents', kind: 'money', value: 50, unit: 'USX' }, { text: '20 million pounds', kind: 'money', unit: 'GBP' }] },
  { text: 'The ticket was priced at eleven dollars and twenty-six cents.', expect: [{ text: 'eleven dollars and twenty-six cents', kind: 'money', value: 11.26, unit: 'USD' }] },
  { text: 'They paid 75 USD million, not 15 dollars 50 people.', expect: [{ text: '75 USD million', value: 75e6 }, { text: '15 dollars', value: 15 }, { text: '50 people', kind: 'quantity' }] },
  { text: 'They offered 30 MUSD.', expect: [{ text: '30 MUSD', kind: 'money', value: 30e6, unit: 'USD' }] },
]);

table('figures: quantities and durations', [
  { text: 'It fires 155mm shells.', expect: [{ text: '155mm', kind: 'quantity', value: 155, unit: 'millimetre' }] },
  { text: 'They moved 40 tonnes across 300 km.', expect: [{ text: '40 tonnes', unit: 'tonne' }, { text: '300 km', unit: 'kilometre' }] },
  { text: 'He sent 1,000 troops and 2 million rounds.', expect: [{ text: '1,000 troops', kind: 'quantity', unit: 'troops' }, { text: '2 million rounds', value: 2e6, unit: 'rounds' }] },
  { text: 'Water boils at 100 °C.', expect: [{ text: '100 °C', kind: 'quantity', unit: 'celsius' }] },
  { text: 'A 120 sq. ft. room at 80 km/h', expect: [{ text: '120 sq. ft.', unit: 'square foot' }, { text: '80 km/h', unit: 'kilometre per hour' }] },
  { text: 'Delivery takes two-and-a-half years.', expect: [{ text: 'two-and-a-half years', kind: 'duration', value: 2.5, unit: 'year' }] },
  { text: 'After eight consecutive years of growth', expect: [{ text: 'eight consecutive years', kind: 'duration', value: 8, unit: 'year' }] },
  { text: 'A man aged 45 and a child of 3 years of age', expect: [{ text: 'aged 45', kind: 'duration', value: 45, unit: 'year' }, { text: '3 years of age', value: 3 }] },
  { text: 'A two-year plan for a 30-year-old man', expect: [{ text: 'two-year', unit: 'year' }, { text: '30-year-old', value: 30, unit: 'year' }] },
]);

table('figures: ordinals and multipliers', [
  { text: 'It is the eighth such meeting and the 8th summit.', expect: [{ text: 'eighth', kind: 'ordinal', value: 8 }, { text: '8th', kind: 'ordinal', value: 8 }] },
  { text: 'This is the third time.', expect: [{ text: 'third', kind: 'ordinal', value: 3 }] },
  // "doubled twice" counts two doublings; "grew three times" is threefold.
  { text: 'Output grew three times and then doubled twice.', expect: [{ text: 'three times', kind: 'multiplier', value: 3 }, { text: 'doubled', kind: 'multiplier', value: 2 }, { text: 'twice', kind: 'quantity', value: 2, unit: 'times' }] },
  { text: 'Use is many times higher than supply.', expect: [{ text: 'many times higher', kind: 'multiplier', value: null, approximate: true }] },
  { text: 'Costs rose tenfold.', expect: [{ text: 'tenfold', kind: 'multiplier', value: 10 }] },
]);

table('figures: ranges', [
  { text: 'Between 20 and 30 died.', expect: [{ text: 'Between 20 and 30', kind: 'range', value: 20, range: { from: 20, to: 30 } }] },
  { text: 'Support fell 20-30% last year.', expect: [{ text: '20-30%', kind: 'range', unit: '%', range: { from: 20, to: 30 } }] },
  { text: 'It needs 10 to 15 billion.', expect: [{ text: '10 to 15 billion', kind: 'range', range: { from: 10e9, to: 15e9 } }] },
  { text: 'Bids of $5-10 million came in.', expect: [{ text: '$5-10 million', kind: 'range', unit: 'USD', range: { from: 5e6, to: 10e6 } }] },
  { text: 'Prices fell from 5% to 3%.', expect: [{ text: '5%', value: 5 }, { text: '3%', value: 3 }] },
]);

table('figures: qualifiers', [
  { text: 'About 40 tonnes were lost.', expect: [{ text: 'About 40 tonnes', approximate: true, qualifier: 'about' }] },
  { text: 'Nearly 300 and more than 1,000 left.', expect: [{ text: 'Nearly 300', qualifier: 'nearly' }, { text: 'more than 1,000', qualifier: 'more than' }] },
  { text: 'At least 5 stayed and up to 700 left.', expect: [{ text: 'At least 5', qualifier: 'at least' }, { text: 'up to 700', qualifier: 'up to' }] },
  { text: 'It holds more than 10 and less than 40 tonnes.', expect: [{ text: 'more than 10 and less than 40 tonnes', kind: 'range', unit: 'tonne', range: { from: 10, to: 40 } }] },
  { text: 'Over 40 and under 10 is impossible.', expect: [{ text: 'Over 40' }, { text: 'under 10' }] },
  { text: 'We expect 500 or more, some 40-odd.', expect: [{ text: '500 or more', qualifier: 'or more' }, { text: 'some 40-odd', qualifier: 'some' }] },
  { text: 'Exactly 12 came.', expect: [{ text: 'Exactly 12', approximate: false }] },
  { text: 'Just under 90 percent voted.', expect: [{ text: 'Just under 90 percent', qualifier: 'just under' }] },
  { text: 'In excess of 500 came in the region of Kent, not at 40.', expect: [{ text: 'In excess of 500', qualifier: 'in excess of' }, { text: '40' }] },
  // The longest run of words before a number: the reader must still start at its first word.
  { text: 'Fees greater than or equal to US$ 5 apply.', expect: [{ text: 'greater than or equal to US$ 5', unit: 'USD', qualifier: 'greater than or equal to' }] },
  { text: 'Sales from about HK$ 350 to HK$ 680 rose.', expect: [{ text: 'from about HK$ 350 to HK$ 680', kind: 'range', unit: 'HKD' }] },
  { text: 'The greater the fee, the fewer 5 star reviews.', expect: [{ text: '5' }] },
]);

table('figures: tricky readings', [
  { text: 'He is a sixth generation farmer; a third of voters agreed.', expect: [{ text: 'a sixth', kind: 'ordinal', value: 6 }, { text: 'a third', kind: 'count', value: 0.333333333333333 }] },
  { text: 'It cost half a million and took half an hour.', expect: [{ text: 'half a million', value: 500000 }, { text: 'half an hour', kind: 'duration', value: 0.5, unit: 'hour' }] },
  { text: 'A 30-minute call in Rs 500 and 20 zł.', expect: [{ text: '30-minute', kind: 'duration', unit: 'minute' }, { text: 'Rs 500', unit: 'INR' }, { text: '20 zł', unit: 'PLN' }] },
  { text: 'On November 12, 2012–six days later', expect: [{ text: 'six days', kind: 'duration', value: 6 }] },
  { text: 'Oil rose from about $50 a barrel to $80 a barrel.', expect: [{ text: 'from about $50 a barrel to $80 a barrel', kind: 'range', unit: 'USD', qualifier: 'about', range: { from: 50, to: 80 } }] },
  { text: 'He is 6 feet and 2 inches and drove 70 miles an hour.', expect: [{ text: '6 feet and 2 inches', value: 6.16666666666667, unit: 'foot' }, { text: '70 miles an hour', unit: 'mile per hour' }] },
  { text: 'One twenty-fifth, not the one hundred and twenty-fifth.', expect: [{ text: 'One twenty-fifth', value: 0.04 }, { text: 'one hundred and twenty-fifth', kind: 'ordinal', value: 125 }] },
  { text: 'Temperatures hit 30C, not 86F.', expect: [{ text: '30C', unit: 'celsius' }, { text: '86F', unit: 'fahrenheit' }] },
]);

table('figures: what is not a figure', [
  { text: 'It took a month and a half.', expect: [] },
  { text: 'Agenda:\n1. Taxes rise\n2) Costs fall', expect: [] },
  { text: '<tweet id="672138506081275904">', expect: [] },
  { text: 'It bought Boeing 777F jets in the 21st century.', expect: [] },
  { text: 'In 2023 the talks resumed.', expect: [] },
  { text: 'Ministers meet on February 14-15 in Brussels.', expect: [] },
  { text: 'It opened on 14 February and closed May 4th.', expect: [] },
  { text: 'Prices may 10 times exceed that.', expect: [{ text: '10 times', kind: 'multiplier' }] },
  { text: 'On March 3 they march 20 miles.', expect: [{ text: '20 miles', value: 20 }] },
  { text: 'Call +1-222-2222-2222 or (202) 555-0100 today.', expect: [] },
  { text: 'Under Article 5 and Section 3 of the treaty', expect: [] },
  { text: 'Install build 1234 and use Terminal 5 for phase 2 trials.', expect: [] },
  // a noun that numbers, read as the verb it also is: the count after it is a figure
  { text: 'The city will build 1,200 homes and release 300 permits.', expect: [{ text: '1,200 homes', value: 1200 }, { text: '300 permits', value: 300 }] },
  { text: 'It built 2,400 berths.', expect: [{ text: '2,400 berths', value: 2400 }] },
  { text: 'Update to version 1.2.3 or v2.0 now.', expect: [] },
  { text: 'The A320neo lands at 9:30; call +44 20 7946 0958.', expect: [] },
  { text: 'Dial 2-1 and hang up on Sunday.', expect: [] },
  { text: 'The session runs 13:00-16:00 and ends at 6pm.', expect: [] },
  { text: 'One of the key subjects, no one said, is the one.', expect: [] },
  { text: 'The G7 and the F-16 and COVID-19 in the 1990s.', expect: [] },
  { text: 'See https://example.org/page?id=30 or mail a1@b2.org.', expect: [] },
  { text: 'The probe Voyager 2 left in 1977.', expect: [] },
  { text: 'The fiscal year 2022-23 ended.', expect: [] },
  { text: 'It put the 2016 candidates on alert.', expect: [] },
  { text: '', expect: [] },
  { text: '\u0000 5 $ % -- 1/0 ½', expect: [{ text: '5 $' }, { text: '½' }] },
]);

table('figures: in news copy', [
  { text: 'The mayor trails Smith 1,204 to 987 in the count.', expect: [{ text: '1,204', kind: 'count', value: 1204 }, { text: '987', value: 987 }] },
  { text: 'The senator leads Jones 52 to 41 among women.', expect: [{ text: '52', value: 52 }, { text: '41', value: 41 }] },
  { text: 'Voters split among a half-dozen rivals and half a dozen parties.', expect: [{ text: 'a half-dozen rivals', value: 6 }, { text: 'half a dozen parties', value: 6 }] },
  { text: 'A third said no, and a fifth backed the plan.', expect: [{ text: 'A third', kind: 'count', value: 0.333333333333333 }, { text: 'a fifth', kind: 'count', value: 0.2 }] },
  { text: 'She won a third-place finish as a sixth-grader in a second term.', expect: [{ text: 'a third', kind: 'ordinal', value: 3 }, { text: 'a sixth', kind: 'ordinal', value: 6 }, { text: 'second', kind: 'ordinal' }] },
  { text: 'Nearly 30 percent of men and two-fifths of women agreed.', expect: [{ text: 'Nearly 30 percent' }, { text: 'two-fifths', value: 0.4 }] },
  { text: 'They leased a 4,200-square-foot store and a 12-square-mile park.', expect: [{ text: '4,200-square-foot', kind: 'quantity', unit: 'square foot' }, { text: '12-square-mile', unit: 'square mile' }] },
  { text: 'The storm left one person dead.', expect: [{ text: 'one', value: 1 }] },
  { text: 'He planted 210 maple trees on Main Street.', expect: [{ text: '210', value: 210 }] },
  { text: 'The office at 210 Maple St. moved to 45 West Harbor Boulevard.', expect: [] },
  { text: 'Fans of Ocean Five-0 cheered.', expect: [] },
  { text: 'We need a bigger budget, not a smaller one.', expect: [] },
  { text: 'It took a month and a half, or an hour and a half.', expect: [] },
  { text: 'The error margin is plus or minus four percentage points.', expect: [{ text: 'plus or minus four percentage points', value: 4, qualifier: 'plus or minus' }] },
  { text: 'She led him 41%-38% by a two-percentage-point gap.', expect: [{ text: '41%', value: 41 }, { text: '38%', value: 38 }, { text: 'two-percentage-point', unit: 'percentage point' }] },
  { text: 'The level fell (-3) overnight.', expect: [{ text: '-3', value: -3 }] },
  { text: 'No one doubts it; they praised one another\'s work.', expect: [] },
  { text: 'The guard, 6-foot-2, stood by a 5-foot wall.', expect: [{ text: '6-foot-2', value: 6.16666666666667, unit: 'foot' }, { text: '5-foot', value: 5 }] },
  { text: 'A $300-million plan and a 2-billion-dollar fund.', expect: [{ text: '$300-million', kind: 'money', value: 3e8 }, { text: '2-billion-dollar', value: 2e9, unit: 'USD' }] },
  { text: 'In case No. 12-345 the bench split 3 to 3.', expect: [{ text: '3', kind: 'count' }, { text: '3', kind: 'count' }] },
  { text: 'Approval rose from 40 percent on March 3 to 45 percent.', expect: [{ text: '40 percent' }, { text: '45 percent' }] },
  { text: 'He cited lines 3:1-5 of the poem.', expect: [] },
  { text: 'If one voter stays, 2 voters leave.', expect: [{ text: 'one', value: 1 }, { text: '2 voters', value: 2 }] },
]);

table('figures: in news copy, second review', [
  { text: 'Two in three said no, and about 4 in 10 voters agreed.', expect: [{ text: 'Two in three', kind: 'count', value: 0.666666666666667 }, { text: 'about 4 in 10', value: 0.4, qualifier: 'about' }] },
  { text: 'Sales hit 65 million in 2025 and 5 in 2 weeks.', expect: [{ text: '65 million', value: 65e6 }, { text: '5', value: 5 }, { text: '2 weeks', kind: 'duration' }] },
  { text: 'Smith and Jones got 11 and 8 percent in two or three weeks.', expect: [{ text: '11', kind: 'percent', value: 11, unit: '%' }, { text: '8 percent', value: 8 }, { text: 'two', kind: 'duration', value: 2, unit: 'week' }, { text: 'three weeks', value: 3 }] },
  { text: 'They need seven or eight thousand votes, not 11 and 8 million.', expect: [{ text: 'seven', kind: 'quantity', value: 7000, unit: 'votes' }, { text: 'eight thousand votes', value: 8000 }, { text: '11', value: 11, unit: null }, { text: '8 million', value: 8e6 }] },
  { text: 'It opened on April 24 and 25 delegates came; Smith won 3 and Jones 2 seats.', expect: [{ text: '25 delegates' }, { text: '3', unit: null }, { text: '2 seats' }] },
  { text: 'He holds a 20-point lead on a 15-member panel.', expect: [{ text: '20-point', kind: 'quantity', value: 20, unit: 'points' }, { text: '15-member', unit: 'members' }] },
  { text: 'A three-dimensional plan for a five-alarm fire.', expect: [] },
  { text: 'The former first lady, first reported by the Post, first met him in Ohio.', expect: [] },
  { text: 'First, put the country first.', expect: [] },
  { text: 'He finished first in the first debate.', expect: [{ text: 'first', kind: 'ordinal', value: 1 }, { text: 'first', kind: 'ordinal', value: 1 }] },
  { text: 'A third-party bid, a second-rate plan and the Fifth Amendment.', expect: [] },
  { text: 'The first person to arrive won.', expect: [{ text: 'first', kind: 'ordinal' }] },
  { text: 'She wanted a muted one rather than a loud one. He championed one with Smith. For one, it failed. I cannot find one.', expect: [] },
  { text: 'They won 51 to one, and just one stayed.', expect: [{ text: '51' }, { text: 'one', value: 1 }, { text: 'just one', value: 1 }] },
  { text: 'She 1) paused, 2) smiled and 3) left.', expect: [] },
  { text: 'Support (up 2) rose.', expect: [{ text: '2', value: 2 }] },
  { text: 'The court split in a 5-to-4 ruling and a two-to-one vote.', expect: [] },
  { text: 'He served 5 ½ years.', expect: [{ text: '5 ½ years', kind: 'duration', value: 5.5, unit: 'year' }] },
  { text: "Deficits rise in '16, and ’08 was worse.", expect: [] },
  { text: "He said ''16 people came.''", expect: [{ text: '16 people', value: 16 }] },
  { text: 'Darkmole 2.0 struck again. Sales rose 2.0 percent.', expect: [{ text: '2.0 percent', value: 2 }] },
  { text: 'Youths between the ages of 17 and 20 left.', expect: [{ text: 'between the ages of 17 and 20', kind: 'range', unit: 'year', range: { from: 17, to: 20 } }] },
  { text: 'It weighs 2,000.45±0.01 pounds and polls 45% ± 3%.', expect: [{ text: '2,000.45±0.01 pounds', value: 2000.45, unit: 'pound' }, { text: '45% ± 3%', value: 45, unit: '%' }] },
  { text: 'Night lows ranged from -12 °C to -27 °C; rents fell from 6% to 4%.', expect: [{ text: 'from -12 °C to -27 °C', kind: 'range', range: { from: -27, to: -12 } }, { text: '6%' }, { text: '4%' }] },
]);

table('figures: in news copy, third review', [
  { text: 'The Mu\u0303noz1 fund and the Rene\u03012 group met.', expect: [] },
  { text: 'Jose\u0301 won 5 seats.', expect: [{ text: '5 seats', value: 5 }] },
  { text: 'Trade is a two-way street, not a two-tiered deal or a half-measure.', expect: [] },
  { text: 'Two-factor sign-in and three-factor checks for first-time buyers.', expect: [] },
  { text: 'Two factors weigh on the first buyers, and the second-time buyers.', expect: [{ text: 'Two factors', value: 2 }, { text: 'first', kind: 'ordinal' }, { text: 'second', kind: 'ordinal' }] },
  { text: 'It was a two-way race, then a three-way race with a two-step plan.', expect: [{ text: 'two', value: 2 }, { text: 'three', value: 3 }, { text: 'two', value: 2 }] },
  { text: 'Emissions fell by a third from 2007, and prices a fifth since then.', expect: [{ text: 'a third', kind: 'count', value: 0.333333333333333 }, { text: 'a fifth', kind: 'count', value: 0.2 }] },
  { text: 'They drank about a third less sugar, and paid a fifth more than planned.', expect: [{ text: 'about a third', kind: 'count', value: 0.333333333333333, qualifier: 'about' }, { text: 'a fifth', kind: 'count', value: 0.2 }] },
  { text: 'She came a third time, wait a second more, then a fourth bigger.', expect: [{ text: 'a third', kind: 'ordinal', value: 3 }, { text: 'second', kind: 'ordinal' }, { text: 'a fourth', kind: 'count', value: 0.25 }] },
  { text: 'Among 10- and 11-year-olds, 5- or 6-metre waves and 10- to 15-year terms.', expect: [{ text: '10', kind: 'duration', value: 10, unit: 'year' }, { text: '11-year-olds', kind: 'duration', value: 11 }, { text: '5', kind: 'quantity', unit: 'metre' }, { text: '6-metre' }, { text: '10- to 15-year', kind: 'range', unit: 'year', range: { from: 10, to: 15 } }] },
  { text: 'Sales rose 10 - and 11% later, and 15- to 10-year terms.', expect: [{ text: '10', kind: 'count', unit: null }, { text: '11%' }, { text: '15', kind: 'duration', unit: 'year' }, { text: '10-year' }] },
  { text: 'She won a third term in a second.', expect: [{ text: 'a third', kind: 'ordinal', value: 3 }, { text: 'second', kind: 'ordinal' }] },
  { text: 'The budget was cut by a fifth as schemes wait, and sales fell a third this year.', expect: [{ text: 'a fifth', kind: 'count', value: 0.2 }, { text: 'a third', kind: 'count', value: 0.333333333333333 }] },
  { text: 'They have one-third as much room, and she won a third term as mayor.', expect: [{ text: 'one-third', kind: 'count', value: 0.333333333333333 }, { text: 'a third', kind: 'ordinal', value: 3 }] },
  { text: 'Half of voters agree, and he would cut half the seats.', expect: [{ text: 'Half', kind: 'count', value: 0.5 }, { text: 'half', value: 0.5 }] },
  { text: 'In the first half of the game the Western Half of the team cut costs in half.', expect: [{ text: 'in half', kind: 'multiplier', value: 0.5 }] },
  { text: 'It lasted four-plus months after 40-odd years and a 20-plus-year career.', expect: [{ text: 'four-plus months', kind: 'duration', value: 4, unit: 'month', qualifier: 'plus' }, { text: '40-odd years', unit: 'year' }, { text: '20-plus-year', unit: 'year' }] },
  { text: 'He rated it 3-plus and 500 or more came.', expect: [{ text: '3-plus', unit: null }, { text: '500 or more', unit: null }] },
  { text: 'Zero Gravity said so. The Zero Point blog agreed.', expect: [] },
  { text: 'Zero Democrats and zero Republican senators came; zero Republican support.', expect: [{ text: 'Zero', value: 0 }, { text: 'zero', value: 0 }, { text: 'zero', value: 0 }] },
  { text: 'It blew up at 131 North 23rd Street and 9 Fifth Avenue.', expect: [] },
  { text: 'He bought 131 tickets on 23rd Street.', expect: [{ text: '131 tickets', value: 131 }] },
  { text: 'He is 6’2”, she is 5\'4", and he 6′0″.', expect: [{ text: '6’2”', kind: 'quantity', value: 6.16666666666667, unit: 'foot' }, { text: '5\'4"', value: 5.33333333333333 }, { text: '6′0″', value: 6 }] },
  { text: 'The ’90s saw 6’ walls and a 12" pipe.', expect: [{ text: '6' }, { text: '12"', unit: 'inch' }] },
]);

table('figures: in news copy, fourth review', [
  { text: 'The poll has him ahead 48 to 41 percent.', expect: [{ text: '48', kind: 'percent', value: 48, unit: '%' }, { text: '41 percent', value: 41 }] },
  { text: 'The levy was cut from 9 to 7 percent.', expect: [{ text: '9', unit: '%' }, { text: '7 percent', unit: '%' }] },
  { text: 'It grew from 7 to 9 percent.', expect: [{ text: 'from 7 to 9 percent', kind: 'range', range: { from: 7, to: 9 } }] },
  { text: 'They tied 3 to 3, then lost 6 to 2.', expect: [{ text: '3', unit: null }, { text: '3', unit: null }, { text: '6', unit: null }, { text: '2', unit: null }] },
  { text: 'He retired at the age of 58 and she at age 61.', expect: [{ text: 'age of 58', kind: 'duration', value: 58, unit: 'year' }, { text: 'age 61', value: 61 }] },
  { text: 'The age of reason met the age of 4 percent growth.', expect: [{ text: '4 percent', kind: 'percent' }] },
  { text: 'Many Fortune 500 firms and the Russell 2000 index gained.', expect: [] },
  { text: 'Forbes said 400 firms gained, and the Forbes 400 rose 2 percent.', expect: [{ text: '400 firms', value: 400 }, { text: '2 percent' }] },
  { text: 'A 911 caller and two 311 calls came in.', expect: [{ text: 'two', value: 2 }] },
  { text: 'The office logged 912 calls.', expect: [{ text: '912', value: 912 }] },
  { text: 'She left at four o’clock, he by 9 o\'clock.', expect: [] },
  { text: 'Four clocks struck 9 times.', expect: [{ text: 'Four clocks', value: 4 }, { text: '9 times', kind: 'quantity', unit: 'times' }] },
  { text: 'Rents rose in the 70’s and the 80\'s.', expect: [] },
  { text: 'It depends on how one reads it; one says yes.', expect: [] },
  { text: 'One news outlet, one class and one bonus remain.', expect: [{ text: 'One', value: 1 }, { text: 'one', value: 1 }, { text: 'one', value: 1 }] },
  { text: 'Rents rose 70 percent and 85\'s were sold.', expect: [{ text: '70 percent' }, { text: '85' }] },
]);

table('figures: others, and adjectives before the counted noun', [
  { text: 'The crash killed 12 people and hurt 30 others.', expect: [{ text: '12 people', unit: 'people' }, { text: '30 others', kind: 'quantity', value: 30, unit: 'people' }] },
  { text: 'She and two others left.', expect: [{ text: 'two others', kind: 'count', value: 2, unit: null }] },
  { text: 'He walked 8 miles with 5 others.', expect: [{ text: '8 miles', unit: 'mile' }, { text: '5 others', kind: 'count', unit: null }] },
  { text: 'Nine workers quit. Four others stayed.', expect: [{ text: 'Nine workers' }, { text: 'Four others', kind: 'count', unit: null }] },
  { text: 'The other 40 waited, and Others won 3 seats.', expect: [{ text: '40', unit: null }, { text: '3 seats' }] },
  { text: 'She has four other sisters and 25 more votes, and backed 3 separate bills.', expect: [{ text: 'four other sisters', unit: 'sisters' }, { text: '25 more votes', unit: 'votes' }, { text: '3 separate bills', unit: 'bills' }] },
  { text: 'Two other Republicans and 10 more came.', expect: [{ text: 'Two', unit: null }, { text: '10', unit: null }] },
  { text: 'He won 758 pledged delegates, 309 electoral votes and 16 states, three of them swing states.', expect: [{ text: '758 pledged delegates', unit: 'delegates' }, { text: '309 electoral votes', unit: 'votes' }, { text: '16 states', unit: 'states' }, { text: 'three', unit: null }] },
  { text: 'Of those asked, 45 favored cuts; Section 3 states that Article 33 affirms it.', expect: [{ text: '45', unit: null }] },
  { text: 'One in five registered voters backed Uranium One in three separate deals.', expect: [{ text: 'One in five', value: 0.2 }, { text: 'three separate deals', unit: 'deals' }] },
]);

table('figures: amounts without a number', [
  { text: 'They raised millions of dollars.', expect: [{ text: 'millions of dollars', kind: 'money', value: null, unit: 'USD', approximate: true, qualifier: 'millions' }] },
  { text: 'Tens of thousands of people marched.', expect: [{ text: 'Tens of thousands of people', kind: 'quantity', value: null, unit: 'people', qualifier: 'tens of thousands' }] },
  { text: 'It took hundreds of years and dozens of attempts.', expect: [{ text: 'hundreds of years', kind: 'duration', unit: 'year' }, { text: 'dozens of attempts', unit: 'attempts' }] },
  { text: 'Thousands of Texans came; millions watched.', expect: [{ text: 'Thousands', kind: 'count', value: null, unit: null }, { text: 'millions', value: null }] },
  { text: 'Nearly thousands of votes were lost.', expect: [{ text: 'Nearly thousands of votes', unit: 'votes', qualifier: 'nearly' }] },
  { text: 'It paid thousands of $15-an-hour workers for hundreds of seconds-long clips.', expect: [{ text: 'thousands', unit: null }, { text: '$15-an-hour', unit: 'USD' }, { text: 'hundreds', unit: null }] },
  { text: 'The Millions played; tens of them left.', expect: [] },
  { text: 'They chose from a few thousand applicants and several hundred thousand voters.', expect: [{ text: 'a few thousand applicants', kind: 'quantity', value: null, unit: 'applicants', qualifier: 'a few thousand' }, { text: 'several hundred thousand voters', value: null }] },
  { text: 'It cost a couple of million dollars in towns of a few thousand.', expect: [{ text: 'a couple of million dollars', kind: 'money', value: null, unit: 'USD' }, { text: 'a few thousand', kind: 'count', value: null }] },
  { text: 'A few people came several times, and a couple said so.', expect: [] },
  { text: 'He made 3 millions, then two thousand.', expect: [{ text: '3 millions', value: 3e6 }, { text: 'two thousand', value: 2000 }] },
]);

table('figures: shares written as one in five', [
  { text: 'One in every five voters and two of every three donors agreed.', expect: [{ text: 'One in every five', kind: 'count', value: 0.2, unit: null }, { text: 'two of every three', value: 0.666666666666667 }] },
  { text: 'It has a 1-in-4 chance; one out of every ten left.', expect: [{ text: '1-in-4', value: 0.25 }, { text: 'one out of every ten', value: 0.1 }] },
  { text: 'Two of the three left, and 5 of 10 stayed.', expect: [{ text: 'Two' }, { text: 'three' }, { text: '5' }, { text: '10' }] },
  { text: 'Four in three weeks, and every one of them.', expect: [{ text: 'Four', value: 4 }, { text: 'three weeks', kind: 'duration' }] },
]);

table('figures: numbers inside names', [
  { text: 'She ran a 7-Eleven near the Catch-22 bar.', expect: [] },
  { text: 'A Boeing 747 met Air Force One; the S&P 500 and the Russell 2000 fell 2 percent.', expect: [{ text: '2 percent' }] },
  { text: 'Voters passed Proposition 8, Measure 97 and Title IX rules.', expect: [] },
  { text: 'The charity is a 501(c)(3) with a 401(k) plan and 501(c)4 arm; 20 (15%) left.', expect: [{ text: '20' }, { text: '15%' }] },
  { text: 'Marwick Wrote The 11 Words Nobody Forgot', expect: [{ text: '11', kind: 'count', value: 11 }] },
  { text: 'Fans of The 411 cheered, and Season 4 began.', expect: [] },
  { text: 'Tasker Answered 4 Words After Marwick Sent A 5-Word Rebuke With One Sharp Line', expect: [{ text: '4', value: 4 }, { text: '5', value: 5 }, { text: 'One', value: 1 }] },
  { text: 'The Ninth Circle opened as Boeing 777F jets and Channel 4 News met the Fab Four.', expect: [] },
  { text: 'Bids ran 7-11, or 7-10 votes.', expect: [{ text: '7-11', kind: 'range' }, { text: '7-10 votes', kind: 'range' }] },
]);

table('figures: in news copy, fifth review', [
  { text: 'Smith, 69, told reporters that Rep. Lee (R-Utah), 45, agreed.', expect: [{ text: '69', kind: 'duration', value: 69, unit: 'year' }, { text: '45', kind: 'duration', value: 45 }] },
  { text: 'In 2016, 45 voted; the fund, 40, grew; in Ohio, 45 percent agreed.', expect: [{ text: '45', kind: 'count' }, { text: '40', kind: 'count' }, { text: '45 percent' }] },
  { text: 'It was one in which he won, and a separate one Jones filed.', expect: [] },
  { text: 'The point is one nobody saw, not the one he wanted.', expect: [] },
  { text: 'He won one in Iowa and one in which state?', expect: [{ text: 'one', value: 1 }] },
  { text: 'He walked out to "Air Force One" past a 12" pipe.', expect: [{ text: '12"', unit: 'inch' }] },
  { text: 'She leads among voters 45 and older and children 5 or younger, not 500 or more.', expect: [{ text: '45 and older', kind: 'duration', value: 45, unit: 'year', qualifier: 'and older' }, { text: '5 or younger', unit: 'year' }, { text: '500 or more', kind: 'count', unit: null }] },
  { text: 'He handed over 15 pages, and over 15 people came.', expect: [{ text: '15 pages', approximate: false }, { text: 'over 15 people', qualifier: 'over' }] },
  { text: 'The levy was cut by €80 million over three years, or 2% over five years.', expect: [{ text: '€80 million', approximate: false }, { text: 'three years', approximate: false }, { text: '2%', approximate: false }, { text: 'five years', approximate: false }] },
  // "over" after a sanction or a dispute in its clause means "because of"
  { text: 'A treasurer was jailed for six years over £1.2m fraud.', expect: [{ text: 'six years', approximate: false }, { text: '£1.2m', approximate: false }] },
  { text: 'A row over 40 homes grew, and strikes over 5% pay offers spread.', expect: [{ text: '40 homes', approximate: false }, { text: '5%', approximate: false }] },
  // negative rows: a fine is measured by its amount; a sanction before a mark governs nothing after it
  { text: 'He was fined over £1m.', expect: [{ text: 'over £1m', approximate: true, qualifier: 'over' }] },
  { text: 'She was jailed, and over 40 people wrote in.', expect: [{ text: 'over 40 people', approximate: true, qualifier: 'over' }] },
  // negative row: "over" before a time with no amount before it bounds it
  { text: 'The hearing lasted over three hours.', expect: [{ text: 'over three hours', approximate: true, qualifier: 'over' }] },
  { text: 'The two-term president met a three-man board.', expect: [{ text: 'two-term', unit: 'terms' }, { text: 'three-man', unit: 'men' }] },
  { text: 'A 5.1-magnitude quake hit 30 miles away.', expect: [{ text: '5.1-magnitude', kind: 'quantity', value: 5.1, unit: 'magnitude' }, { text: '30 miles' }] },
  { text: 'The show airs on Radio Liberty 125 weekdays; he worked five weekdays and four nights.', expect: [{ text: 'five', unit: null }, { text: 'four nights', unit: 'nights' }] },
  { text: 'It contradicts 2013 comments by big-money 2016 players.', expect: [] },
  { text: 'He sent 2000 troops, over 1999 votes and 2,013 comments.', expect: [{ text: '2000 troops', value: 2000 }, { text: 'over 1999 votes', value: 1999 }, { text: '2,013 comments', value: 2013 }] },
  { text: 'They dub it a 3-2-1 plan after a 4-3-2 vote; 10-15 people came.', expect: [{ text: '10-15 people', kind: 'range' }] },
  { text: 'Exports climbed from $218 million in 2009 to $604 million, and from 27 percent in 2011 to 31 percent.', expect: [{ text: '$218 million' }, { text: '$604 million', value: 604e6 }, { text: '27 percent' }, { text: '31 percent' }] },
  { text: 'Between 1000 and 2000 tonnes, or 1500-2000 people.', expect: [{ text: 'Between 1000 and 2000 tonnes', kind: 'range' }, { text: '1500-2000 people', kind: 'range' }] },
  { text: 'They moved hundreds of pounds of drugs and thousands of euros.', expect: [{ text: 'hundreds of pounds', kind: 'quantity', unit: 'pound' }, { text: 'thousands of euros', kind: 'money', unit: 'EUR' }] },
]);

describe('figures: the sample article', () => {
  const text = readFileSync(join(__dirname, '../../../shared/samples/stoltenberg-2023-02-13.txt'), 'utf8');
  const rows: Expect[] = [
    { text: 'two-and-a-half years', kind: 'duration', value: 2.5, unit: 'year' },
    { text: 'many times higher', kind: 'multiplier', value: null, approximate: true },
    { text: 'eight consecutive years', kind: 'duration', value: 8, unit: 'year' },
  ];
  for (const row of rows) {
    it(`finds ${row.text}`, () => {
      const a = analyze(text);
      checkInvariants(a);
      const f = a.figures.find((x) => x.text === row.text);
      assert.ok(f, `${row.text} not found among ${a.figures.map((x) => x.text).join(', ')}`);
      assert.deepEqual(project([f], [row])[0], row);
    });
  }
  it('finds no figure in "February 14-15" or "one of the key subjects"', () => {
    const texts = runFigures(text).figures.map((f) => f.text);
    assert.ok(!texts.some((t) => /14|15|one/.test(t)), texts.join(', '));
  });
  it('numbers its figures f1, f2, ... in text order', () => {
    const ids = runFigures(text).figures.map((f) => f.id);
    assert.deepEqual(ids, ids.map((_, k) => `f${k + 1}`));
  });
});

describe('figures: any text', () => {
  // Pieces that exercise every reader: digits, signs, scales, units, currencies, words and dashes.
  const pieces = ['1', '20', '3.5', '1,000', '-', '–', '/', '%', '$', '€', 'US', '$', 'bn', 'million', 'km', 'C', '°',
    'one', 'twenty', 'and', 'a', 'half', 'third', 'times', 'between', 'to', 'more than', 'or more', 'May', 'of', ':', '.', '"', '(', ')', '^', 'x'];
  it('never throws, and every result keeps the invariants (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', '\n')), { maxLength: 30 }), (parts) => {
        const text = parts.map(([p, gap]) => p + gap).join('');
        const found = runFigures(text).figures;
        for (const f of found) assert.ok(f.value === null || Number.isFinite(f.value), `${f.text} has value ${f.value}`);
      }),
      { numRuns: 400 },
    );
  });
});

describe('figures: long texts, read a chunk at a time', () => {
  // The stream cuts near every 8,192 characters; each row puts its words across such a cut.
  const filler = (length: number) => `${'word '.repeat(Math.ceil(length / 5)).slice(0, length - 1)} `;
  const rows: ReadonlyArray<{ text: string; expect: readonly Expect[] }> = [
    { text: 'A total of 10 000 troops', expect: [{ text: '10 000 troops', value: 10000 }] },
    { text: '\ud83d\ude00 5 tonnes arrived', expect: [{ text: '5 tonnes', value: 5, unit: 'tonne' }] },
    { text: 'a lone \ud83d 5 tonnes', expect: [{ text: '5 tonnes', value: 5, unit: 'tonne' }] }, // the surrogate takes the space after it
    { text: 'met at 13:00-16:00 on February 14 for 40 tonnes', expect: [{ text: '40 tonnes', value: 40 }] },
    { text: 'between 20 and 30 per cent', expect: [{ text: 'between 20 and 30 per cent', kind: 'range' }] },
    { text: 'two hundred and five million', expect: [{ text: 'two hundred and five million', value: 205e6 }] },
    { text: 'none here at all', expect: [] },
  ];
  for (const row of rows) {
    for (const before of [8180, 8188, 8192, 8196]) {
      it(`${JSON.stringify(row.text)} after ${before} characters → ${row.expect.map((e) => e.text).join(' | ') || 'nothing'}`, () => {
        const text = `${filler(before)}${row.text} ${filler(20000)}`;
        const found = runFigures(text).figures.filter((f) => f.start >= before);
        assert.deepEqual(project(found, row.expect), row.expect);
        assert.deepEqual(found.map((f) => f.start - before), runFigures(row.text).figures.map((f) => f.start));
      });
    }
  }
});
