import * as assert from 'node:assert/strict';
import { exportItems, exportItemsWhere } from '../../src/core/export/exportItems';
import { ANALYSIS } from './hoverFixture';

describe('exportItemsWhere', () => {
  const all = exportItems(ANALYSIS);
  const rows = [
    { name: 'one item by kind and id', keep: (s: { id: string }, kind: string) => kind === 'figure' && s.id === 'f1' },
    { name: 'the items under an offset', keep: (s: { start: number; end: number }) => s.start <= 60 && 60 <= s.end },
    { name: 'every item', keep: () => true },
    { name: 'no item', keep: () => false },
    { name: 'an id no kind has', keep: (s: { id: string }) => s.id === 'x9' },
  ];
  for (const row of rows) {
    it(`is exportItems filtered: ${row.name}`, () => {
      assert.deepEqual(exportItemsWhere(ANALYSIS, row.keep), all.filter((i) => row.keep(i, i.kind)));
    });
  }
});
