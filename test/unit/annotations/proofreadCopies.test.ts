import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { sameWording } from '../../../src/core/annotations/sameWording';
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

describe('proofreadCopies reads only the places of key words, and misses no copy', () => {
  const WORDS = /[\p{L}\p{N}]+/gu;
  /** Every run of as many words as `exact` has, with its edge marks, that sameWording accepts: the slow way. */
  const everyCopy = (text: string, exact: string) => {
    const words = [...text.matchAll(WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const k = exact.match(WORDS)?.length ?? 0;
    const starts: string[] = [];
    for (let i = 0; k && i + k <= words.length; i++) starts.push(text.slice(words[i].start, words[i + k - 1].end));
    return starts;
  };
  const word = fc.constantFrom('the', 'Ministry', 'minstry', 'ministry', 'minisrty', 'miinistry', 'departments', 'deaprtments', 'departmnts', 'said', 'costs', 'rose', 'ROSE', '40', '"', ',', '\n\n', 'sharply', 'shraply');
  it('finds the same copies as reading every word (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 80 }), fc.nat(), fc.integer({ min: 1, max: 6 }), (list, at, n) => {
        const text = list.join(' ');
        const from = at % list.length;
        const exact = list.slice(from, from + n).join(' ');
        const found = proofreadCopies(text, exact).map((s) => text.slice(s.start, s.end).match(WORDS)?.join(' '));
        const slow = exact.length < 1 ? [] : everyCopy(text, exact).filter((c) => sameWording(exact, c)).map((c) => c.match(WORDS)?.join(' '));
        assert.deepEqual(found, slow);
      }),
      { numRuns: 1000 },
    );
  });
});
