import * as assert from 'node:assert/strict';
import type { Phrase } from '../../src/core/extractors/phraseWords';
import { roleSubject } from '../../src/core/extractors/roleSubject';
import { clauseSubjects } from '../../src/core/extractors/sentenceSubject';
import { words } from '../../src/core/extractors/words';

/** The role the first subject of a sentence describes someone by, as its words and whether it owns the subject; null for none. */
function roleOf(text: string): [string, boolean] | null {
  const ws = words(text, 0, text.length);
  const out: Phrase[] = [];
  clauseSubjects(ws, 0, ws.length - 1, out);
  const r = out.length > 0 ? roleSubject(ws, out[0]) : null;
  return r && [ws.slice(r.from, r.to + 1).map((w) => w.text).join(' '), r.owner];
}

describe('roleSubject', () => {
  const rows: ReadonlyArray<{ text: string; expect: [string, boolean] | null }> = [
    { text: 'The former governor is a triathlete.', expect: ['The former governor', false] },
    { text: 'The senator from Leeds voted no.', expect: ['The senator', false] },
    { text: 'The current nominee’s support for the plan is new.', expect: ['The current nominee’s', true] },
    // negative rows: no role for a head, a name, or another determiner
    { text: 'The plan is new.', expect: null },
    { text: 'The governor race is close.', expect: null },
    { text: 'The Kell campaign has been in the way.', expect: null },
    { text: 'A former governor is a triathlete.', expect: null },
  ];
  for (const row of rows) {
    it(`${row.expect ? `finds "${row.expect[0]}"` : 'finds none'} in "${row.text}"`, () => {
      assert.deepEqual(roleOf(row.text), row.expect);
    });
  }
});
