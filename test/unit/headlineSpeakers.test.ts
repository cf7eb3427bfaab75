import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The headline's quotes as [text, kind, speaker name or null, method or null]. */
const headlineQuotes = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.filter((q) => q.start < a.article.bodyStart).map((q) => [q.text, q.kind, q.speaker?.name ?? null, q.speaker?.method ?? null]);
};

describe('quotes in the headline', () => {
  const rows: { name: string; text: string; expect: unknown[][] }[] = [
    {
      name: 'a name and a colon label the quote',
      text: 'date 2026-03-02 Varga: "We will not cut the routes"\n\nMayor Elena Varga spoke at the depot on Monday.',
      expect: [['"We will not cut the routes"', 'speech', 'Elena Varga', 'headline']],
    },
    {
      name: 'a quote the body reports goes to its speaker',
      text: "date 2026-03-02 Mayor vows 'no cuts' to buses\n\nMayor Elena Varga said there would be \"no cuts to the bus routes this year\".",
      expect: [["'no cuts'", 'speech', 'Elena Varga', 'headline']],
    },
    // negative rows: a term the body never quotes stays unattributed; a label naming no one in the body names no one, nor does a heading
    {
      name: 'a scare quote the body never reports',
      text: 'date 2026-03-02 Council calls budget a "fudge"\n\nThe council met on Monday.',
      expect: [['"fudge"', 'scare', null, null]],
    },
    {
      name: 'a role label with no person named',
      text: "date 2026-03-02 Fire chief: 'Leave now'\n\nResidents were told to go.",
      expect: [["'Leave now'", 'speech', null, null]],
    },
    {
      name: 'a heading label is no speaker',
      text: "date 2026-03-02 Analysis: the 'fair deal' for renters\n\nRents rose again.",
      expect: [["'fair deal'", 'scare', null, null]],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(headlineQuotes(row.text), row.expect));
});
