import { articleFigureTable as table } from './figureTable';

table('figures: adjectives between a number and its plural keep the unit', [
  { text: 'The borough will build 250 new social homes.', expect: [{ text: '250 new social homes', kind: 'quantity', value: 250, unit: 'homes' }] },
  { text: 'The fleet adds 40 fully electric buses.', expect: [{ text: '40 fully electric buses', unit: 'buses' }] },
  { text: 'The depot ordered 18 electric buses.', expect: [{ text: '18 electric buses', unit: 'buses' }] },
  { text: 'The trust hired 90 newly qualified nurses.', expect: [{ text: '90 newly qualified nurses', unit: 'nurses' }] },
  { text: 'Some 300 low-income families applied.', expect: [{ text: 'Some 300 low-income families', unit: 'families' }] },
  { text: 'The estate has 152 single-family homes.', expect: [{ text: '152 single-family homes', unit: 'homes' }] },
  { text: 'The plan lists 75 new council flats.', expect: [{ text: '75 new council flats', unit: 'flats' }] },
  { text: 'Ministers promised 1,200 extra traffic police officers.', expect: [{ text: '1,200 extra traffic police officers', unit: 'officers' }] },
  // a noun naming which people, with no adjective before it
  { text: 'The agency employs 3,000 care workers.', expect: [{ text: '3,000 care workers', kind: 'quantity', value: 3000, unit: 'workers' }] },
  { text: 'Leaders must share 160,000 asylum seekers.', expect: [{ text: '160,000 asylum seekers', unit: 'seekers' }] },
  // A verb after the number, or words that modify nothing, end the figure at the number.
  { text: 'Of the staff, 12 want organisers.', expect: [{ text: '12', kind: 'count', unit: null }] },
  { text: 'Of the rest, about 40 receive benefits.', expect: [{ text: 'about 40', kind: 'count', unit: null }] },
  { text: 'Of the panel, 12 want changes.', expect: [{ text: '12', kind: 'count', unit: null }] },
  { text: 'Of those, 12 also own homes.', expect: [{ text: '12', unit: null }] },
  { text: 'In all 30 quickly left towns.', expect: [{ text: '30', unit: null }] },
]);

table('figures: a verb after the number is no unit', [
  { text: 'Forty billion sounds like a lot, the treasurer said.', expect: [{ text: 'Forty billion', kind: 'count', value: 40e9, unit: null }] },
  { text: 'Nine million sounds a lot to some.', expect: [{ text: 'Nine million', unit: null }] },
  { text: 'A loss at 14 drives her, a friend said. Losing at 12 drives him still.', expect: [{ text: '14 drives', unit: 'drives' }, { text: '12', unit: null }] },
  { text: 'The app plays 40 sounds a minute.', expect: [{ text: '40 sounds a minute', unit: 'sounds' }] },
  { text: 'The band recorded 12 sounds.', expect: [{ text: '12 sounds', unit: 'sounds' }] },
]);

// Guards for the reading above: a singular in "-sis" ends no chain of modifiers; plurals in "-is" still count.
table('figures: "-sis" ends a singular, never the counted plural', [
  { text: 'Markets fell in the 2007-09 financial crisis.', expect: [] },
  { text: 'The charity ran 80,000 taxis and 12 jihadis fled.', expect: [{ text: '80,000 taxis', unit: 'taxis' }, { text: '12 jihadis', unit: 'jihadis' }] },
]);

table('figures: "went down" before a dashed score is a defeat, two counts', [
  { text: 'The measure went down 4-7 in committee.', expect: [{ text: '4', kind: 'count', value: 4 }, { text: '7', kind: 'count', value: 7 }] },
  { text: 'The visitors go down 1-3 at home.', expect: [{ text: '1', value: 1 }, { text: '3', value: 3 }] },
  { text: 'The amendment went down 5 to 8.', expect: [{ text: '5', value: 5 }, { text: '8', value: 8 }] },
  { text: 'Rents went down 4-7% last year.', expect: [{ text: '4-7%', kind: 'range', range: { from: 4, to: 7 } }] },
  { text: 'Bookings went down 20-30 units a week.', expect: [{ text: '20-30 units a week', kind: 'range' }] },
  { text: 'She shut down 4-7 sites.', expect: [{ text: '4-7 sites', kind: 'range' }] },
]);

table('figures: "last month" after a number is a date, not its unit', [
  { text: 'The council voted 31 to 9 last month.', expect: [{ text: '31', kind: 'count', value: 31 }, { text: '9', kind: 'count', value: 9 }] },
  { text: 'Arrivals rose to 85, up from 60 last year.', expect: [{ text: '85', value: 85 }, { text: '60', value: 60, unit: null }] },
  { text: 'It was her 3 last months in office.', expect: [{ text: '3 last months', kind: 'duration', unit: 'month' }] },
  { text: 'They worked three consecutive years.', expect: [{ text: 'three consecutive years', kind: 'duration', unit: 'year' }] },
]);

table('figures: "each" or "every" before a period makes a rate, as "a" does', [
  { text: 'The unit runs 60,000 scans each year.', expect: [{ text: '60,000 scans each year', unit: 'scans' }] },
  { text: 'The levy raises £3m every year.', expect: [{ text: '£3m every year', kind: 'money', value: 3e6 }] },
  { text: 'The unit runs 60,000 scans a year.', expect: [{ text: '60,000 scans a year', unit: 'scans' }] },
  { text: 'Donors gave £40 each to the appeal.', expect: [{ text: '£40', kind: 'money' }] },
  { text: 'Every year 500 pupils apply.', expect: [{ text: '500 pupils', unit: 'pupils' }] },
]);

table('figures: concentrations in the air', [
  { text: 'Levels averaged 46 micrograms per cubic metre last year.', expect: [{ text: '46 micrograms per cubic metre', kind: 'quantity', value: 46, unit: 'microgram per cubic metre' }] },
  { text: 'Readings reached 112µg/m³ on the worst day.', expect: [{ text: '112µg/m³', unit: 'microgram per cubic metre' }] },
  { text: 'The town averaged 11.2 μg/m3.', expect: [{ text: '11.2 μg/m3', unit: 'microgram per cubic metre' }] },
  // negative rows: a mass alone stays a mass; a particle size in a name is no figure
  { text: 'The dose was 5µg.', expect: [{ text: '5µg', unit: 'microgram' }] },
  { text: 'PM2.5 fell sharply.', expect: [] },
]);
