import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote's speaker, by the name of its entity, or null. */
const speakers = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => q.speaker?.name ?? null);
};

// The subject of a passive verb of telling ("was asked", "were told") heard the quoted words and spoke none.
describe('the one a question or order was put to', () => {
  const rows = [
    { name: 'was asked, with a comma', text: 'Tom Kell was asked, "Will you resign?"', expect: [null] },
    { name: 'was asked, with a colon', text: 'Tom Kell was asked: "Will you resign?"', expect: [null] },
    { name: 'were told', text: 'Dana Hale spoke. Her staff were told: "Stay home."', expect: [null] },
    { name: 'the answer after it is his', text: 'Tom Kell was asked, "Will you resign?" He said: "No."', expect: [null, 'Tom Kell'] },
    { name: 'the asker named after "by" speaks', text: 'Tom Kell was asked by Dana Hale, "Will you resign?"', expect: ['Dana Hale'] },
    { name: 'a later "he" is still the one asked', text: 'Tom Kell was asked by moderator Dan Hale whether the plan, which the board backs, was "a luxury." "It is not," he said.', expect: ['Dan Hale', 'Tom Kell'] },
    { name: 'an aside closed before the quote speaks none of it', text: 'Tom Kell was asked whether the plan, which the board backs, was "a luxury."', expect: [null] },
    // negative rows: the active verb's subject asks, and "was" before another verb changes nothing
    { name: 'an active "asked"', text: 'Tom Kell asked, "Who will resign?"', expect: ['Tom Kell'] },
    { name: 'an active "told" with its hearer', text: 'Tom Kell told reporters: "I will stay."', expect: ['Tom Kell'] },
    { name: '"was" before a reporting verb that is no telling', text: 'Tom Kell was quoted as saying: "I will stay."', expect: ['Tom Kell'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(speakers(r.text), r.expect));
});
