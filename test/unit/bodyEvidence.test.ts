import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each entity as "type name [roles] mentions", the roles joined by "; ". */
function entities(text: string): string[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.entities.map((e) => `${e.type} ${e.name} [${e.roles.join('; ')}] ${e.mentions.length}`);
}

/** Each quote's speaker name, or "-" when it has none. */
function speakers(text: string): string[] {
  const a = analyze(text);
  checkInvariants(a);
  return a.quotes.map((q) => q.speaker?.name ?? '-');
}

describe('bodies by what is said of them, and the words around a person’s name', () => {
  const rows: { name: string; text: string; expect: string[] }[] = [
    // a kind of body set off before or after a name
    { name: 'a name set off after a kind of company', text: "The country's largest steelmaker, Harland Steel, welcomed the ruling. It said the jobs were safe.", expect: ["organization Harland Steel [largest steelmaker] 2"] },
    { name: 'a name set off before a kind of company', text: "Harland Steel, the country's largest steelmaker, said profits fell.", expect: ["organization Harland Steel [country's largest steelmaker] 1"] },
    { name: 'a trade that is also a kind of company, then "it"', text: 'The developer, Northgate Living, said it would appeal.', expect: ['organization Northgate Living [developer] 1'] },
    { name: 'a short form of a body shown by its kind', text: 'The steelmaker, Harland Steel, cut jobs. "We are resilient," Harland said.', expect: ['organization Harland Steel [steelmaker] 2'] },
    // negative rows: a person's trade, a person's title after the name
    { name: 'not a trade followed by "he"', text: 'The developer, Kessler Varga, said he would appeal.', expect: ['person Kessler Varga [developer] 1'] },
    { name: 'not a trade followed by an empty "it"', text: 'The developer, Kessler Varga, said it was a good day.', expect: ['person Kessler Varga [developer] 1'] },
    { name: 'not a title someone holds in a body', text: "Dana Kell, the union's leader, said pay fell.", expect: ["person Dana Kell [union's leader] 1"] },
    // a body by its name's shape, or by "It said" after it
    { name: 'an adjective that opens only bodies’ names', text: 'Islamic State claimed the attack.', expect: ['organization Islamic State [] 1'] },
    { name: 'an outlet that "It said" takes up', text: '"The film is over budget," Variety reported. It said the studio was worried.', expect: ['organization Variety [] 2'] },
    { name: 'a station’s call letters', text: 'KXTV-FM said the fire was out.', expect: ['organization KXTV-FM [] 1'] },
    // negative rows: a given name in -ic, a place such an adjective opens, "He said" after a surname
    { name: 'not a given name', text: 'Dominic Hale claimed the prize.', expect: ['person Dominic Hale [] 1'] },
    { name: 'not "He said" after a name', text: '"The film is over budget," Kessler reported. He said the studio was worried.', expect: ['person Kessler [] 2'] },
    // a body named before, mentioned again in the middle of a sentence; one that reports
    { name: 'a body mentioned again after a verb', text: 'Kessel Group cut jobs. Analysts said Kessel Group would recover.', expect: ['organization Kessel Group [] 2', 'group Analysts [] 1'] },
    { name: 'a body’s possessive after a preposition', text: 'Polly Vane, a British conglomerate, bought Sansu. Sansu fits Polly Vane’s plans.', expect: ['organization Polly Vane [British conglomerate] 2', 'person Sansu [] 1'] },
    { name: 'a body that reports in the middle of a sentence', text: 'Tom Hale denied the claims the Harbour Gazette reported on Monday.', expect: ['person Tom Hale [] 1', 'organization Harbour Gazette [] 1'] },
    // negative row: "the" and a body's full name is not another body with the same last word
    { name: 'not another department', text: 'The Justice Department declined to comment. Kessel Group said the State Department reported it.', expect: ['organization Justice Department [] 1', 'organization Kessel Group [] 1', 'organization State Department [] 1'] },
    // "the company" inside a spokesperson's description
    { name: 'the company a spokesman speaks for', text: 'Brightwell Energy raised prices. A spokesman for the company said it was necessary.', expect: ['organization Brightwell Energy [] 2', 'person A spokesman for the company [] 1'] },
    // people in the plural, who are a group
    { name: 'a plural for people who travel', text: 'Commuters said the delays were intolerable.', expect: ['group Commuters [] 1'] },
    { name: 'negative: a surname ending as a trade plural', text: 'Sawyers said the delays were intolerable.', expect: ['person Sawyers [] 1'] },
    // bodies in the plural speak as a group, and "it" after the verb is what they speak of
    { name: 'bodies in the plural after a capitalised word', text: 'The minister announced a package. Health unions said it "barely scratches the surface".', expect: ['person the minister [] 1', 'group Health unions [] 1'] },
    // letters after a name, and nouns of standing before it
    { name: 'a rank at the bar after the name', text: 'Counsel for the developer, Peter Quinlan KC, said the ruling was wrong.', expect: ['person Peter Quinlan [KC; Counsel for the developer] 1'] },
    { name: 'a seat after the name', text: 'Tom Vane MP said the bill would fail.', expect: ['person Tom Vane [MP] 1'] },
    { name: 'negative: a generational suffix stays in the name', text: 'Robert Kell Jr. said the bill would fail.', expect: ['person Robert Kell Jr. [] 1'] },
    { name: 'a noun of standing after what it is in', text: 'Tennis great Marta Vell said she was delighted.', expect: ['person Marta Vell [Tennis great] 1'] },
    { name: 'negative: an adjective after an article', text: 'The great Marta Vell said she was delighted.', expect: ['person Marta Vell [] 1'] },
    // a body's name whose last word opens sentences; a kind of body, then its name, after the verb
    { name: 'a name ending in a word that opens sentences', text: 'The union Unite Now criticised the plan.', expect: ['organization Unite Now [union] 1'] },
    { name: 'a kind of body and its name after the verb', text: '"We will strike," said the charity Shelter.', expect: ['organization Shelter [charity] 1'] },
    { name: '"the charity" after the charity named', text: 'The charity Shelter warned rents rose. "It is bad," the charity said.', expect: ['organization Shelter [charity] 2'] },
    { name: 'the body a spokesman speaks for, by its kind', text: 'The charity Shelter warned rents rose. A spokesman for the charity said it was bad.', expect: ['organization Shelter [charity] 2', 'person A spokesman for the charity [] 1'] },
    { name: 'the body a spokesman speaks for, named before', text: 'The health board said it would act. A spokesman for the health board said it was done.', expect: ['organization the health board [] 2', 'person A spokesman for the health board [] 1'] },
    // negative row: "the union" after a charity is another body
    { name: 'not a body of another kind', text: 'The charity Shelter warned rents rose. "It is bad," the union said.', expect: ['organization Shelter [charity] 1', 'organization the union [] 1'] },
    // a company's name wherever it stands, when its last word shows one and it ends its phrase
    { name: 'a company named as an object', text: 'The union broke off talks with Calder Harbour Holdings on Monday.', expect: ['organization Calder Harbour Holdings [] 1'] },
    // negative row: a company named in passing is not what "the company" means
    { name: 'not a company named in passing', text: 'Vexa Holdings said a report from the Kell Research Group found abuse. "We act," the company said.', expect: ['organization Vexa Holdings [] 2', 'organization Kell Research Group [] 1'] },
    { name: 'negative: a company’s name that qualifies a noun', text: 'The Kessel Group chief executive resigned.', expect: [] },
    { name: 'a consulting firm', text: 'A study for Brantwood Consulting found the cost was high.', expect: ['organization Brantwood Consulting [] 1'] },
    { name: 'hauliers are a group', text: 'Hauliers said the queues were long.', expect: ['group Hauliers [] 1'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(entities(row.text), row.expect));

  const quoteRows: { name: string; text: string; expect: string[] }[] = [
    { name: 'a post-nominal is no part of the speaker’s name', text: '"We will go on," said Tom Vane MP.', expect: ['Tom Vane'] },
    { name: '"it said" after a body named by its kind', text: 'The developer, Northgate Living, lost the appeal. "We are disappointed," it said.', expect: ['Northgate Living'] },
    { name: 'a noun of standing before a name set off by an aside', text: 'Labour veteran Dai Hopkins, a former chairman, said the plan was "the least bad option".', expect: ['Dai Hopkins'] },
    // a passive verb of speech names its speaker after "by"; with none, the subject spoken of is no speaker
    { name: 'the agent of a passive verb of speech', text: 'The deal, announced at dawn, was hailed by summit chair Ann Lee as "proof that it works".', expect: ['Ann Lee'] },
    { name: 'no agent: no one named', text: 'The plan was hailed as "a triumph".', expect: ['-'] },
    { name: 'negative: an agent who speaks no words', text: 'Kell, who is reviled by rivals, said the deal "works".', expect: ['Kell'] },
    { name: 'negative: "he said" after a trade', text: 'The developer, Kessler Varga, lost the appeal. "We are disappointed," he said.', expect: ['Kessler Varga'] },
  ];
  for (const row of quoteRows) it(row.name, () => assert.deepEqual(speakers(row.text), row.expect));
});
