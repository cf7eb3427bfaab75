import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** Every claim candidate as "attribution speaker: text", scored or not, and whether it links a turn. */
function claimsOf(text: string): string[] {
  const a = analyze(text, { allClaims: true });
  checkInvariants(a);
  const turns = new Set(a.quotes.filter((q) => q.unmarked === 'turn').map((q) => q.id));
  return a.claims.map((c) => `${c.attribution} ${c.speaker?.name ?? '-'}${c.quoteIds.some((id) => turns.has(id)) ? ' (turn)' : ''}: ${c.text}`);
}

const OPENING = 'date 2026-03-14 Waiting lists\n\nHealth Secretary Kate Holt spoke to the station on Friday.\n\n';

describe('claims inside transcript turns', () => {
  const rows: { name: string; text: string; expect: string[] }[] = [
    {
      name: 'reported speech inside a turn is its source\'s, the rest the turn speaker\'s',
      text: OPENING + 'HOST: Will lists fall?\n\nHOLT: We have put the money in, and the chief executive told us that waiting lists would fall by 15 percent.\n\nHOST: Thank you.',
      expect: [
        'narrative -: Health Secretary Kate Holt spoke to the station on Friday.',
        'direct the host (turn): Will lists fall?',
        'direct Kate Holt (turn): We have put the money in',
        'indirect the chief executive: waiting lists would fall by 15 percent.',
      ],
    },
    {
      name: 'what the speaker reports in the first person stays theirs',
      text: OPENING + 'HOLT: No. I have told the board that we need another £5 million this year.',
      expect: [
        'narrative -: Health Secretary Kate Holt spoke to the station on Friday.',
        'direct Kate Holt (turn): we need another £5 million this year.',
      ],
    },
    {
      name: 'a role that reports inside a question is no one who spoke before',
      text: OPENING + 'HOLT: Arrests are up by a third.\n\nHOST: The mayor said last week that you had lost control of the city centre.\n\nHOST: Thank you.',
      expect: [
        'narrative -: Health Secretary Kate Holt spoke to the station on Friday.',
        'direct Kate Holt (turn): Arrests are up by a third.',
        'indirect The mayor: you had lost control of the city centre.',
      ],
    },
    {
      name: 'the answers of an interview whose title line, with no dateline, names the one interviewed',
      text: 'Q&A with Mayor Elena Ruiz.\n\nMayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.\n\nQ: Will fares rise?\n\nA: Fares will rise by 4 percent in April.',
      expect: [
        'narrative -: Q&A with Mayor Elena Ruiz.',
        'narrative -: Mayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.',
        'direct Elena Ruiz (turn): Fares will rise by 4 percent in April.',
      ],
    },
    {
      name: 'the title line names someone the text names nowhere else, a short surname closing its sentence',
      text: 'Q&A with Dr. Ann Lee.\n\nQ: Will fares rise?\n\nA: Fares will rise by 4 percent in April.',
      expect: ['narrative -: Q&A with Dr. Ann Lee.', 'direct Dr. Ann Lee (turn): Fares will rise by 4 percent in April.'],
    },
    {
      name: 'the answers of an interview whose title names one of the people named before it',
      text: 'Bus fares row reaches Mayor Elena Ruiz.\n\nMayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.\n\nQ: Will fares rise?\n\nA: Fares will rise by 4 percent in April.',
      expect: [
        'narrative -: Bus fares row reaches Mayor Elena Ruiz.',
        'narrative -: Mayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.',
        'direct Elena Ruiz (turn): Fares will rise by 4 percent in April.',
      ],
    },
    // negative rows: a title naming none of those named before, speech in marks and dash dialogue keep their reading
    {
      name: 'an interview whose title names no one: the answers stay unattributed',
      text: 'Bus fares to rise in April.\n\nMayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.\n\nQ: Will fares rise?\n\nA: Fares will rise by 4 percent in April.',
      expect: [
        'narrative -: Bus fares to rise in April.',
        'narrative -: Mayor Elena Ruiz spoke to reporters Tom Beck and Ann Lee on Monday.',
        'direct - (turn): Fares will rise by 4 percent in April.',
      ],
    },
    {
      name: 'a quote in marks in prose',
      text: OPENING + '"We will recruit 200 nurses by 2028," Holt said.',
      expect: ['narrative -: Health Secretary Kate Holt spoke to the station on Friday.', 'direct Kate Holt: We will recruit 200 nurses by 2028'],
    },
    {
      name: 'dash dialogue',
      text: OPENING + '— Waiting lists will fall by 15 percent, Holt said.',
      expect: ['narrative -: Health Secretary Kate Holt spoke to the station on Friday.', 'direct Kate Holt: Waiting lists will fall by 15 percent'],
    },
  ];
  for (const row of rows) it(row.name, () => assert.deepEqual(claimsOf(row.text), row.expect));
});

describe('a turn is scored as the same line with its label in title case', () => {
  const worth = (text: string) => analyze(text, { allClaims: true }).claims.filter((c) => c.text.startsWith('Waiting')).map((c) => c.checkWorthiness);
  const line = 'Waiting lists have grown for three years in a row.';
  it('a turn in capitals and a labelled line score alike', () => {
    const capitals = worth(OPENING + `HOST: Why?\n\nHOLT: ${line}\n\nHOST: And now?\n\nHOLT: ${line}`);
    const titled = worth(OPENING + `Host: Why?\n\nKate Holt: ${line}\n\nHost: And now?\n\nKate Holt: ${line}`);
    assert.equal(capitals.length, 2);
    assert.deepEqual(capitals, titled);
  });
});
