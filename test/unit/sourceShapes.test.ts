import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

const DATE = 'date 2026-04-07 Depot and fares\n\n';

/** The people and bodies of an analysis as "type name [roles] mentions", and each quote's speaker. */
function whoOf(text: string) {
  const a = analyze(DATE + text);
  checkInvariants(a);
  return {
    entities: a.entities.filter((e) => e.type !== 'group').map((e) => `${e.type} ${e.name} [${e.roles.join('; ')}] ${e.mentions.map((m) => m.text).join('|')}`),
    speakers: a.quotes.map((q) => q.speaker?.name ?? null),
  };
}

/** Each claim as "text <- source", the source null for the article's own. */
function claimsOf(text: string): string[] {
  const a = analyze(DATE + text);
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} <- ${c.speaker?.name ?? null}`);
}

describe('source shapes: a transcript label of a title and a surname', () => {
  const rows: { name: string; text: string; entities: string[]; speakers: (string | null)[] }[] = [
    {
      name: 'a title and a surname labelling one turn, named nowhere else',
      text: 'MAYOR RUIZ: We will not move the depot.',
      entities: ['person Ruiz [Mayor] MAYOR RUIZ'],
      speakers: ['Ruiz'],
    },
    {
      name: 'an abbreviated title in two turns beside a host',
      text: 'HOST: Is the plan dead?\n\nSEN. QUILL: It is dead.\n\nHOST: Why?\n\nSEN. QUILL: It costs too much.',
      entities: ['person Quill [Sen.] SEN. QUILL|SEN. QUILL'],
      speakers: ['the host', 'Quill', 'the host', 'Quill'],
    },
    // negative rows: a heading whose first word is a role word but no title before a surname, and a dateline
    { name: 'not a heading opening on "general"', text: 'GENERAL ELECTION: Polls open at seven.', entities: [], speakers: [] },
    { name: 'not a dateline of two words', text: 'PORT HALDEN: The ferry was cancelled.', entities: [], speakers: [] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(whoOf(row.text), { entities: row.entities, speakers: row.speakers }));
});

describe('source shapes: a kind of body opening its clause with no article', () => {
  const rows: { name: string; text: string; entities: string[] }[] = [
    { name: 'a passenger group', text: 'Passenger group Rail Users Forward said fares were too high.', entities: ['organization Rail Users Forward [group] Rail Users Forward'] },
    { name: 'a trade body', text: 'Trade body Retail Voice said sales fell by 4 percent.', entities: ['organization Retail Voice [body] Retail Voice'] },
    { name: 'after a comma', text: 'Fares will rise, campaign group Fair Fares Now said.', entities: ['organization Fair Fares Now [group] Fair Fares Now'] },
    { name: 'a charity in capitals opening the sentence', text: 'Charity Open Doors said rents had doubled.', entities: ['organization Open Doors [charity] Charity Open Doors'] },
    { name: 'a watchdog in capitals opening the sentence', text: 'Watchdog Fair Water said bills rose by 9 percent.', entities: ['organization Fair Water [watchdog] Watchdog Fair Water'] },
    // negative rows: a person after a trade word, "the body" before a name, and a kind that opens names of its own
    { name: 'not "Union" opening a name', text: 'Union Varga said rents had doubled.', entities: ['person Union Varga [] Union Varga'] },
    { name: 'not a person after a trade', text: 'Bus driver Tom Kell said fares were too high.', entities: ['person Tom Kell [] Tom Kell'] },
    { name: 'not "the body" before a name', text: 'Police found the body Tuesday. Ana Hale said the road was unsafe.', entities: ['person Ana Hale [] Ana Hale'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(whoOf(row.text).entities, row.entities));
});

describe('source shapes: "the operator" for the body given that kind', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    {
      name: 'the kind named first, the body later with it set off',
      text: 'The operator confirmed fares would rise by 6 percent in May.\n\nNorthline Rail, the operator, said the change would save 2 million pounds a year.',
      claims: ['fares would rise by 6 percent in May. <- Northline Rail', 'the change would save 2 million pounds a year. <- Northline Rail'],
    },
    {
      name: 'the body named first with its kind',
      text: 'Kell Homes, the developer, said it would build 300 homes. The developer said prices would fall by 5 percent.',
      claims: ['it would build 300 homes. <- Kell Homes', 'prices would fall by 5 percent. <- Kell Homes'],
    },
    {
      name: 'the latest of two bodies of that kind',
      text: 'Kell Homes Ltd, the developer, said it would build 300 homes. Vale Estates Ltd, the developer, said it would build 90. The developer said prices would fall by 5 percent.',
      claims: ['it would build 300 homes. <- Kell Homes Ltd', 'it would build 90. <- Vale Estates Ltd', 'prices would fall by 5 percent. <- Vale Estates Ltd'],
    },
    // negative row: a person set off as a developer
    {
      name: 'not a person who is a developer',
      text: 'Ana Hale, the developer, said she would build 300 homes. The developer said prices would fall by 5 percent.',
      claims: ['she would build 300 homes. <- Ana Hale', 'prices would fall by 5 percent. <- Ana Hale'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});

describe('source shapes: the subject of a reported clause', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    { name: 'a relative after a demonstrative and a copula', text: 'This is someone who said taxes would fall by 10 percent.', claims: ['taxes would fall by 10 percent. <- someone'] },
    { name: 'an irregular past verb joined by "and"', text: 'A neighbour came in and said the council had lied about the cost.', claims: ['the council had lied about the cost. <- A neighbour'] },
    { name: 'another irregular past', text: 'A driver got out and said the road had been unsafe for 3 years.', claims: ['the road had been unsafe for 3 years. <- A driver'] },
    // negative rows: a relative after a personal pronoun and a copula, and an irregular verb in a relative clause
    { name: 'not a relative after a personal pronoun', text: 'She is a nurse who said the ward was 40 percent short of staff.', claims: ['the ward was 40 percent short of staff. <- a nurse'] },
    {
      name: 'not an irregular past in a relative clause',
      text: 'Varland, which brought the case in 2019, welcomed the verdict and said it would pay 5 million dollars by June.',
      claims: ['it would pay 5 million dollars by June. <- Varland'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});

describe('source shapes: an opening phrase beside a quote', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    { name: 'a phrase of topic is no claim', text: 'In the case of the school, "it will open in 2027," Mara Quill said.', claims: ['it will open in 2027 <- Mara Quill'] },
    // negative row: a relative clause inside the phrase asserts something of its own
    {
      name: 'not a phrase with a relative clause',
      text: 'In the case of the depot, which cost 40 million dollars, "it will close by 2029," Mara Quill said.',
      claims: ['In the case of the depot, which cost 40 million dollars <- null'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});

describe('source shapes: a body or person named again', () => {
  const rows: { name: string; text: string; entities: string[]; speakers: (string | null)[] }[] = [
    {
      name: '"Dame" and the given name after the full name',
      text: 'Dame Olwen Carrick published the report. "It is troubling," Dame Olwen said.',
      entities: ['person Olwen Carrick [] Dame Olwen Carrick|Dame Olwen'],
      speakers: ['Olwen Carrick'],
    },
    {
      name: '"the union" for a union named with "of"',
      text: 'The Federation of Harbour Workers rejected the offer. "We will strike," the federation said.',
      entities: ['organization Federation of Harbour Workers [] Federation of Harbour Workers|the federation'],
      speakers: ['Federation of Harbour Workers'],
    },
    // negative rows: a given name after "Dame" that two people share, and a body of another kind
    {
      name: 'not a given name two people share',
      text: 'Dame Olwen Carrick and Dame Olwen Pryce spoke. "It is troubling," Dame Olwen said.',
      entities: ['person Olwen Carrick [] Dame Olwen Carrick', 'person Olwen Pryce [] Dame Olwen Pryce', 'person Olwen [] Dame Olwen'],
      speakers: ['Olwen'],
    },
    {
      name: 'not a body of another kind',
      text: 'The Federation of Harbour Workers rejected the offer. "We will strike," the union said.',
      entities: ['organization Federation of Harbour Workers [] Federation of Harbour Workers', 'organization the union [] the union'],
      speakers: ['the union'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(whoOf(row.text), { entities: row.entities, speakers: row.speakers }));
});

describe('source shapes: a description and a body set off after it', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    {
      name: 'the body named after its description speaks, not the person before',
      text: 'Minister Gareth Lomax said 1,200 places had been created.\n\nThe union representing officers, the Prison Officers Federation, said its members worked 12-hour shifts.',
      claims: ['1,200 places had been created. <- Gareth Lomax', 'its members worked 12-hour shifts. <- The union representing officers, the Prison Officers Federation'],
    },
    // negative row: a title of three words still stands for the one who holds it
    {
      name: 'not a title of three words',
      text: 'Minister Gareth Lomax spoke to staff. The prisons minister said 1,200 places had been created.',
      claims: ['1,200 places had been created. <- Gareth Lomax'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});

describe('source shapes: whom a warning names is no part of what was said', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    {
      name: 'whom and then what of: the whole sentence',
      text: 'Engineers warned county officials about cracks in the Tarn Bridge as early as 2021.',
      claims: ['Engineers warned county officials about cracks in the Tarn Bridge as early as 2021. <- Engineers'],
    },
    // negative row: a clause after the verb is what was said
    { name: 'not a clause after the verb', text: 'Engineers warned the bridge would fail by 2027.', claims: ['the bridge would fail by 2027. <- Engineers'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});

describe('source shapes: what a court heard', () => {
  const rows: { name: string; text: string; claims: string[] }[] = [
    { name: 'a trailing frame of a court', text: 'The driver was travelling at 70mph, the court heard.', claims: ['The driver was travelling at 70mph <- the court'] },
    { name: 'a trailing frame of a tribunal', text: 'The nurse worked 14 shifts in a row, the tribunal heard.', claims: ['The nurse worked 14 shifts in a row <- the tribunal'] },
    // negative row: what a crowd heard is no finding
    { name: 'not a crowd', text: 'The band played for 3 hours, the crowd heard.', claims: ['The band played for 3 hours, the crowd heard. <- null'] },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.claims));
});
