import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';

/** Each candidate's text and speaker, whatever its score. */
const claims = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} | ${c.speaker?.name ?? ''}`);
};

describe('claims: a body that found, ruled or concluded that … is the source of the clause', () => {
  const rows = [
    { text: 'The three-member panel found that the sample had been left unrefrigerated.', expect: ['the sample had been left unrefrigerated. | The three-member panel'] },
    { text: 'The Harbour Court ruled that the levy was unlawful.', expect: ['the levy was unlawful. | Harbour Court'] },
    { text: 'Inspectors concluded that he had misled the board.', expect: ['he had misled the board. | Inspectors'] },
    { text: 'The tribunal finds that Ann Lee was dismissed unfairly.', expect: ['Ann Lee was dismissed unfairly. | The tribunal'] },
    // a document opening the sentence keeps its reading, however long its description
    {
      text: 'A Harbour Board safety report published in March found that the berths were too short.',
      expect: ['the berths were too short. | A Harbour Board safety report'],
    },
    // an amount or a bound before it opens the clause's subject
    { text: 'The watchdog found that only 212,000 homes had a connection.', expect: ['only 212,000 homes had a connection. | The watchdog'] },
    { text: 'The panel found that £4.2m had been lost.', expect: ['£4.2m had been lost. | The panel'] },
    { text: 'Inspectors concluded that 40% of the berths were unsafe.', expect: ['40% of the berths were unsafe. | Inspectors'] },
    // negative: an amount with no verb after it is the object of "found that"
    { text: 'A judge found that 40 unconstitutional in 2019.', expect: ['A judge found that 40 unconstitutional in 2019. | '] },
    // negatives: "that" as a determiner, a noun and its relative, a subordinate clause, a shared subject
    { text: 'A judge found that action unconstitutional in 2019.', expect: ['A judge found that action unconstitutional in 2019. | '] },
    { text: 'Not everyone finds that pitch compelling at the harbour.', expect: ['Not everyone finds that pitch compelling at the harbour. | '] },
    { text: 'The new rules that could lead to higher fees were passed.', expect: ['The new rules that could lead to higher fees were passed. | '] },
    { text: 'Harbour rules that govern the berths were changed.', expect: ['Harbour rules that govern the berths were changed. | '] },
    {
      text: 'The levy stayed in force even after a judge ruled that the fee was unlawful.',
      expect: ['The levy stayed in force even after a judge ruled that the fee was unlawful. | '],
    },
    { text: 'The board met on Monday, and found that the berths were too short.', expect: ['The board met on Monday, and found that the berths were too short. | '] },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(claims(row.text), row.expect));
});
