import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each nested quote as [text, speaker name or null]. */
function nested(text: string): [string, string | null][] {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => q.parentId).map((q) => [q.text, q.speaker?.name ?? null]);
}

describe('speakers of nested quotes', () => {
  const rows: { name: string; text: string; expect: [string, string | null][] }[] = [
    { name: 'a name and "told me" before the inner quote', text: `"Then Ken Hale told me, 'Nobody reads these reports.' So I wrote less," Ada Lee said.`, expect: [[`'Nobody reads these reports.'`, 'Ken Hale']] },
    { name: 'a name and "said" before the inner quote', text: `"At the meeting Dana Kell said, 'We are done here.' Then she left," Ada Lee said.`, expect: [[`'We are done here.'`, 'Dana Kell']] },
    // negative rows: a pronoun, or a cue in an earlier sentence of the quotation, names no inner speaker
    { name: 'a pronoun before the inner quote', text: `"Then he told me, 'Nobody reads these reports.' So I wrote less," Ada Lee said.`, expect: [[`'Nobody reads these reports.'`, null]] },
    { name: 'a cue in an earlier sentence of the quotation', text: `"Dana Kell spoke first. Later came 'We are done here, all of us.' Then she left," Ada Lee said.`, expect: [[`'We are done here, all of us.'`, null]] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(nested(row.text), row.expect));

  it('keeps the inner speaker out of the article’s subjects', () => {
    const a = analyze(`Ada Lee spoke at noon. "Then Ken Hale told me, 'Nobody reads these reports.' So I wrote less," she said. "It worked," she added.`);
    checkInvariants(a);
    assert.deepEqual(a.quotes.filter((q) => !q.parentId).map((q) => q.speaker?.name ?? null), ['Ada Lee', 'Ada Lee']);
  });
});
