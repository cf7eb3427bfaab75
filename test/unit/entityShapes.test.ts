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
    // a one-word name new to the text that reports of itself with "it" is a body
    { name: 'a company that said it would appeal', text: 'Tarnwell said it would appeal. "We disagree," Tarnwell said.', entities: ['Tarnwell|organization|'], speakers: ['Tarnwell'] },
    { name: 'the short form of a firm fined before', text: 'The regulator fined Kestrel Buses on Friday. Kestrel said it accepted the findings.', entities: ['Kestrel Buses|organization|'] },
    // negative row: a surname named in full before stays a person
    { name: 'a known surname that said "it"', text: 'Dana Kell visited the port. Kell said it was hard.', entities: ['Dana Kell|person|'] },
    // a name listed after a place's word is a place, not a person, when it later opens a sentence
    { name: 'a place listed after "at"', text: 'The coal plants at Dunmere and Holt are still open. Holt is harder to close.', entities: [] },
    // negative row: a surname given in full before stays a person
    { name: 'a surname after the full name', text: 'Ann Holt runs the plant. Holt said he was wrong.', entities: ['Ann Holt|person|'] },
    // a capitalised title after an owner and an ordinal is an office, not a name
    { name: 'an office held, after an owner and "first"', text: "Mika Sorel became Varland's first Climate Commissioner in 2023. Sorel said the target was fair.", entities: ['Mika Sorel|person|Climate Commissioner'] },
    // negative row: a title word after a given name is a surname
    { name: 'a title word as a surname', text: 'On Monday Tom Justice said the rates would fall.', entities: ['Tom Justice|person|'] },
    // roles in three shapes: after a fronted phrase, after a proper-noun modifier, before a relative clause
    { name: 'a trade after a fronted phrase', text: 'Outside the courthouse, lawyer Pia Grund said the ruling was overdue.', entities: ['Pia Grund|person|lawyer'] },
    { name: 'a place before a set-off title', text: 'A Tarbury spokesman, Ivo Renn, said the demand was "absurd."', entities: ['Ivo Renn|person|Tarbury spokesman'] },
    { name: 'a description before a relative clause', text: 'Dr. Lea Morrow, a cardiologist at Brenton General Hospital who was not involved in the trial, called the results "reassuring."', entities: ['Lea Morrow|person|cardiologist'] },
    // negative rows: the shapes that worked keep working
    { name: 'a capitalised trade opening the sentence', text: 'Lawyer Anna Grund said the ruling was overdue.', entities: ['Anna Grund|person|Lawyer'] },
    { name: 'a lower-case title set off after an article', text: 'A government spokesman, Ivo Renn, said the demand was "absurd."', entities: ['Ivo Renn|person|government spokesman'] },
    // people at a body, named with "at", are a group, not a person holding the role "Economists at"
    { name: 'economists at a bank', text: 'Economists at Harlbank said the measures were "broadly sensible".', entities: ['Economists at Harlbank|group|'] },
    // negative row: a title's "of" before a name keeps the person
    { name: 'a title with "of" before a name', text: 'Secretary of State Dana Kell said the plan was "fair".', entities: ['Dana Kell|person|Secretary of State'] },
    // a body named after "according to" is what a later "the office" means
    { name: 'an office named after "according to"', text: 'According to the State Audit Office, spending has doubled. The office warned in its report that costs could rise.', entities: ['State Audit Office|organization|'] },
    // the office a sentence gives its subject is a role
    { name: 'an office the subject became', text: "Mika Sorel became Varland's first Climate Commissioner in 2023.", entities: ['Mika Sorel|person|Climate Commissioner'] },
    { name: 'an office the subject was named to', text: "Lyle Marsh was named the bank's chief economist. Marsh said rates would fall.", entities: ['Lyle Marsh|person|chief economist'] },
    // negative row: what someone became without a title word is no role
    { name: 'no title after "became"', text: 'Dana Kell became a symbol of the protest. Kell said it was "over."', entities: ['Dana Kell|person|'] },
  ];
  for (const r of rows) {
    it(r.name, () => {
      const got = shape(r.text);
      assert.deepEqual(got.entities, r.entities);
      if (r.speakers) assert.deepEqual(got.speakers, r.speakers);
    });
  }
});
