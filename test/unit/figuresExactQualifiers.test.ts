import { articleFigureTable as table } from './figureTable';

// "just 0.6%" stresses how small the share is; the word is kept, and the figure stays exact.
table('figures: a qualifier that stresses an exact number is kept, approximate false', [
  { text: 'Growth was just 0.6% in the quarter.', expect: [{ text: 'just 0.6%', kind: 'percent', value: 0.6, approximate: false, qualifier: 'just' }] },
  { text: 'The depot has only 12 drivers left.', expect: [{ text: 'only 12 drivers', value: 12, approximate: false, qualifier: 'only' }] },
  { text: 'The fine was a mere £40.', expect: [{ text: 'a mere £40', kind: 'money', value: 40, unit: 'GBP', approximate: false, qualifier: 'a mere' }] },
  { text: 'Merely 3% of claims were paid.', expect: [{ text: 'Merely 3%', value: 3, approximate: false, qualifier: 'merely' }] },
  { text: 'Exactly 250 homes were built.', expect: [{ text: 'Exactly 250 homes', approximate: false, qualifier: 'exactly' }] },
  // Hedges stay approximate; no qualifier where none is written.
  { text: 'Just over 40% agreed.', expect: [{ text: 'Just over 40%', approximate: true, qualifier: 'just over' }] },
  { text: 'About 40 staff left.', expect: [{ text: 'About 40 staff', approximate: true, qualifier: 'about' }] },
  { text: 'Only the mayor and 12 staff stayed.', expect: [{ text: '12 staff', approximate: false }] },
  { text: 'A mere handful came.', expect: [] },
]);
