import { articleFigureTable as table } from './figureTable';

const article = (body: string): string => `date 2025-05-15 Counts\n\n${body}`;

table('figures: compounds of "children", "men" and "women" are counted nouns', [
  { text: article('She leaves five grandchildren.'), expect: [{ text: 'five grandchildren', kind: 'quantity', unit: 'grandchildren' }] },
  { text: article('Two gunmen fled the scene.'), expect: [{ text: 'Two gunmen', kind: 'quantity', unit: 'gunmen' }] },
  // negative row: a singular in "-men" is no plural
  { text: article('Four specimen jars broke.'), expect: [{ text: 'Four', kind: 'count' }] },
]);
