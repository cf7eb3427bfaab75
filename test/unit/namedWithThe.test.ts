import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

const INTRO = 'Mayor Ana Ruiz spoke on Monday. ';

/** The first quote's speaker as [name, entity type]. */
function speaker(text: string): [string | null, string | null] {
  const a = analyze(text);
  checkInvariants(a);
  const s = a.quotes[0]?.speaker;
  return [s?.name ?? null, a.entities.find((e) => e.id === s?.entityId)?.type ?? null];
}

describe('namedWithThe: outlets and bodies named with "the"', () => {
  const rows: { name: string; text: string; expect: [string | null, string | null] }[] = [
    { name: 'an outlet whose last word ends like a person noun', text: `${INTRO}"The plan is dead," The Daily Courier said.`, expect: ['the Daily Courier', 'organization'] },
    { name: 'an outlet after "according to"', text: `${INTRO}"The plan is dead," according to the Valley Ledger.`, expect: ['the Valley Ledger', 'organization'] },
    { name: 'an outlet before a colon', text: `${INTRO}The Daily Courier said: "The plan is dead."`, expect: ['the Daily Courier', 'organization'] },
    { name: 'an outlet whose last word is no noun for people', text: `${INTRO}"The plan is dead," The Harbour Gazette reported.`, expect: ['the Harbour Gazette', 'organization'] },
    { name: 'an outlet after "as … reported", not the last speaker', text: `${INTRO}As The Valley Courier reported, the city "cannot pay."`, expect: ['the Valley Courier', 'organization'] },
    { name: 'a writer after an outlet’s possessive', text: `${INTRO}The Valley Ledger’s Tom Beck sees the plan as "a disaster."`, expect: ['Tom Beck', 'person'] },
    // negative rows: titles, plurals and one word alone keep what they were; a possessive before a verb names the writer already
    { name: 'a writer after an outlet’s possessive, before the verb', text: `${INTRO}"The plan is dead," The Valley Ledger’s Tom Beck wrote.`, expect: ['Tom Beck', 'person'] },
    { name: 'a title after "the"', text: `${INTRO}"The plan is dead," the Deputy Mayor said.`, expect: ['Ana Ruiz', 'person'] },
    { name: 'a party member named by state', text: `${INTRO}"The plan is dead," the Iowa Democrat said.`, expect: ['the Iowa Democrat', 'person'] },
    { name: 'a plural name is a group', text: `${INTRO}"The plan is dead," the Harbour Rangers said.`, expect: ['the Harbour Rangers', 'group'] },
    { name: 'an outlet already known by its last word', text: `${INTRO}"The plan is dead," The Harbour Times reported.`, expect: ['the Harbour Times', 'organization'] },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(speaker(row.text), row.expect, row.text));
  }
});
