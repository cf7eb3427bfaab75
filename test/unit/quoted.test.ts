import * as assert from 'node:assert/strict';
import { quoted } from '../../src/extension/quoted';

describe('quoted', () => {
  const rows = [
    { text: 'around 40%', expect: '“around 40%”' },
    { text: '"If services inflation keeps easi…', expect: '"If services inflation keeps easi…' },
    { text: '“We will act,”', expect: '“We will act,”' },
    { text: '‘too little’', expect: '‘too little’' },
    { text: 'said "no"', expect: '“said "no"”' }, // a mark inside is no opening mark
    { text: '', expect: '“”' },
  ];
  for (const row of rows) it(`sets ${JSON.stringify(row.text)} in quotes once`, () => assert.equal(quoted(row.text), row.expect));
});
