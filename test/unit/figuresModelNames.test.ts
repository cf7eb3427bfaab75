import { articleFigureTable as table } from './figureTable';

table('figures: a number inside a model\'s name counts nothing', [
  { text: 'The carrier flew a Brenning 818 Max over the bay.', expect: [] },
  { text: 'It ordered two Corvane 818 Max 9 aircraft.', expect: [{ text: 'two', value: 2 }] },
  { text: 'It ordered two Corvane 818 jets.', expect: [{ text: 'two', value: 2 }] },
  { text: 'It ordered 3 Corvane 818 jets.', expect: [{ text: '3', value: 3 }] },
  // negative rows: a party's seats, a name at a sentence's start, a year before a name, and a headline's title case
  { text: 'The Harbour Party took 326 seats, the Union Party 201 seats.', expect: [{ text: '326 seats', value: 326 }, { text: '201 seats', value: 201 }] },
  { text: 'Corvane 818 jets are loud.', expect: [{ text: '818 jets', value: 818 }] },
  { text: 'In 2019 Corvane 300 jobs went.', expect: [{ text: '300 jobs', value: 300 }] },
  { text: 'Voters saw 1,200 Tarrow 40 buses.', expect: [{ text: '1,200' }, { text: '40 buses', value: 40 }] },
  { text: 'Marwick Wrote The 11 Words', expect: [{ text: '11', value: 11 }] },
]);

table('figures: a list of names and numbers after a plural heading counts each', [
  { text: 'Seats: Harbour 326, Union 201, others 123.', expect: [{ text: '326', value: 326 }, { text: '201', value: 201 }, { text: '123', value: 123 }] },
  { text: 'Final votes: Harbour 326, Union 201 and Green Left 12.', expect: [{ text: '326' }, { text: '201' }, { text: '12' }] },
  // negative rows: a heading that names no plural, numbered parts, and no colon
  { text: 'Fleet: Corvane 818, Tarrow 320.', expect: [{ text: '818' }] },
  { text: 'Sources: Table 2, Figure 4.', expect: [] },
  { text: 'She flew a Corvane 818, then a Tarrow 320.', expect: [] },
]);

table('figures: a number after a name ending a clause whose verb and noun are left out counts', [
  { text: 'The Harbour Party won 326 seats and the Union 201.', expect: [{ text: '326 seats' }, { text: '201', kind: 'count', value: 201 }] },
  { text: 'Marwick won 52 votes and Haskins 40.', expect: [{ text: '52 votes' }, { text: '40', value: 40 }] },
  { text: 'Harbour took 326 seats, the Union 201 and the Greens 12.', expect: [{ text: '326 seats' }, { text: '201' }, { text: '12' }] },
  // negative rows: models, a pronoun's clause, and a name that goes on
  { text: 'She flew a Corvane 818 and a Tarrow 320.', expect: [] },
  { text: 'They sold 30 cars and the Corvane 3.', expect: [{ text: '30 cars' }] },
  { text: 'Harbour sold 30 cars and the Corvane 3 sold out.', expect: [{ text: '30 cars' }] },
]);
