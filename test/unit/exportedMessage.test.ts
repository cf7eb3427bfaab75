import * as assert from 'node:assert/strict';
import { exportedMessage } from '../../src/extension/commands/exportedMessage';

describe('exportedMessage: every single export says where it went', () => {
  const rows: { what: string; target: string; unsaved: string | null; expect: RegExp }[] = [
    { what: 'the analysis', target: 'a.analysis.json', unsaved: null, expect: /^Policy Lens: exported the analysis to a\.analysis\.json\.$/ },
    { what: '3 claims', target: 'a.claims.json', unsaved: null, expect: /^Policy Lens: exported 3 claims to a\.claims\.json\.$/ },
    { what: 'the brat standoff', target: 'a.ann', unsaved: 'a.txt', expect: /^Policy Lens: exported the brat standoff to a\.ann, from the unsaved text of a\.txt: .*not of the file on disk\.$/ },
  ];
  for (const row of rows) it(`${row.what}${row.unsaved ? ' (unsaved)' : ''}`, () => assert.match(exportedMessage(row.what, row.target, row.unsaved), row.expect));
  // negative: a saved export never claims to be unsaved
  it('a saved export says nothing of unsaved text', () => assert.doesNotMatch(exportedMessage('x', 'y', null), /unsaved/));
});
