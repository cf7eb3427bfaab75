import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { concretePledge } from '../../../src/core/extractors/claims/concretePledge';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2025-06-02 Council pledges\n\n';

/** The texts of the claims kept at the default threshold. */
const kept = (body: string): string[] => {
  const a = analyze(DATELINE + body);
  checkInvariants(a);
  return a.claims.map((c) => c.text);
};

describe('claims: a first-person pledge of a checkable action is kept', () => {
  const rows = [
    { text: '"We will freeze parking charges," said Ilse Varga.', expect: ['We will freeze parking charges'] },
    { text: '"I\'ll scrap the levy on day one," said Ilse Varga.', expect: ['I\'ll scrap the levy on day one'] },
    { text: '"We are going to reopen the library," Ilse Varga said.', expect: ['We are going to reopen the library'] },
    // negatives: no action that leaves a trace, a pronoun object, no one binding themselves
    { text: '"We will do everything we can to help," said Ilse Varga.', expect: [] },
    { text: '"We will look at it again," said Ilse Varga.', expect: [] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(kept(row.text), row.expect));
});

describe('concretePledge', () => {
  const rows = [
    { text: 'We will freeze parking charges', expect: true },
    { text: 'I am committed to cutting waiting lists', expect: false },
    { text: 'We pledge to hire 200 nurses', expect: true },
    { text: 'We will not raise taxes on families', expect: true },
    { text: 'We will connect every home in the valley', expect: true },
    { text: 'We will cut it', expect: false },
    { text: 'We will open up the debate', expect: false },
    { text: 'The council will freeze charges', expect: false },
    { text: 'We will do everything we can', expect: false },
  ];
  for (const row of rows) it(row.text, () => assert.equal(concretePledge(row.text), row.expect));
});
