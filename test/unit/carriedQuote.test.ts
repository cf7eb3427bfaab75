import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { checkInvariants } from './invariants';

/** A quote left open at a paragraph's end goes on into the next when the writer forgot to reopen it there. */
describe('carriedQuote: a quote the writer forgot to reopen in the next paragraph', () => {
  const rows = [
    {
      name: 'straight marks, closed before its cue',
      text: 'Dene said: "The plan was never costed.\n\nWe asked for the figures in June and got nothing," she said.',
      expect: ['"The plan was never costed.\n\nWe asked for the figures in June and got nothing,"'],
    },
    {
      name: 'curly marks, a new quote after the cue',
      text: 'Dene said: “The plan was never costed.\n\nWe asked in June and got nothing,” she said. “Then we gave up.”',
      expect: ['“The plan was never costed.\n\nWe asked in June and got nothing,”', '“Then we gave up.”'],
    },
    // negative rows
    {
      name: 'the next paragraph opens a quote of its own',
      text: 'Dene said: "The plan was never costed.\n\nThe mayor said: "We will look at it."',
      expect: ['"The plan was never costed.', '"We will look at it."'],
    },
    { name: 'an inch mark in the next paragraph', text: 'Dene said: "The plan was never costed.\n\nThe crew laid a 12" pipe there.', expect: ['"The plan was never costed.'] },
    {
      name: 'a source line under a pull quote',
      text: '"Nobody costed the plan.\nLena Dene, Westmoor residents."\n\nThe vote is on Monday.',
      expect: ['"Nobody costed the plan.'],
    },
    { name: 'a paragraph between', text: 'Dene said: "The plan was never costed.\n\nWe asked in June.\n\nNobody answered," she said.', expect: ['"The plan was never costed.'] },
    { name: 'the quote before was closed', text: '"The plan was never costed," Dene said.\n\nWe asked in June," she said.', expect: ['"The plan was never costed,"'] },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const a = analyze(row.text);
      checkInvariants(a);
      assert.deepEqual(
        a.quotes.map((q) => q.text),
        row.expect,
      );
    });
  }
});
