import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** The speaker of each quote, then of each claim, by name. */
function speakers(text: string): { quotes: (string | null)[]; claims: (string | null)[] } {
  const a = analyze(text, { minCheckWorthiness: 0 });
  checkInvariants(a);
  return { quotes: a.quotes.map((q) => q.speaker?.name ?? null), claims: a.claims.map((c) => c.speaker?.name ?? null) };
}

describe('a role described ("the mayor", "the chairman") after another speaker: its holder, else someone new, never one known as no office holder', () => {
  // `not`: a row that only says who the last quote is not, where who it is stays open.
  const rows: { name: string; text: string; quotes?: (string | null)[]; claims?: (string | null)[]; not?: string }[] = [
    { name: 'a neighbor, then the mayor in reported speech', text: 'A neighbor, Tom Hale, said the road flooded. The mayor said the council would act.', quotes: [], claims: ['Tom Hale', 'the mayor'] },
    { name: 'a neighbor quoted, then the mayor', text: 'Tom Hale, a neighbor, said: "It flooded." "We will act," the mayor said.', quotes: ['Tom Hale', 'the mayor'] },
    { name: 'a student, then the minister', text: 'Ana Ruiz, a student, said: "Fees rose." "We froze them," the minister said.', quotes: ['Ana Ruiz', 'the minister'] },
    { name: 'a farmer, then the chairman', text: 'Tom Hale, a farmer, said: "It flooded." "We will pay," the chairman said.', quotes: ['Tom Hale', 'the chairman'] },
    { name: 'a farmer, then the mayor described before him', text: 'Ann Lee, the mayor, spoke first. Tom Hale, a farmer, said: "It flooded." "We will act," the mayor said.', quotes: ['Tom Hale', 'Ann Lee'] },
    { name: 'a title shown before the name, after a farmer', text: 'The finance minister, Pieter Berg, spoke first. Tom Hale, a farmer, said: "It flooded." "We will pay," the minister said.', quotes: ['Tom Hale', 'Pieter Berg'] },
    { name: 'a chair shown before the name, after a minister', text: 'The inquiry chairman, Owen Briggs, asked why. Carl Ames, the minister, said no. "We will report by June," the chairman said.', quotes: ['Owen Briggs'] },
    { name: 'a title of three words shown before the name', text: "The region's chief medical officer, Dr. Tomas Rivera, spoke first. Council leader Joan Mercer said clinics would open. \"It will peak in June,\" the chief medical officer said.", quotes: ['Tomas Rivera'] },
    // negative rows: a post, a past trade, a workplace or nothing known may still be the office's; a generic noun is anyone's
    { name: 'a title before the name holds the office', text: 'Mayor Ann Lee spoke first. Tom Hale, a farmer, said: "It flooded." "We will act," the mayor said.', quotes: ['Tom Hale', 'Ann Lee'] },
    { name: 'a businessman may be the mayor', text: 'Tom Hale, a businessman, said: "It flooded." "We will act," the mayor said.', quotes: ['Tom Hale', 'Tom Hale'] },
    { name: 'a former teacher may be the mayor', text: 'Tom Hale, a former teacher, said: "It flooded." "We will act," the mayor said.', quotes: ['Tom Hale', 'Tom Hale'] },
    { name: 'someone whose role is unknown may be the senator', text: 'Tom Hale said: "It flooded." "We will act," the senator said.', quotes: ['Tom Hale', 'Tom Hale'] },
    { name: 'a body one works at may be the chairman\'s', text: 'Tom Hale of the Harbour Board said: "It flooded." "We will pay," the chairman said.', quotes: ['Tom Hale', 'Tom Hale'] },
    { name: 'the minister just set off after the name', text: 'The inquiry chairman, Owen Briggs, asked why. Carl Ames, the minister, said no. "We will pay," the minister said.', quotes: ['Carl Ames'] },
    { name: 'a deputy is not the chief shown before the name', text: "The region's chief medical officer, Dr. Tomas Rivera, spoke first. Council leader Joan Mercer said clinics would open. \"It will peak in June,\" the deputy medical officer said.", not: 'Tomas Rivera' },
    { name: 'a description that names no office', text: 'Tom Hale, a neighbor, said: "It flooded." "We will act," the resident said.', quotes: ['Tom Hale', 'Tom Hale'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const got = speakers(row.text);
      if (row.quotes) assert.deepEqual(got.quotes, row.quotes);
      if (row.not) assert.notEqual(got.quotes[got.quotes.length - 1], row.not);
      if (row.claims) assert.deepEqual(got.claims, row.claims);
    });
  }
});

describe('a trade set off after a name, then where its holder lives or works ("a care worker in Bradford,")', () => {
  /** Each entity as "name (type) [roles]". */
  const entities = (text: string) => {
    const a = analyze(text);
    checkInvariants(a);
    return a.entities.map((e) => `${e.name} (${e.type}) [${e.roles.join('; ')}]`);
  };
  const rows: { name: string; text: string; expect: string[] }[] = [
    { name: 'a trade and a town after "in"', text: 'Kofi Mensah, a care worker in Bradford, said the rise was late.', expect: ['Kofi Mensah (person) [care worker]'] },
    { name: 'a trade and a town after "from"', text: 'Ivo Brandt, a nurse from Hove, said the ward was full.', expect: ['Ivo Brandt (person) [nurse]'] },
    // negative rows: a clause after the comma describes no one
    { name: 'a clause with a verb before "from"', text: 'According to The Orbit, an email was sent from the office to members.', expect: [] },
    { name: 'a clause with no article before the trade', text: 'Overnight, Kell became a serious contender in the race.', expect: [] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(entities(row.text), row.expect));

  it('the chair described earlier speaks, not the care worker quoted last', () => {
    const text = 'Una Price, the chairwoman of the Federation of Small Traders, said hiring would freeze. Kofi Mensah, a care worker in Bradford, said the rise was late. "We cannot absorb it," the chairwoman said.';
    assert.deepEqual(speakers(text).quotes, ['Una Price']);
  });
});
