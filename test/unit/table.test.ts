import * as assert from 'node:assert/strict';
import { formatTable } from '../../scripts/table';

describe('formatTable', () => {
  const rows = [
    { name: 'pads columns to the widest cell', headers: ['task', 'n'], rows: [['quotes', '924']], align: ['left', 'right'] as const,
      expect: 'task      n\n------  ---\nquotes  924\n' },
    { name: 'right-aligns numbers', headers: ['v'], rows: [['1.5'], ['10.25']], align: ['right'] as const,
      expect: '    v\n-----\n  1.5\n10.25\n' },
    { name: 'prints the header alone without rows', headers: ['a', 'b'], rows: [], align: [] as const, expect: 'a  b\n-  -\n' },
    { name: 'trims trailing space of a short last cell', headers: ['a', 'bb'], rows: [['x', '']], align: [] as const, expect: 'a  bb\n-  --\nx\n' },
  ];
  for (const row of rows) it(row.name, () => assert.equal(formatTable(row.headers, row.rows, row.align), row.expect));
});
