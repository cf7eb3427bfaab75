import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Elided words (`'em`, `rock 'n' roll`) keep their apostrophes from opening or closing a quote. */
describe('elidedMark: apostrophes of elided words in single-quoted speech', () => {
  const rows = [
    { name: 'curly ’n’ inside a curly quote', text: '‘It’s rock ’n’ roll for them,’ said Ann Coyle.', expect: ['‘It’s rock ’n’ roll for them,’'] },
    { name: 'straight \'n\' inside a straight quote', text: "'Fish 'n' chips for all,' she said.", expect: ["'Fish 'n' chips for all,'"] },
    { name: '’n’ between capitals', text: '‘We want R ’n’ R,’ she said.', expect: ['‘We want R ’n’ R,’'] },
    { name: 'hyphenated rock-\'n\'-roll', text: "'A rock-'n'-roll budget,' he said.", expect: ["'A rock-'n'-roll budget,'"] },
    { name: 'a straight \'em', text: "'We'll see 'em off,' he said.", expect: ["'We'll see 'em off,'"] },
    { name: 'a straight \'til', text: "'Not 'til Friday,' she said.", expect: ["'Not 'til Friday,'"] },
    { name: 'a left mark typed for the apostrophe of ‘em', text: '‘We’ll see ‘em off,’ he said.', expect: ['‘We’ll see ‘em off,’'] },
    // negative rows: quotes that only look elided
    { name: 'a word quoted as itself', text: "He blamed the 'cause' of it all.", expect: ["'cause'"] },
    { name: 'a quote opening on an elided word at the block start', text: "'Tis the season,' he said.", expect: ["'Tis the season,'"] },
    { name: 'a quote that starts with n after a space', text: "She said 'no' and 'never'.", expect: ["'no'", "'never'"] },
    { name: 'a word ending in n before a closer', text: "'We have won,' she said.", expect: ["'We have won,'"] },
    { name: 'a curly quote ending in a lone n', text: '‘Grade n’ is the label.', expect: ['‘Grade n’'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(
        a.quotes.filter((q) => !q.parentId).map((q) => q.text),
        row.expect,
      );
      assert.equal(a.quotes.some((q) => /^['‘’]n['’]$/.test(q.text)), false, 'no quote of a lone n');
    });
  }
});
