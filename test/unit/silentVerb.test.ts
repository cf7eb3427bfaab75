import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [speaker name, cue text] (nulls when missing). */
const speakers = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.speaker?.name ?? null, q.speaker?.cue?.text ?? null]);
};

// A sentence before a quote names who speaks next; a verb of silence there is no cue of the words.
describe('a verb of silence before a quote', () => {
  const rows = [
    { name: 'paused', text: 'Dana Kell took questions. Asked whether anyone would resign, she paused. "That is not my decision."', expect: [['Dana Kell', null]] },
    { name: 'hesitated', text: 'Tom Hale sat down. He hesitated. "We will see."', expect: [['Tom Hale', null]] },
    // negative rows: a verb of speech or a gesture before the quote stays its cue
    { name: 'a verb of speech', text: 'Tom Hale sat down. He answered. "We will see."', expect: [['Tom Hale', 'answered']] },
    { name: 'a gesture', text: 'Dana Kell stood up. "We have waited long enough."', expect: [['Dana Kell', 'stood']] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(speakers(r.text), r.expect));
});
