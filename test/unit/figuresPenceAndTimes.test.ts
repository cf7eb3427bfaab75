import { analyze } from '../../src/core';
import type { Figure } from '../../src/core/model';
import { figureTable, type FigureRow } from './figureTable';
import { checkInvariants } from './invariants';

/** Every figure of the whole analysis: the dates stage has dropped those inside dates. */
function figuresOf(text: string): readonly Figure[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.figures;
}

const table = (title: string, rows: readonly FigureRow[]): void => figureTable(title, rows, figuresOf);

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
