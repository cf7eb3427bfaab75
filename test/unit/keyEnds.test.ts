import * as assert from 'node:assert/strict';
import { endsInEd, endsInIng, endsInLy, endsInS } from '../../src/core/extractors/keyEnds';

describe('keyEnds', () => {
  // Each test must agree with String.prototype.endsWith on the same key, short keys and empty ones included.
  const tests = [
    { name: 'endsInS', test: endsInS, suffix: 's' },
    { name: 'endsInEd', test: endsInEd, suffix: 'ed' },
    { name: 'endsInLy', test: endsInLy, suffix: 'ly' },
    { name: 'endsInIng', test: endsInIng, suffix: 'ing' },
  ];
  const rows = [
    { key: 'cites', expect: ['s'] },
    { key: 'knocked', expect: ['ed'] },
    { key: 'flatly', expect: ['ly'] },
    { key: 'adding', expect: ['ing'] },
    { key: 'ing', expect: ['ing'] },
    { key: 'ed', expect: ['ed'] },
    { key: 's', expect: ['s'] },
    { key: 'd', expect: [] },
    { key: 'ng', expect: [] },
    { key: 'y', expect: [] },
    { key: '', expect: [] },
    { key: 'said', expect: [] },
    { key: 'status’', expect: [] },
    { key: 'sing.', expect: [] },
  ];
  for (const row of rows) {
    it(`reads the ending of "${row.key}"`, () => {
      for (const t of tests) {
        assert.equal(t.test(row.key), row.expect.includes(t.suffix), `${t.name}("${row.key}")`);
        assert.equal(t.test(row.key), row.key.endsWith(t.suffix), `${t.name}("${row.key}") as endsWith`);
      }
    });
  }
});
