import * as assert from 'node:assert/strict';
import { problems } from '../../src/extension/problems';
import type { Analysis } from '../../src/core/model';
import { checkInvariants } from './invariants';
import { ANALYSIS, TEXT, at } from './hoverFixture';

const ALL = { quoteWithoutSpeaker: true, unbalancedQuote: true, unresolvedDate: true };
const NONE = { quoteWithoutSpeaker: false, unbalancedQuote: false, unresolvedDate: false };
const noDateline: Analysis = {
  ...ANALYSIS,
  article: { ...ANALYSIS.article, date: null, referenceDate: null, dateline: null, headline: null, title: null },
  dates: [{ ...at(TEXT, 'Monday'), id: 'd1', type: 'DATE', value: 'XXXX-WXX-1', relative: true }],
  claims: [],
};
const unclosed: Analysis = {
  ...ANALYSIS,
  quotes: ANALYSIS.quotes.map((q) => (q.id === 'q2' ? { ...q, unclosed: true } : q)),
  warnings: [{ code: 'unclosed-quote', message: 'No closing mark.', start: at(TEXT, '"Nobody').start, end: at(TEXT, '"Nobody').start + 1 }],
};

const stray: Analysis = {
  ...ANALYSIS,
  warnings: [{ code: 'stray-quote-mark', message: 'This quote mark pairs with none.', start: at(TEXT, '"Nobody').start, end: at(TEXT, '"Nobody').start + 1 }],
};

describe('problems', () => {
  const rows = [
    { name: 'a speech quote without a speaker', analysis: ANALYSIS, on: ALL, expect: [['quote-without-speaker', '"Nobody *knows*,"']] },
    { name: 'switched off', analysis: ANALYSIS, on: NONE, expect: [] },
    { name: 'an unclosed quote, reported once though the warning repeats it', analysis: unclosed, on: { ...NONE, unbalancedQuote: true }, expect: [['unbalanced-quote', '"']] },
    { name: 'a stray quote mark the engine set aside', analysis: stray, on: { ...NONE, unbalancedQuote: true }, expect: [['unbalanced-quote', '"']] },
    { name: 'a stray quote mark, switched off', analysis: stray, on: NONE, expect: [] },
    { name: 'a relative date without a dateline', analysis: noDateline, on: { ...NONE, unresolvedDate: true }, expect: [['unresolved-date', 'Monday']] },
    { name: 'relative dates resolved from the dateline are fine', analysis: ANALYSIS, on: { ...NONE, unresolvedDate: true }, expect: [] },
    { name: 'a scare quote needs no speaker', analysis: { ...ANALYSIS, quotes: ANALYSIS.quotes.map((q) => ({ ...q, kind: 'scare' as const })), claims: [] }, on: ALL, expect: [] },
  ];
  for (const row of rows) {
    it(`reports ${row.name}`, () => {
      checkInvariants(row.analysis);
      const found = problems(row.analysis, row.on);
      assert.deepEqual(found.map((p) => [p.code, TEXT.slice(p.start, p.end)]), row.expect);
    });
  }
});
