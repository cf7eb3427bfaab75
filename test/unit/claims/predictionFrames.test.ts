import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { checkInvariants } from '../invariants';

const DATELINE = 'date 2024-03-01 Council briefing\n\n';

/** Each candidate's text, type, first piece of type evidence and speaker, whatever its score. */
const claims = (body: string): string[] => {
  const a = analyze(DATELINE + body, { allClaims: true });
  checkInvariants(a);
  return a.claims.map((c) => `${c.text} | ${c.type} | ${c.typeEvidence[0] ?? ''} | ${c.speaker?.name ?? ''}`);
};

describe('claims: a subject that expects or predicts speaks the clause, which stays a prediction', () => {
  const rows = [
    {
      text: 'Mayor Ann Reed spoke on Monday. She expects that rents will rise 4% next year.',
      expect: ['Mayor Ann Reed spoke on Monday. | factual |  | ', 'rents will rise 4% next year. | prediction | expects | Ann Reed'],
    },
    {
      text: 'Mayor Ann Reed spoke on Monday. She predicts that rents will rise 4% next year.',
      expect: ['Mayor Ann Reed spoke on Monday. | factual |  | ', 'rents will rise 4% next year. | prediction | predicts | Ann Reed'],
    },
    {
      text: 'Harbour analysts predict that berth fees will double by 2027.',
      expect: ['berth fees will double by 2027. | prediction | predict | Harbour analysts'],
    },
    {
      text: 'The Port Authority expect that traffic will grow 12% next year.',
      expect: ['traffic will grow 12% next year. | prediction | expect | The Port Authority'],
    },
    // "expects X to": the whole sentence is the subject's expectation
    {
      text: 'Mayor Ann Reed spoke on Monday. She expects rents to rise 4% next year.',
      expect: ['Mayor Ann Reed spoke on Monday. | factual |  | ', 'She expects rents to rise 4% next year. | prediction | expects | Ann Reed'],
    },
    {
      text: 'The Port Authority expects traffic to grow 12% next year.',
      expect: ['The Port Authority expects traffic to grow 12% next year. | prediction | expects | Port Authority'],
    },
    {
      text: 'Economists expect the central bank to cut rates twice next year.',
      expect: ['Economists expect the central bank to cut rates twice next year. | prediction | expect | Economists'],
    },
    // negatives: a modal between subject and verb, no object before "to", no "to"
    {
      text: 'Drivers can expect delays of 40 minutes on the ring road.',
      expect: ['Drivers can expect delays of 40 minutes on the ring road. | prediction | expect | '],
    },
    {
      text: 'They expect to finish the berths by May next year.',
      expect: ['They expect to finish the berths by May next year. | prediction | expect | '],
    },
    {
      text: 'Residents expect more from the council this year.',
      expect: ['Residents expect more from the council this year. | prediction | expect | '],
    },
    // a verb that was a reporting verb already keeps the prediction its clause lost
    {
      text: 'The Harbour Board forecasts that fees will rise 8% in 2027.',
      expect: ['fees will rise 8% in 2027. | prediction | forecasts | Harbour Board'],
    },
    {
      text: 'The Harbour Board predicted that fees would rise 8% in 2027.',
      expect: ['fees would rise 8% in 2027. | prediction | predicted | Harbour Board'],
    },
    // negatives: no subject, a noun, a relative "that", a modal or a negation before a bare verb
    {
      text: 'It is expected that rents will rise 4% next year.',
      expect: ['It is expected that rents will rise 4% next year. | prediction | will | '],
    },
    {
      text: 'The forecasts that the board published last week were wrong.',
      expect: ['The forecasts that the board published last week were wrong. | opinion | wrong | '],
    },
    // "projects" before a relative clause is the noun: neither a frame nor a prediction cue
    {
      text: 'New projects that were started in May will add 400 homes.',
      expect: ['New projects that were started in May will add 400 homes. | prediction | will | '],
    },
    {
      text: 'Nobody could predict that the bridge would close in 2024.',
      expect: ['Nobody could predict that the bridge would close in 2024. | prediction | predict | '],
    },
    {
      text: 'The board did not expect that fees would rise 8% in 2027.',
      expect: ['The board did not expect that fees would rise 8% in 2027. | prediction | expect | '],
    },
    // what came true "as predicted" is no expectation
    {
      text: 'But in July 2012, the Harbour Board failed as predicted.',
      expect: ['in July 2012 | factual |  | Harbour Board'],
    },
    // a reporting verb that expects nothing gives no cue
    {
      text: 'The Harbour Board said that fees would rise 8% in 2027.',
      expect: ['fees would rise 8% in 2027. | prediction | would | the Harbour Board'],
    },
  ];
  for (const row of rows) it(row.text, () => assert.deepEqual(claims(row.text), row.expect));
});
