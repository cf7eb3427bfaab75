import * as assert from 'node:assert/strict';
import { reportedSpeech } from '../../../src/core/extractors/claims/reportedClauses';

describe('reportedSpeech', () => {
  const rows = [
    { text: 'The mayor said that the tunnel will open in May.', clauses: ['the tunnel will open in May.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'The mayor also said on Friday that fares will rise.', clauses: ['fares will rise.'], attribution: 'indirect', source: 'The mayor' },
    { text: 'She told reporters that the plant had closed.', clauses: ['the plant had closed.'], attribution: 'indirect', source: 'She' },
    { text: 'According to the regulator, prices fell in every region.', clauses: ['prices fell in every region.'], attribution: 'indirect', source: 'the regulator' },
    { text: 'Prices fell in every region, according to the regulator.', clauses: ['Prices fell in every region'], attribution: 'indirect', source: 'the regulator' },
    { text: 'The port handled fewer ships, the minister has said at a briefing on Monday.', clauses: ['The port handled fewer ships'], attribution: 'indirect', source: 'the minister' },
    {
      text: 'The survey is complete, Ms Okafor said, adding that two depots were empty.',
      clauses: ['The survey is complete', 'two depots were empty.'],
      attribution: 'indirect',
      source: 'Ms Okafor',
    },
    { text: 'The port handled fewer ships last winter.', clauses: ['The port handled fewer ships last winter.'], attribution: 'narrative', source: null },
    // frames with no content of their own
    { text: ', he said.', clauses: [], attribution: null, source: 'he' },
    { text: 'He said at a press conference.', clauses: [], attribution: null, source: 'He' },
    { text: '', clauses: [], attribution: null, source: null },
  ] as const;
  for (const row of rows) {
    it(`${row.attribution ?? 'no clause'}: ${JSON.stringify(row.text)}`, () => {
      const result = reportedSpeech(row.text, 0, row.text.length);
      assert.deepEqual(result.clauses.map((c) => row.text.slice(c.start, c.end)), row.clauses);
      for (const c of result.clauses) assert.equal(c.attribution, row.attribution);
      assert.equal(result.source?.text ?? null, row.source);
      if (result.source) assert.equal(row.text.slice(result.source.start, result.source.end), result.source.text);
    });
  }
});
