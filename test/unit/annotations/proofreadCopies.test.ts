import * as assert from 'node:assert/strict';
import { proofreadCopies } from '../../../src/core/annotations/proofreadCopies';

describe('proofreadCopies', () => {
  const rows: { name: string; text: string; exact: string; expect: string[] }[] = [
    { name: 'a typo fixed', text: 'He said: the ministry is late.', exact: 'the minstry is late', expect: ['the ministry is late'] },
    { name: 'case and spacing', text: 'THE MINISTRY  IS LATE, he said.', exact: 'the ministry is late', expect: ['THE MINISTRY  IS LATE'] },
    { name: 'the marks it opened and closed with', text: 'She said “we will wait”, then left.', exact: '"We will wait,"', expect: ['“we will wait”,'] },
    { name: 'two copies', text: 'Costs rose sharply. Then costs rose sharply.', exact: 'costs rose sharply', expect: ['Costs rose sharply', 'costs rose sharply'] },
    // negatives: another statement
    { name: 'a word replaced', text: 'Costs fell sharply in March.', exact: 'costs rose sharply in March', expect: [] },
    { name: 'a word added', text: 'Costs also rose sharply in March.', exact: 'costs rose sharply in March', expect: [] },
    { name: 'a number changed', text: 'Costs rose 12% in March.', exact: 'costs rose 13% in March', expect: [] },
    { name: 'a short word slipped', text: 'The ministry is late.', exact: 'teh ministry is late', expect: [] },
    { name: 'no words', text: 'Costs rose.', exact: '...', expect: [] },
  ];
  for (const row of rows) {
    it(`${row.expect.length ? 'finds' : 'finds nothing'}: ${row.name}`, () => {
      assert.deepEqual(proofreadCopies(row.text, row.exact).map((s) => row.text.slice(s.start, s.end)), row.expect);
    });
  }
});
