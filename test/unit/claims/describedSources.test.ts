import * as assert from 'node:assert/strict';
import { candidatesOf } from './candidatesOf';

/** Each candidate as "text | speaker | attribution", with the entity the speaker links to when its name differs. */
const claims = (body: string): string[] =>
  candidatesOf(body).map((c) => `${c.text} | ${c.speaker?.name ?? '-'} | ${c.attribution}`);

describe('claims: people described by their body speak, and a document speaks for its owner', () => {
  const rows: { name: string; text: string; expect: string[] }[] = [
    {
      name: 'officials at a body named before',
      text: 'The Harbour Department met on Monday. Officials at the Harbour Department said the dues would rise by 4% next year.',
      expect: ['The Harbour Department met on Monday. | - | narrative', 'the dues would rise by 4% next year. | Officials at the Harbour Department | indirect'],
    },
    {
      name: 'a chair described at length, past seven words',
      text: 'The chairman of the board of Varrow Partners said the firm had lost £3 million on the contract.',
      expect: ['the firm had lost £3 million on the contract. | the chairman of the board of Varrow Partners | indirect'],
    },
    {
      name: 'an official at a department of several words',
      text: 'A senior official at the Department of Ports said 400 berths had been cut.',
      expect: ['400 berths had been cut. | A senior official at the Department of Ports | indirect'],
    },
    {
      name: 'a spokesman for a person speaks, not the person',
      text: 'A spokesman for Mayor Ines Barrow of Brenmoor backed the plan and said the ferries had run late for 9 weeks.',
      expect: ['the ferries had run late for 9 weeks. | A spokesman for Mayor Ines Barrow of Brenmoor | indirect'],
    },
    {
      name: 'a possessive forecast puts a number',
      text: "The treasury's own forecast, published in November, puts the number of new claimants at 2.3 million.",
      expect: ["The treasury's own forecast, published in November, puts the number of new claimants at 2.3 million. | The treasury | indirect"],
    },
    {
      name: 'a possessive set of figures shows',
      text: "The council's latest figures show that 4,100 families are waiting for homes.",
      expect: ['4,100 families are waiting for homes. | The council | indirect'],
    },
    {
      name: 'a conjunction before an opening phrase',
      text: 'But when contacted, a spokesperson said the department would follow the mayor on the issue.',
      expect: ['the department would follow the mayor on the issue. | a spokesperson | indirect'],
    },
    {
      name: 'a named expert at a body, past seven words',
      text: 'Port security expert Dr Ada Quill of Brenmoor University said the council would face a fine.',
      expect: ['the council would face a fine. | Ada Quill | indirect'],
    },
    {
      name: "a body's own modelling puts a number",
      text: "Varrow Water met on Monday. Varrow's own modelling puts the chance of standpipes at one in ten.",
      expect: ['Varrow Water met on Monday. | - | narrative', "Varrow's own modelling puts the chance of standpipes at one in ten. | Varrow Water | indirect"],
    },
    {
      name: 'a frame nested in the reported clause only hands over to its quote',
      text: 'Osric Vell said the operator had promised in 2025 that "no ferry will be cut without notice".',
      expect: ['no ferry will be cut without notice | Osric Vell | direct'],
    },
    // negative rows: a document by a body is the body's; a name before "of" heads no description; a plain long subject stays narration
    {
      name: 'a report by a body',
      text: 'A report by the Harbour Department said the dues would rise by 4% next year.',
      expect: ['the dues would rise by 4% next year. | the Harbour Department | indirect'],
    },
    {
      name: 'estimates by a named person at a body',
      text: 'The toll comes to nearly £4 a crossing, according to estimates by Ada Quill of the Brenmoor Institute of Economics.',
      expect: ['The toll comes to nearly £4 a crossing | Brenmoor Institute of Economics | indirect'],
    },
    {
      name: 'a clause of its own before the quote',
      text: 'Osric Vell said the port had closed in May and that "no ferry will be cut without notice".',
      expect: ['the port had closed in May | Osric Vell | indirect', 'no ferry will be cut without notice | Osric Vell | direct'],
    },
    {
      name: 'a long subject that describes no people',
      text: 'The number of people on the waiting list at the Harbour Department said nothing about the dues.',
      expect: ['The number of people on the waiting list at the Harbour Department said nothing about the dues. | - | narrative'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claims(row.text), row.expect));
});
