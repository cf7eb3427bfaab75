import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The speaker name of each claim, null when it has none. */
function claimSpeakers(text: string): (string | null)[] {
  const a = analyze(`date 2025-06-12 Ruling\n\n${text}`);
  checkInvariants(a);
  return a.claims.map((c) => c.speaker?.name ?? null);
}

// A subject set off by an aside, or a body named with its country, speaks for the clause after the verb:
// the last person quoted does not (the short quote itself is no claim).
describe('claims: a described subject is the speaker', () => {
  const rows = [
    { name: 'a group described again', text: '"We are reviewing it," said Ana Kell, the county attorney. The tenants, a group led by Tom Hale, said they had waited three years for the ruling.', expect: ['the tenants'] },
    { name: 'a government and its country', text: 'The government of Varland said on Friday it would raise tariffs on steel to 25% from 10%.', expect: ['the government of Varland'] },
    // negative rows: a description with no aside, and a pronoun, still resolve as before
    { name: 'a group with no aside', text: '"We are reviewing it," said Ana Kell, the county attorney. The tenants said they had waited three years for the ruling.', expect: ['the tenants'] },
    { name: 'a pronoun after the quote', text: '"We are reviewing it," said Ana Kell, the county attorney. She said they had waited three years for the ruling.', expect: ['Ana Kell'] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(claimSpeakers(row.text), row.expect));
  }
});
