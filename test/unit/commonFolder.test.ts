import * as assert from 'node:assert/strict';
import { commonFolder } from '../../src/cli/commonFolder';

describe('commonFolder', () => {
  const rows = [
    { folders: ['/a/yrs/2023', '/a/yrs/2024'], expect: '/a/yrs' },
    { folders: ['/a/yrs'], expect: '/a/yrs' },
    { folders: ['/a/yrs', '/a/yrs/2024/q1'], expect: '/a/yrs' },
    { folders: ['/a/yrs/2024/q1', '/a/yrs'], expect: '/a/yrs' },
    { folders: ['/a/yrs', '/a/yrs2'], expect: '/a' }, // whole components, not a string prefix
    { folders: ['/a/b', '/c/d'], expect: '/' },
    { folders: ['/', '/c/d'], expect: '/' },
    { folders: [], expect: null },
  ];
  for (const row of rows) it(`${JSON.stringify(row.folders)} → ${row.expect}`, () => assert.equal(commonFolder(row.folders), row.expect));
});
