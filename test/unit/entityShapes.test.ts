import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each entity as "name|type|roles", and each quote's speaker name (or "-"). */
function shape(text: string): { entities: string[]; speakers: string[] } {
  const a = analyze(text);
  checkInvariants(a);
  return {
    entities: a.entities.map((e) => `${e.name}|${e.type}|${e.roles.join(';')}`),
    speakers: a.quotes.map((q) => q.speaker?.name ?? '-'),
  };
}

describe('entity shapes: groups, owners, places and roles', () => {
  const rows: { name: string; text: string; entities: string[]; speakers?: string[] }[] = [
    // a plural noun for a kind of people, before a verb that agrees with a plural, is a group
    { name: 'a plural trade noun before "say"', text: 'Brewers say the levy breaches the constitution.', entities: ['Brewers|group|'] },
    { name: 'a plural trade noun before "have"', text: 'Bakers have argued the levy is unfair.', entities: ['Bakers|group|'] },
    // negative rows: surnames in -er(s) before a singular verb stay people
    { name: 'a surname in -er before "said"', text: 'Farmer said the levy was unfair.', entities: ['Farmer|person|'] },
    { name: 'a surname in -ers before "says"', text: 'Walters says the levy is unfair.', entities: ['Walters|person|'] },
    // a possessive phrase before a copula, an adjective and a colon quotes its owner
    { name: 'her verdict was blunt', text: 'Ilse Varga led the march. Her verdict was blunt: "Pay us or lose the port."', entities: ['Ilse Varga|person|'], speakers: ['Ilse Varga'] },
    { name: 'his message to the council was simple', text: 'Omar Quist spoke last. His message to the council was simple: "Fund the buses."', entities: ['Omar Quist|person|'], speakers: ['Omar Quist'] },
    // negative row: a possessive phrase with a reporting verb still goes to its owner as before
    { name: 'her reply was short', text: 'Lena Fiske stood up. Her reply was short: "No."', entities: ['Lena Fiske|person|'], speakers: ['Lena Fiske'] },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const got = shape(r.text);
      assert.deepEqual(got.entities, r.entities);
      if (r.speakers) assert.deepEqual(got.speakers, r.speakers);
    });
  }
});
