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
// The fixture without its dateline: its relative dates cannot be resolved.
const UNDATED = TEXT.replace('date 2023-02-13 ', '');
const undated = (dates: Analysis['dates']): Analysis => ({
  ...ANALYSIS, text: UNDATED, quotes: [], entities: [], claims: [], sentences: [], paragraphs: [], figures: [], warnings: [], dates,
  article: { ...ANALYSIS.article, date: null, referenceDate: null, dateline: null, headline: null, title: null, bodyStart: 0 },
});
const relative = (needle: string, id: string, value: string) => ({ ...at(UNDATED, needle), id, type: 'DATE' as const, value, relative: true });
const undatedMany = undated([relative('Monday', 'd1', 'XXXX-WXX-1'), relative('February 14-15', 'd2', 'XXXX-02-14'), relative('voice', 'd3', 'XXXX'), relative('14 February', 'd4', 'XXXX-02-14')]);
const undatedNone = undated([{ ...at(UNDATED, '14 February'), id: 'd1', type: 'DATE', value: '2023-02-14', relative: false }]);
const datedUnresolved: Analysis = { ...ANALYSIS, dates: ANALYSIS.dates.map((d) => (d.id === 'd1' ? { ...d, value: 'XXXX-WXX-1' } : d)) };
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
    { name: 'a relative date without a dateline, once for the article on its first line', analysis: noDateline, on: { ...NONE, unresolvedDate: true }, expect: [['no-dateline', 'date 2023-02-13 Ministers meet on aid']] },
    { name: 'many relative dates without a dateline, still once', analysis: undatedMany, on: { ...NONE, unresolvedDate: true }, expect: [['no-dateline', 'Ministers meet on aid']] },
    { name: 'no dateline but no relative date: nothing to resolve', analysis: undatedNone, on: { ...NONE, unresolvedDate: true }, expect: [] },
    { name: 'a date the dateline could not resolve, at the date', analysis: datedUnresolved, on: { ...NONE, unresolvedDate: true }, expect: [['unresolved-date', 'Monday']] },
    { name: 'relative dates resolved from the dateline are fine', analysis: ANALYSIS, on: { ...NONE, unresolvedDate: true }, expect: [] },
    { name: 'a scare quote needs no speaker', analysis: { ...ANALYSIS, quotes: ANALYSIS.quotes.map((q) => ({ ...q, kind: 'scare' as const })), claims: [] }, on: ALL, expect: [] },
  ];
  for (const row of rows) {
    it(`reports ${row.name}`, () => {
      checkInvariants(row.analysis);
      const found = problems(row.analysis, row.on);
      assert.deepEqual(found.map((p) => [p.code, row.analysis.text.slice(p.start, p.end)]), row.expect);
    });
  }
});

describe('problems of an undated article', () => {
  it('counts and names the relative dates in its one warning', () => {
    const [only] = problems(undatedMany, { ...NONE, unresolvedDate: true });
    assert.equal(only.message, 'No dateline: 4 relative dates (“Monday”, “February 14-15”, “voice”, …) cannot be resolved. Add "date YYYY-MM-DD " before the first line.');
  });
});
