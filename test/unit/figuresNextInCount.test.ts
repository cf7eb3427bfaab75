import { articleFigureTable as table } from './figureTable';

const article = (body: string): string => `date 2025-05-15 Counts\n\n${body}`;

table('figures: "a third" after a count of two is the third counted, not a share', [
  { text: article('Two centres have opened. A third would open next year.'), expect: [{ text: 'Two centres' }, { text: 'A third', kind: 'ordinal', value: 3 }] },
  { text: article('Two men were arrested and a third was questioned.'), expect: [{ text: 'Two men' }, { text: 'a third', kind: 'ordinal', value: 3 }] },
  { text: article('Three schools closed; a fourth is at risk.'), expect: [{ text: 'Three schools' }, { text: 'a fourth', kind: 'ordinal', value: 4 }] },
  // negative rows: a share of a group, a share after other shares, a count that does not lead to it
  { text: article('Two centres have opened. A third of voters backed them.'), expect: [{ text: 'Two centres' }, { text: 'A third', kind: 'count' }] },
  { text: article('Two-thirds agreed; a third did not.'), expect: [{ text: 'Two-thirds', kind: 'count' }, { text: 'a third', kind: 'count' }] },
  { text: article('Half said yes and a third said no.'), expect: [{ text: 'Half', kind: 'count' }, { text: 'a third', kind: 'count' }] },
  { text: article('Five wards were polled. A third said no.'), expect: [{ text: 'Five wards' }, { text: 'A third', kind: 'count' }] },
  { text: article('The trust opened two theatres. "We have cut waits by a third," she said.'), expect: [{ text: 'two theatres' }, { text: 'a third', kind: 'count' }] },
  { text: article('Two centres have opened, and costs are a third lower.'), expect: [{ text: 'Two centres' }, { text: 'a third', kind: 'count' }] },
]);
