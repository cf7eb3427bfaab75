import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { cuePattern, hasCue, nextCue } from '../../../src/core/extractors/claims/cuePattern';

/** What a plain scan of the same regex finds: the behaviour nextCue must keep. */
function plainScan(pattern: RegExp, text: string, from: number): [number, string] | null {
  const re = new RegExp(pattern.source, 'gi');
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? [m.index, m[0]] : null;
}

describe('nextCue', () => {
  const anchored = cuePattern(['need to', 'need', "won't", 'per cent']);
  const plain = cuePattern(['$5', 'need']); // a phrase opening off a word: scanned the plain way
  const rows: { pattern: RegExp; text: string; from: number; expect: [number, string] | null }[] = [
    { pattern: anchored, text: 'We NEED  to act.', from: 0, expect: [3, 'NEED  to'] },
    { pattern: anchored, text: 'We need it, we need to act.', from: 4, expect: [15, 'need to'] },
    { pattern: anchored, text: 'They won\u2019t go.', from: 0, expect: [5, 'won\u2019t'] },
    { pattern: anchored, text: 'Up 4 per  cent.', from: 0, expect: [5, 'per  cent'] },
    { pattern: anchored, text: 'Needs, needy, _need, \u2019need, can\'need.', from: 0, expect: null },
    { pattern: anchored, text: 'We need it.', from: 4, expect: null },
    { pattern: anchored, text: 'won the need', from: 0, expect: [8, 'need'] },
    { pattern: anchored, text: '', from: 0, expect: null },
    { pattern: plain, text: 'Pay $5 if you need.', from: 0, expect: [4, '$5'] },
    { pattern: plain, text: 'Pay $5 if you need.', from: 5, expect: [14, 'need'] },
  ];
  for (const row of rows) {
    it(`finds ${JSON.stringify(row.expect)} in ${JSON.stringify(row.text)} from ${row.from}`, () => {
      const m = nextCue(row.pattern, row.text, row.from);
      const got = m ? [m.index, m[0]] : null;
      assert.deepEqual(got, row.expect);
      assert.deepEqual(got, plainScan(row.pattern, row.text, row.from));
    });
  }
  it('finds what a plain scan finds, at every start, and says so', () => {
    // leading words shared by phrases that go on with different words, or with none
    const pattern = cuePattern(['the most', 'the least', 'in the coming months', 'in', 'as soon as', "won't", 'per cent']);
    const pieces = fc.constantFrom(' ', '  ', '\n', 'the', 'The', 'most', 'MOST', 'mostly', 'least', 'le', 'in', 'coming', 'months', 'as', 'soon', 'won', "'", '\u2019', 't', 'per', 'cent', 'x', '_', '.');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), fc.nat(), (parts, a) => {
      const text = parts.join('');
      const from = a % (text.length + 1);
      const m = nextCue(pattern, text, from);
      assert.deepEqual(m ? [m.index, m[0]] : null, plainScan(pattern, text, from));
      assert.equal(hasCue(pattern, text), plainScan(pattern, text, 0) !== null);
    }));
  });
});
