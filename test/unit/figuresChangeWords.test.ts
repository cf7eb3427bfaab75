import { articleFigureTable as table } from './figureTable';

// A verb that multiplies a level is a multiplier, as "twice" is: a fact-checker checks "doubled" as "twice as high".
table('figures: a verb that doubles, triples or halves a level is a multiplier', [
  { text: 'Ward closures doubled last winter.', expect: [{ text: 'doubled', kind: 'multiplier', value: 2, unit: null, approximate: false }] },
  { text: 'Permit fees have more than tripled since the review.', expect: [{ text: 'more than tripled', kind: 'multiplier', value: 3, approximate: true, qualifier: 'more than' }] },
  { text: 'The grant was halved in the spring.', expect: [{ text: 'halved', kind: 'multiplier', value: 0.5 }] },
  { text: 'Bus fares trebled and parking quadrupled.', expect: [{ text: 'trebled', value: 3 }, { text: 'quadrupled', value: 4 }] },
  { text: 'The board proposed a halving of the levy.', expect: [{ text: 'halving', kind: 'multiplier', value: 0.5 }] },
  { text: 'The trust pledged to double funding for hospices.', expect: [{ text: 'double', kind: 'multiplier', value: 2 }] },
  { text: 'Waiting lists could nearly triple by spring.', expect: [{ text: 'nearly triple', value: 3, approximate: true, qualifier: 'nearly' }] },
  { text: 'Rents now stand at double the rate of the suburbs.', expect: [{ text: 'double', kind: 'multiplier', value: 2 }] },
  { text: 'Sign-ups doubled as prices fell.', expect: [{ text: 'doubled', value: 2 }] },
  { text: 'Admissions fell by half after the merger.', expect: [{ text: 'by half', kind: 'multiplier', value: 0.5 }] },
  { text: 'The clinic cut its backlog in half.', expect: [{ text: 'in half', kind: 'multiplier', value: 0.5 }] },
  { text: 'Councils slashed the number of wardens by almost half.', expect: [{ text: 'by almost half', value: 0.5, approximate: true, qualifier: 'almost' }] },
  { text: 'Queues were cut nearly in half.', expect: [{ text: 'nearly in half', value: 0.5, approximate: true, qualifier: 'nearly' }] },
  { text: 'The permit fee doubles to £20 in April.', expect: [{ text: 'doubles', kind: 'multiplier', value: 2 }, { text: '£20' }] },
  { text: 'The scheme halves the waiting time.', expect: [{ text: 'halves', kind: 'multiplier', value: 0.5 }] },
  { text: 'She won the mixed doubles in May.', expect: [] },
  { text: 'He plays doubles in summer.', expect: [] },
  // Idioms and adjectives that only look like the verb.
  { text: 'The mayor doubled down on the plan.', expect: [] },
  { text: 'The gym doubled as a vaccination centre.', expect: [] },
  { text: 'Please double-check every entry.', expect: [] },
  { text: 'It was a double blow for the union.', expect: [] },
  { text: 'Pensions keep the triple lock.', expect: [] },
  { text: 'Support rose to double digits in May.', expect: [] },
  { text: 'Talk about double standards.', expect: [] },
  // "by half" after growth adds a half; before "a point" it is a fraction of the unit; a split is no change of level.
  { text: 'Output rose by half.', expect: [] },
  { text: 'Rates fell by half a point.', expect: [{ text: 'half a point', value: 0.5 }] },
  { text: 'The committee split in half over the vote.', expect: [] },
]);
