import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core';
import { choiceAt, describeItem, itemsChoiceAt } from '../../../src/core/annotations/reviewChoice';
import { exportItems, type ExportItem } from '../../../src/core/export/exportItems';
import { ARTICLE } from './waterArticle';

const TEXT = 'The agency said tariffs will rise by 5% in June 2026, "and then we will see," an aide said.';
const span = (kind: ExportItem['kind'], needle: string, label: string = kind): ExportItem => {
  const start = TEXT.indexOf(needle);
  return { id: `${kind}1`, kind, label, start, end: start + needle.length, text: needle, speaker: null, claimType: null, value: null, review: null };
};
const claim = span('claim', 'tariffs will rise by 5% in June 2026');
const date = span('date', 'June 2026');
const figure = span('figure', '5%');
const quote = span('quote', '"and then we will see,"');
const inner = span('claim', 'and then we will see');
const ITEMS = [claim, date, figure, quote, inner];
const at = (needle: string, offset = 1) => TEXT.indexOf(needle) + offset;

describe('choiceAt: what a keyboard review acts on', () => {
  const rows: { name: string; start: number; end: number; items: ExportItem[]; ask: boolean }[] = [
    { name: 'a date inside a claim asks, the date first', start: at('June'), end: at('June'), items: [date, claim], ask: true },
    { name: 'a figure inside a claim asks, the figure first', start: at('5%'), end: at('5%'), items: [figure, claim], ask: true },
    { name: 'a claim inside a quote asks, the claim first', start: at('then'), end: at('then'), items: [inner, quote], ask: true },
    { name: 'a claim alone does not ask', start: at('tariffs'), end: at('tariffs'), items: [claim], ask: false },
    { name: 'nothing under the cursor', start: 2, end: 2, items: [], ask: false },
    { name: 'a selection of the whole claim takes the claim without asking', start: claim.start, end: claim.end, items: [claim], ask: false },
    { name: 'a selection inside the date takes the date without asking', start: at('June', 0), end: at('June', 4), items: [date], ask: false },
    { name: 'a selection across the date and the claim takes the claim', start: at('in June', 0), end: at('June', 4), items: [claim], ask: false },
  ];
  for (const row of rows) {
    it(row.name, () => assert.deepEqual(choiceAt(ITEMS, row.start, row.end), { items: row.items, ask: row.ask }));
  }

  it('a selection no item holds falls back to the items at its end', () => {
    const start = TEXT.indexOf('The agency');
    assert.deepEqual(choiceAt(ITEMS, start, at('June')), { items: [date, claim], ask: true });
  });
});

describe('itemsChoiceAt: the same choice, built from the items at the cursor only', () => {
  const a = analyze(ARTICLE);
  const all = exportItems(a);
  // Every cursor position, and selections starting and ending at varied places (some across items, some inside none).
  const cases: [number, number][] = [];
  for (let i = 0; i <= ARTICLE.length; i++) cases.push([i, i], [Math.max(0, i - 7), i], [Math.max(0, i - 60), i]);
  it(`${cases.length} cursors and selections in a short article`, () => {
    for (const [start, end] of cases) assert.deepEqual(itemsChoiceAt(a, start, end), choiceAt(all, start, end), `${start}-${end}`);
  });
  it('a cursor on nothing builds no item (negative)', () => assert.deepEqual(itemsChoiceAt(a, 0, 0), { items: [], ask: false }));
});

describe('describeItem names an item in a message', () => {
  const rows = [
    { item: date, expected: 'date “June 2026”' },
    { item: quote, expected: 'quote “and then we will see,”' },
    { item: span('label', 'tariffs will rise', 'framing'), expected: 'framing “tariffs will rise”' },
    { item: { ...claim, text: `${'word '.repeat(20)}end` }, expected: `claim “${'word '.repeat(10).trim()}…”` },
  ];
  for (const row of rows) it(row.expected, () => assert.equal(describeItem(row.item), row.expected));
});
