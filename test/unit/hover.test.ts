import * as assert from 'node:assert/strict';
import { hoverForOffset, hoversForOffset } from '../../src/core/hover/hoverForOffset';
import { timexInWords } from '../../src/core/hover/timexInWords';
import { figureInWords } from '../../src/core/hover/figureInWords';
import { analyze } from '../../src/core';
import type { Analysis, Figure } from '../../src/core/model';
import { checkInvariants } from './invariants';
import { ANALYSIS, TEXT, at } from './hoverFixture';

const LINKS = { uri: 'file:///a/article.txt', copyCommand: 'policyLens.copyAsJson', revealCommand: 'policyLens.revealInClaimsView' };
const inside = (needle: string, nth = 0) => at(TEXT, needle, nth).start + 1;

describe('hoverForOffset', () => {
  before(() => checkInvariants(ANALYSIS));

  const rows = [
    { name: 'quote: speaker, role and evidence', offset: at(TEXT, '"We').start, kind: 'quote', id: 'q1',
      has: ['**Anna Berg**', '*Finance Minister*', "'she' at line 4 refers to Anna Berg", 'pronoun', 'cue “said”'] },
    { name: 'quote without a speaker', offset: at(TEXT, '"Nobody').start, kind: 'quote', id: 'q2', has: ['Speaker: *not found*'] },
    { name: 'quote text is escaped, never markup', offset: at(TEXT, '"Nobody').start, kind: 'quote', id: 'q2', has: [], hasNot: ['*knows*'] },
    { name: 'claim: type, evidence words, score bar, speaker', offset: inside('We will'), kind: 'claim', id: 'c1',
      has: ['commitment', '“will spend”', '▰▰▰▰▰▰▰▱▱▱ 72%', '**Anna Berg**', "'she' at line 4"] },
    { name: 'claim lists its figures and dates', offset: inside('We will'), kind: 'claim', id: 'c1',
      has: ['“about 1\\.5 billion euros” = about 1\\.5 billion EUR', 'Tuesday 14 February 2023'] },
    { name: 'figure inside a claim wins', offset: inside('1.5 billion'), kind: 'figure', id: 'f1', has: ['money', 'about 1\\.5 billion EUR'] },
    { name: 'date range in words from the dateline', offset: inside('February 14-15'), kind: 'date', id: 'd2',
      has: ['Tuesday 14 February 2023 to Wednesday 15 February 2023, resolved from the dateline 2023\\-02\\-13'] },
    { name: 'single date', offset: inside('Monday'), kind: 'date', id: 'd1', has: ['Monday 13 February 2023'] },
    { name: 'a date header names the value once, not the kind twice', offset: inside('Monday'), kind: 'date', id: 'd1', has: ['**Date** · `2023-02-13`'], hasNot: ['· date ·'] },
  ];
  for (const row of rows) {
    it(`builds the hover: ${row.name}`, () => {
      const hover = hoverForOffset(ANALYSIS, row.offset);
      assert.ok(hover, 'expected a hover');
      assert.equal(hover.kind, row.kind);
      assert.equal(hover.id, row.id);
      for (const part of row.has) assert.ok(hover.markdown.includes(part), `missing ${part} in:\n${hover.markdown}`);
      for (const part of row.hasNot ?? []) assert.ok(!hover.markdown.includes(part), `unexpected ${part} in:\n${hover.markdown}`);
    });
  }

  const empty = analyze('');
  const nones: { name: string; analysis: Analysis; offset: number }[] = [
    { name: 'outside every span', analysis: ANALYSIS, offset: at(TEXT, 'The minister').start },
    { name: 'just past a span (half-open)', analysis: ANALYSIS, offset: at(TEXT, 'Monday').end },
    { name: 'negative offset', analysis: ANALYSIS, offset: -1 },
    { name: 'past the end', analysis: ANALYSIS, offset: TEXT.length + 10 },
    { name: 'empty analysis', analysis: empty, offset: 0 },
  ];
  for (const row of nones) {
    it(`gives no hover: ${row.name}`, () => assert.equal(hoverForOffset(row.analysis, row.offset), null));
  }

  it('returns the range of the span it describes', () => {
    const hover = hoverForOffset(ANALYSIS, inside('Monday'));
    assert.deepEqual(hover?.range, { start: at(TEXT, 'Monday').start, end: at(TEXT, 'Monday').end });
  });

  const linkRows = [
    { name: 'figure in a claim: copy and reveal', offset: inside('1.5 billion'), copy: ['file:///a/article.txt', 'f1'], reveal: ['file:///a/article.txt', 'c1'] },
    { name: 'quote outside any claim: copy only', offset: at(TEXT, '"Nobody').start, copy: ['file:///a/article.txt', 'q2'], reveal: null },
  ];
  for (const row of linkRows) {
    it(`adds command links with encoded arguments: ${row.name}`, () => {
      const markdown = hoverForOffset(ANALYSIS, row.offset, { links: LINKS })?.markdown ?? '';
      const args = (command: string) => {
        const m = new RegExp(`command:${command.replace('.', '\\.')}\\?([^ )]+)`).exec(markdown);
        return m ? JSON.parse(decodeURIComponent(m[1])) : null;
      };
      assert.deepEqual(args(LINKS.copyCommand), row.copy);
      assert.deepEqual(args(LINKS.revealCommand), row.reveal);
    });
  }

  it('leaves command links out without the links option', () => {
    assert.ok(!hoverForOffset(ANALYSIS, inside('We will'))?.markdown.includes('command:'));
  });

  it('names the reference with referenceLabel', () => {
    const hover = hoverForOffset(ANALYSIS, inside('Monday'), { referenceLabel: 'the date of the meeting' });
    assert.ok(hover?.markdown.includes('resolved from the date of the meeting'), hover?.markdown);
  });

  it('says a relative date is unresolved without a dateline', () => {
    const noDateline: Analysis = {
      ...ANALYSIS,
      article: { ...ANALYSIS.article, date: null, referenceDate: null },
      dates: [{ ...at(TEXT, 'Monday'), id: 'd1', type: 'DATE', value: 'XXXX-WXX-1', relative: true }],
    };
    const hover = hoverForOffset(noDateline, inside('Monday'));
    assert.ok(hover?.markdown.includes('not resolved: the article has no dateline'), hover?.markdown);
  });
});

describe('hoversForOffset', () => {
  const rows = [
    { name: 'a claim inside a quote shows the quote too', offset: inside('We will'), expect: ['claim c1', 'quote q1'] },
    { name: 'so does a word between its figure and its date', offset: inside(' on February'), expect: ['claim c1', 'quote q1'] },
    // negatives: on the quote's own mark the claim does not hold; a figure or date stays alone
    { name: 'on the opening mark, the quote alone', offset: at(TEXT, '"We').start, expect: ['quote q1'] },
    { name: 'a figure inside the claim, alone', offset: inside('1.5 billion'), expect: ['figure f1'] },
    { name: 'a quote in no claim, alone', offset: at(TEXT, '"Nobody').start, expect: ['quote q2'] },
    { name: 'outside every span, none', offset: at(TEXT, 'The minister').start, expect: [] },
  ];
  for (const row of rows) {
    it(`lists the hovers: ${row.name}`, () => {
      const hovers = hoversForOffset(ANALYSIS, row.offset);
      assert.deepEqual(hovers.map((h) => `${h.kind} ${h.id}`), row.expect);
      assert.equal(hovers[0]?.markdown, hoverForOffset(ANALYSIS, row.offset)?.markdown);
    });
  }
});

describe('timexInWords', () => {
  const rows = [
    { value: '2023-02-14', expect: 'Tuesday 14 February 2023' },
    { value: '2023-02-14T09:30', expect: 'Tuesday 14 February 2023 at 09:30' },
    { value: '2023-02', expect: 'February 2023' },
    { value: '2023', expect: '2023' },
    { value: '2023-W07', expect: 'week 7 of 2023' },
    { value: '2023-W07-WE', expect: 'the weekend of week 7 of 2023' },
    { value: '2023-Q1', expect: 'quarter 1 of 2023' },
    { value: '2023-SU', expect: 'summer 2023' },
    { value: '202X', expect: 'the 2020s' },
    { value: 'XXXX-02-14', expect: '14 February (year unknown)' },
    { value: 'PRESENT_REF', expect: 'the present' },
    { value: 'P2Y6M', expect: '2 years 6 months' },
    { value: 'P1D', expect: '1 day' },
    { value: 'PT30M', expect: '30 minutes' },
    { value: 'PXY', expect: 'some years' },
    { value: '2023-02-30', expect: '2023-02-30' }, // not a calendar day: shown as written
    { value: '2023-13', expect: '2023-13' },
    { value: 'nonsense', expect: 'nonsense' },
    { value: '', expect: '' },
  ];
  for (const row of rows) it(`reads ${row.value || '(empty)'}`, () => assert.equal(timexInWords(row.value), row.expect));
});

describe('figureInWords', () => {
  const base = { start: 0, end: 1, text: 'x', id: 'f1', approximate: false } as const;
  const rows: { figure: Figure; expect: string }[] = [
    { figure: { ...base, kind: 'count', value: 8, unit: null }, expect: '8' },
    { figure: { ...base, kind: 'percent', value: 12.5, unit: '%' }, expect: '12.5%' },
    { figure: { ...base, kind: 'money', value: 2e6, unit: 'USD', approximate: true, qualifier: 'more than' }, expect: 'more than 2 million USD' },
    { figure: { ...base, kind: 'duration', value: 2.5, unit: 'year' }, expect: '2.5 year' },
    { figure: { ...base, kind: 'multiplier', value: 3, unit: null }, expect: '×3' },
    { figure: { ...base, kind: 'range', value: 2, unit: 'km', range: { from: 2, to: 3 } }, expect: 'from 2 km to 3 km' },
    { figure: { ...base, kind: 'multiplier', value: null, unit: null }, expect: 'no number given' },
    { figure: { ...base, kind: 'quantity', value: null, unit: 'people', approximate: true, qualifier: 'tens of thousands' }, expect: 'tens of thousands, no number given (unit: people)' },
    { figure: { ...base, kind: 'count', value: -4200, unit: null }, expect: '-4,200' },
  ];
  for (const row of rows) it(`reads ${row.figure.kind} → ${row.expect}`, () => assert.equal(figureInWords(row.figure), row.expect));
});
