import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The entity named `name` as [type, roles], or null when there is none. */
const entity = (text: string, name: string) => {
  const a = analyze(text);
  checkInvariants(a);
  const e = a.entities.find((x) => x.name === name);
  return e ? [e.type, e.roles] : null;
};

/** Each top-level quote's speaker mention, or null. */
const speakers = (text: string) => analyze(text).quotes.filter((q) => !q.parentId).map((q) => q.speaker?.mention.text ?? null);

// The one a spokesperson or lawyer speaks for is someone of their own, though the quote is the spokesperson's.
describe('the one a title speaks for', () => {
  const rows = [
    { name: 'a person with her title', text: 'A spokesman for House Speaker Ann Ruiz said: "We will not comment."', who: 'Ann Ruiz', expect: ['person', ['House Speaker']] },
    { name: 'a company', text: 'A spokeswoman for Veltrix Holdings said: "The deal is done."', who: 'Veltrix Holdings', expect: ['organization', []] },
    { name: 'a person after a lawyer', text: 'A lawyer for Senator Pia Lund said: "She is innocent."', who: 'Pia Lund', expect: ['person', ['Senator']] },
    // negative rows: the description itself is still the speaker's entity, and a name speaking is kept as before
    { name: 'the description stays', text: 'A spokesman for House Speaker Ann Ruiz said: "We will not comment."', who: 'A spokesman for House Speaker Ann Ruiz', expect: ['person', []] },
    { name: 'a named speaker', text: 'Ann Ruiz said: "We will not comment."', who: 'Ann Ruiz', expect: ['person', []] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(entity(r.text, r.who), r.expect));

  it('the quote stays the spokesman’s', () => {
    assert.deepEqual(speakers('A spokesman for House Speaker Ann Ruiz said: "We will not comment."'), ['A spokesman for House Speaker Ann Ruiz']);
  });

  it('a reported claim stays the spokeswoman’s', () => {
    const a = analyze('Ann Ruiz spoke in Leeds. A spokeswoman for Ann Ruiz said that the plan had cost $5m more than planned.');
    assert.deepEqual(a.claims.map((c) => c.speaker?.name), ['A spokeswoman for Ann Ruiz']);
  });
});
