import { articleFigureTable as table } from './figureTable';

const article = (body: string): string => `date 2025-05-15 Counts\n\n${body}`;

table('figures: compounds of "children", "men" and "women" are counted nouns', [
  { text: article('She leaves five grandchildren.'), expect: [{ text: 'five grandchildren', kind: 'quantity', unit: 'grandchildren' }] },
  { text: article('Two gunmen fled the scene.'), expect: [{ text: 'Two gunmen', kind: 'quantity', unit: 'gunmen' }] },
  // negative row: a singular in "-men" is no plural
  { text: article('Four specimen jars broke.'), expect: [{ text: 'Four', kind: 'count' }] },
]);

table('figures: "fewer" and "further" between a number and its noun keep the noun', [
  { text: article('The operator will run 140 fewer weekday trains.'), expect: [{ text: '140 fewer weekday trains', kind: 'quantity', unit: 'trains' }] },
  { text: article('About two million fewer riders used the buses.'), expect: [{ text: 'About two million fewer riders', kind: 'quantity', unit: 'riders' }] },
  // negative rows: "fewer" with no noun after it counts nothing
  { text: article('There were 20 fewer in May.'), expect: [{ text: '20', kind: 'count', unit: null }] },
]);
