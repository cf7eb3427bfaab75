import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each top-level quote as [text, kind, speaker name or null]. */
const quotesOf = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => !q.parentId).map((q) => [q.text, q.kind, q.speaker?.name ?? null]);
};

describe('a list of quoted terms is no one\'s speech', () => {
  const rows = [
    {
      name: 'terms after a verb that is no speech',
      text: 'Clerks searched the records for terms such as "levy," "berth," "dredging" and "fees."',
      expect: [['"levy,"', 'scare', null], ['"berth,"', 'scare', null], ['"dredging"', 'scare', null], ['"fees."', 'scare', null]],
    },
    {
      name: 'titles listed after a colon',
      text: 'Kell named his favourite shows: "Tidewater," "Salt Marsh" and "Harbour Lights."',
      expect: [['"Tidewater,"', 'scare', null], ['"Salt Marsh"', 'title', null], ['"Harbour Lights."', 'title', null]],
    },
    // negative rows: a verb of speech before the list or after it, and two quotes only, keep them speech
    {
      name: 'epithets a speaker used',
      text: 'Kell called it "a mess," "a waste" and "a disgrace."',
      expect: [['"a mess,"', 'speech', 'Kell'], ['"a waste"', 'speech', 'Kell'], ['"a disgrace."', 'speech', 'Kell']],
    },
    {
      name: 'a list a cue follows',
      text: 'The plan was "late," "costly" and "unfair," Kell said.',
      // the two before the last wait for their speaker, as any quote before another's cue does: speech all the same
      expect: [['"late,"', 'speech', null], ['"costly"', 'speech', null], ['"unfair,"', 'speech', 'Kell']],
    },
    {
      name: 'two terms only',
      text: 'Clerks searched the records for "levy" and "berth" on Monday.',
      expect: [['"levy"', 'speech', 'Clerks'], ['"berth"', 'speech', 'Clerks']],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(quotesOf(row.text), row.expect));
});
