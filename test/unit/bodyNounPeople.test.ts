import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Every entity as "name type". */
const entities = (text: string) => {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => `${e.name} ${e.type}`);
};

// A body's common noun that opens a sentence before people in the plural says which people; it names no body:
// the people speak as a group.
describe('a body noun before people in the plural', () => {
  const rows = [
    {
      name: 'hospital managers, with a hospital named later',
      text: 'Hospital managers said they had been waiting since spring. "We borrowed machines," said Dr. Ines Moreau, who runs the unit at St. Brigid\'s Hospital.',
      expect: ['Hospital managers group', 'Ines Moreau person'],
    },
    { name: 'council workers, with a council named later', text: 'Council workers said they had been waiting. "We know," said Dana Kell, who sits on the Harbour Council.', expect: ['Council workers group', 'Dana Kell person'] },
    // negative rows: the body speaking itself, and a body's proper name before people
    { name: 'the hospital itself', text: 'The Hospital said it would reopen. Dana Kell said: "We know."', expect: ['the Hospital organization', 'Dana Kell person'] },
    { name: 'a named body before people', text: 'Velbank managers said they had been waiting. "We know," said Dana Kell.', expect: ['Velbank managers group', 'Dana Kell person'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(entities(r.text), r.expect));
});
