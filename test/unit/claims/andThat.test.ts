import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2025-06-02 Depot row\n\n';

/** Each claim's text, attribution and speaker, whatever its score. */
const claims = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} | ${c.attribution} | ${c.speaker?.name ?? ''}`);
};

describe('claims: ", and that" hands a second reported clause to the same speaker', () => {
  const rows = [
    {
      text: 'Ines Calder said the plan was late, and that costs had doubled.',
      expect: ['the plan was late | indirect | Ines Calder', 'costs had doubled. | indirect | Ines Calder'],
    },
    {
      text: 'Ines Calder said the depot would close but that no jobs would go.',
      expect: ['the depot would close | indirect | Ines Calder', 'no jobs would go. | indirect | Ines Calder'],
    },
    {
      text: 'Ines Calder said the fare rise was "a last resort," and that the board had no choice.',
      expect: ['the fare rise was "a last resort," | indirect | Ines Calder', 'the board had no choice. | indirect | Ines Calder'],
    },
    {
      text: 'Ines Calder said the levy would raise 3 million euros a year, and that without it the depot would close.',
      expect: ['the levy would raise 3 million euros a year | indirect | Ines Calder', 'without it the depot would close. | indirect | Ines Calder'],
    },
    // negatives: a pronoun "that", a determiner "that", a second "that" of the clause's own verb, narration
    {
      text: 'Ines Calder said the council cut bus routes, and that was unacceptable.',
      expect: ['the council cut bus routes, and that was unacceptable. | indirect | Ines Calder'],
    },
    {
      text: 'Ines Calder said the buses ran late but that route was spared.',
      expect: ['the buses ran late but that route was spared. | indirect | Ines Calder'],
    },
    {
      text: 'Ines Calder said the board will ensure that the depot stays open and that drivers keep their jobs.',
      expect: ['the board will ensure that the depot stays open and that drivers keep their jobs. | indirect | Ines Calder'],
    },
    {
      text: 'The council cut the depot budget, and that angered drivers across the town.',
      expect: ['The council cut the depot budget, and that angered drivers across the town. | narrative | '],
    },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(claims(row.text), row.expect));
});
