import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Each quote's speaker as "name [mention]", and every entity as "name type [roles]". */
function read(text: string) {
  const a = analyze(text);
  checkInvariants(a);
  return {
    speakers: a.quotes.map((q) => (q.speaker ? `${q.speaker.name} [${q.speaker.mention.text}]` : null)),
    entities: a.entities.map((e) => `${e.name} ${e.type} [${e.roles.join('; ')}]`),
  };
}

// A bare noun for an outlet ("the newspaper", "the agency") is the outlet named before; agencies and outlets are
// organisations; a person "of" a body speaks, with the body as her role and an entity of its own.
describe('outlets and workplaces', () => {
  const rows = [
    {
      name: '"the newspaper" after a newspaper named before',
      text: 'The Tribune reported the deal. "It was signed in March," the newspaper said.',
      speakers: ['Tribune [the newspaper]'],
      entities: ['Tribune organization []'],
    },
    {
      name: '"the paper" after a newspaper title word',
      text: 'The Harbour Gazette reported the deal. "It was signed in March," the paper said.',
      speakers: ['Harbour Gazette [the paper]'],
      entities: ['Harbour Gazette organization []'],
    },
    {
      name: 'a hyphenated news agency, and "the agency" after it',
      text: 'Agence France-Presse said the deal was signed. "It was signed in March," the agency said.',
      speakers: ['Agence France-Presse [the agency]'],
      entities: ['Agence France-Presse organization []'],
    },
    {
      name: 'a doctor of a hospital with a possessive in its name',
      text: 'Dr. Mara Stein of St. Brigid\'s Hospital said: "Ambulances will be late."',
      speakers: ['Mara Stein [Dr. Mara Stein of St. Brigid\'s Hospital]'],
      entities: ["Mara Stein person [St. Brigid's Hospital]", "St. Brigid's Hospital organization []"],
    },
    {
      name: 'a full name of a university whose name goes on past "of"',
      text: '"Ambulances will be late," said Mara Stein of the University of Harwick School of Nursing.',
      speakers: ['Mara Stein [Mara Stein]'],
      entities: ['Mara Stein person [University of Harwick School of Nursing]', 'University of Harwick School of Nursing organization []'],
    },
    {
      name: 'a union whose name holds a plural possessive',
      text: 'The Transport Workers\' Union said: "We will strike."',
      speakers: ["the Transport Workers' Union [The Transport Workers' Union]"],
      entities: ["the Transport Workers' Union organization []"],
    },
    {
      name: 'a hospital named for a saint, speaking itself',
      text: 'St. Brigid\'s Hospital said: "We are full."',
      speakers: ["St. Brigid's Hospital [St. Brigid's Hospital]"],
      entities: ["St. Brigid's Hospital organization []"],
    },
    {
      name: 'a builder whose name ends in "Homes"',
      text: 'Harwell Homes said: "We will appeal."',
      speakers: ['Harwell Homes [Harwell Homes]'],
      entities: ['Harwell Homes organization []'],
    },
    {
      name: 'utilities and transport firms by the last word of their name',
      text: 'Riverside Water said: "We are sorry." Network Rail said: "It was late."',
      speakers: ['Riverside Water [Riverside Water]', 'Network Rail [Network Rail]'],
      entities: ['Riverside Water organization []', 'Network Rail organization []'],
    },
    {
      name: 'a ferry operator by the last word of its name',
      text: 'Sound Ferries says fuel costs have risen. "We cannot hold fares," Sound Ferries said.',
      speakers: ['Sound Ferries [Sound Ferries]'],
      entities: ['Sound Ferries organization []'],
    },
    {
      name: 'builders and developers by the last word of their name',
      text: 'Kestrel Developments said it would build 90 homes. Brannock Builders said: "We start in May."',
      speakers: ['Brannock Builders [Brannock Builders]'],
      entities: ['Kestrel Developments organization []', 'Brannock Builders organization []'],
    },
    {
      name: '"the company" after a company named before',
      text: 'Riverside Water admitted the breach. "We are sorry," the company said.',
      speakers: ['Riverside Water [the company]'],
      entities: ['Riverside Water organization []'],
    },
    {
      name: '"the firm" after a company with a legal ending',
      text: 'Kell Ferries Ltd said: "We sail." Later, the firm said: "We wait."',
      speakers: ['Kell Ferries Ltd [Kell Ferries Ltd]', 'Kell Ferries Ltd [the firm]'],
      entities: ['Kell Ferries Ltd organization []'],
    },
    {
      name: 'a councillor named again with "Cllr"',
      text: 'Councillor Raj Menon spoke first. Cllr Menon said: "We will vote no."',
      speakers: ['Raj Menon [Cllr Menon]'],
      entities: ['Raj Menon person [Councillor; Cllr]'],
    },
    // negative rows: an outlet's reporter after its possessive; no outlet named, a network after a newspaper, a place of origin, a party tag
    { name: 'a reporter after an outlet\'s possessive', text: 'The Courier\'s Dana Kell said: "It was late."', speakers: ['Dana Kell [Dana Kell]'], entities: ['Dana Kell person []'] },
    { name: '"the newspaper" with no outlet named', text: 'The deal was signed. "It was late," the newspaper said.', speakers: ['the newspaper [the newspaper]'], entities: ['the newspaper group []'] },
    {
      name: '"the network" is not a newspaper named before',
      text: 'The Tribune reported the deal. "It was late," the network said.',
      speakers: ['the network [the network]'],
      entities: ['Tribune organization []', 'the network organization []'],
    },
    { name: 'a place after "of" is no workplace', text: '"It was late," said Tom Hale of Ohio.', speakers: ['Tom Hale [Tom Hale of Ohio]'], entities: ['Tom Hale person []'] },
    {
      name: 'an "of" inside the title before the name',
      text: 'Harbour Union Director of Public Affairs Tom Kell said: "It was late."',
      speakers: ['Tom Kell [Harbour Union Director of Public Affairs Tom Kell]'],
      entities: ['Tom Kell person [Harbour Union Director of Public Affairs]'],
    },
    { name: '"the company" after a body that is no company', text: 'The Harbour Board said: "We act." "We will appeal," the company said.', speakers: ['the Harbour Board [The Harbour Board]', 'the company [the company]'], entities: ['the Harbour Board organization []', 'the company organization []'] },
    { name: 'a company word alone is no company', text: 'Water said: "It was late."', speakers: ['Water [Water]'], entities: ['Water person []'] },
    { name: 'a party tag is no body', text: '"It was late," said Rep. Tom Hale, R-Texas.', speakers: ['Tom Hale [Rep. Tom Hale]'], entities: ['Tom Hale person [Rep.]'] },
  ];
  for (const r of rows) it(r.name, () => assert.deepEqual(read(r.text), { speakers: r.speakers, entities: r.entities }));
});
