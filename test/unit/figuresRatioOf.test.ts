import { articleFigureTable as table } from './figureTable';

const article = (body: string): string => `date 2025-05-15 Votes and odds\n\n${body}`;

table('figures: "three to one" after a ratio\'s word is one multiplier', [
  { text: article('Men outnumbered women by a ratio of three to one.'), expect: [{ text: 'three to one', kind: 'multiplier', value: 3 }] },
  { text: article('The odds were 3 to 1.'), expect: [{ text: '3 to 1', kind: 'multiplier', value: 3 }] },
  { text: article('Older voters outnumber younger ones two to one.'), expect: [{ text: 'two to one', kind: 'multiplier', value: 2 }] },
  // negative rows: a change and a tally are two counts
  { text: article('They cut the lanes from three to one.'), expect: [{ text: 'three', kind: 'count' }, { text: 'one', kind: 'count' }] },
  { text: article('The board voted three to one.'), expect: [{ text: 'three', kind: 'count' }, { text: 'one', kind: 'count' }] },
  { text: article('The ratio fell. The board voted three to one.'), expect: [{ text: 'three', kind: 'count' }, { text: 'one', kind: 'count' }] },
]);
