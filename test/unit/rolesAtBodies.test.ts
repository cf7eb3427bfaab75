import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each entity as "name (type) [roles]". */
function entities(text: string): string[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => `${e.name} (${e.type}) [${e.roles.join('; ')}]`);
}

describe('roles: clinical posts, a body before a title, seats in capitals; hospitals named by place', () => {
  const rows: { name: string; text: string; expect: string[] }[] = [
    { name: 'a nurse set off after a name', text: 'Ada Quill, a senior nurse, said the ward was full.', expect: ['Ada Quill (person) [senior nurse]'] },
    { name: 'a nurse with where she works', text: 'The ward was full, said Ada Quill, a nurse at the Brenmoor clinic.', expect: ['Ada Quill (person) [nurse]'] },
    { name: 'a body noun in lower case before a title', text: 'On Monday council leader Ines Barrow said the budget was balanced.', expect: ['Ines Barrow (person) [council leader]'] },
    { name: 'a seat in capitals after a word of the title', text: 'Local MS Owain Tudno said staff were exhausted.', expect: ['Owain Tudno (person) [Local MS]'] },
    { name: 'a hospital named by its place and "General"', text: 'Norbury General has 400 beds. Patients waited 14 hours at Norbury General.', expect: ['Norbury General (organization) []'] },
    { name: 'a title owned by a body, qualified by a word in -ing', text: "The operator's managing director, Osric Vell, said the trains would run.", expect: ['Osric Vell (person) [managing director]'] },
    { name: 'a title owned by a body, qualified by a word in -s', text: "Brenmoor's operations director, Osric Vell, said the trains would run.", expect: ['Osric Vell (person) [operations director]'] },
    { name: 'a name after a kind of group and a word for which', text: 'A spokeswoman for the passenger group Fair Fares said fares rose.', expect: ['A spokeswoman (person) []', 'Fair Fares (organization) [group]'] },
    { name: 'a county after its town is no person a title describes', text: 'Vera Kell, a Brigham, Wessex, native and teacher, is deep in debt.', expect: ['Vera Kell (person) []'] },
    { name: 'a title and its field set off before a name', text: "The charity's director of research, Hana Orlov, said the results were encouraging.", expect: ['Hana Orlov (person) [director of research]'] },
    { name: 'a title and a field in -ing', text: 'The minister for housing, Hana Orlov, said the results were encouraging.', expect: ['Hana Orlov (person) [minister for housing]'] },
    { name: 'no title before "of": an event of people', text: 'Back from a long dinner of councillors, Senator Hana Orlov, a Liberal, said no.', expect: ['Hana Orlov (person) [Senator]'] },
    // negative rows: a title ending in "General" keeps its holder; an honorific stays one; a capitalised body opens the title already
    { name: 'a name after a time phrase is still described', text: 'On Monday, Kell, a nurse, said the ward was full.', expect: ['Kell (person) [nurse]'] },
    { name: 'a surname known as a person after "the group" is that person', text: 'Ines Barrow spoke first. Later the group Barrow addressed voted.', expect: ['Ines Barrow (person) []'] },
    { name: 'a title ending in "General"', text: 'Attorney General Maud Lenning said the case was closed.', expect: ['Maud Lenning (person) [Attorney General]'] },
    { name: 'an honorific before the name', text: 'Ms Ada Quill said the ward was full.', expect: ['Ada Quill (person) []'] },
    { name: 'a capitalised body before a title is the title\'s already', text: 'Council leader Ines Barrow said the budget was balanced.', expect: ['Ines Barrow (person) [Council leader]'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(entities(row.text), row.expect));
});
