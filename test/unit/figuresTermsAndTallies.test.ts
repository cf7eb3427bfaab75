import { analyze } from '../../src/core';
import type { Figure } from '../../src/core/model';
import { figureTable, type FigureRow } from './figureTable';
import { checkInvariants } from './invariants';

/** Every figure of the whole analysis, checked against the invariants. */
function figuresOf(text: string): readonly Figure[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.figures;
}

const table = (title: string, rows: readonly FigureRow[]): void => figureTable(title, rows, figuresOf);

table('figures: a bill prefix makes the number a name', [
  { text: 'The upper chamber approved S. 2214 on Monday.', expect: [] },
  { text: 'Its companion, H.R. 4471, cleared a panel.', expect: [] },
  { text: 'The governor signed HB 1234 and SB 5.', expect: [] },
  { text: 'Delegates revived H.J.Res. 7 and S.B. 8 in May.', expect: [] },
  { text: 'Lawmakers wrote AB 5 last year.', expect: [] },
  { text: 'The plan drew 5 votes and H.R. 3 stalled.', expect: [{ text: '5 votes', value: 5 }] },
  { text: 'In the U.S. 2,000 people died.', expect: [{ text: '2,000 people', value: 2000 }] },
  { text: 'They backed Plan S. 25 countries signed.', expect: [{ text: '25 countries', value: 25 }] },
]);

table('figures: "net zero" names a target', [
  { text: 'The region wants to reach net zero by mid-century.', expect: [] },
  { text: 'It pledged net zero emissions within decades.', expect: [] },
  { text: 'Net zero carbon remains the goal.', expect: [] },
  { text: 'Net migration was zero.', expect: [{ text: 'zero', value: 0 }] },
  { text: 'The ward saw zero deaths.', expect: [{ text: 'zero deaths', value: 0, unit: 'deaths' }] },
]);
