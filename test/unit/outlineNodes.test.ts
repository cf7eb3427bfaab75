import * as assert from 'node:assert/strict';
import { eachOutlineNode, outlineNodes, sameOutline } from '../../src/extension/outlineNodes';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/model';
import { ANALYSIS } from './hoverFixture';

const names = (a: Analysis) => outlineNodes(a).map((n) => [n.name, n.children.map((c) => c.name)]);

describe('outlineNodes', () => {
  const rows = [
    { name: 'headline, then the paragraph with its quotes by speaker', analysis: ANALYSIS,
      expect: [['Ministers meet on aid', []], ['¶1 The minister, Anna Berg, spoke on…', ['“We will spend about 1.5 billion…” — Anna Berg', '“Nobody *knows*” — unattributed']]] },
    { name: 'no dateline: the body as one paragraph', analysis: { ...ANALYSIS, article: { ...ANALYSIS.article, dateline: null, headline: null, bodyStart: 0 }, paragraphs: [], quotes: [] },
      expect: [['¶1 date 2023-02-13 Ministers meet on aid…', []]] },
    { name: 'empty text', analysis: analyze(''), expect: [] },
    { name: 'white space only', analysis: analyze(' \n\n '), expect: [] },
  ];
  for (const row of rows) it(`outlines ${row.name}`, () => assert.deepEqual(names(row.analysis), row.expect));

  it('keeps every node inside the text', () => {
    for (const node of outlineNodes(ANALYSIS).flatMap((n) => [n, ...n.children])) {
      assert.ok(node.range.start <= node.selection.start && node.selection.end <= node.range.end, node.name);
      assert.ok(node.range.end <= ANALYSIS.text.length, node.name);
    }
  });
});

describe('eachOutlineNode with a limit', () => {
  const text = ['date 2024-05-02 Council meets', '', 'First part.', '', '"We will vote," Ana Vell said.', '', 'Third part.', '', 'Fourth part.'].join('\n');
  const analysis = analyze(text);
  const names = (max: number) => [...eachOutlineNode(analysis, max)].map((n) => `${n.name}${n.children.length ? ` +${n.children.length}` : ''}`);
  const rows = [
    { max: 100, expect: ['Council meets', '¶1 First part.', '¶2 "We will vote," Ana Vell said. +1', '¶3 Third part.', '¶4 Fourth part.'] },
    { max: 6, expect: ['Council meets', '¶1 First part.', '¶2 "We will vote," Ana Vell said. +1', '¶3 Third part.', '¶4 Fourth part.'] }, // exactly full
    { max: 5, expect: ['Council meets', '¶1 First part.', '¶2 "We will vote," Ana Vell said. +1', '¶3–4 not listed'] },
    { max: 4, expect: ['Council meets', '¶1 First part.', '¶2–4 not listed'] }, // a paragraph and its quote stay together
    { max: 2, expect: ['Council meets', '¶1–4 not listed'] },
  ];
  for (const row of rows) it(`lists ${row.expect.length} nodes within ${row.max} symbols`, () => assert.deepEqual(names(row.max), row.expect));

  it('spans the paragraphs left out with the last node', () => {
    const last = [...eachOutlineNode(analysis, 4)].pop()!;
    assert.deepEqual(last.range, { start: analysis.paragraphs[1].start, end: analysis.paragraphs[3].end });
    assert.match(last.detail, /^3 more paragraphs/);
  });
});

describe('sameOutline', () => {
  const [first, second] = ANALYSIS.quotes;
  const withQuotes = (quotes: Analysis['quotes']): Analysis => ({ ...ANALYSIS, quotes });
  const renamed = { ...first, speaker: first.speaker && { ...first.speaker, name: 'Someone Else' } };
  const rows = [
    { name: 'the same analysis', b: ANALYSIS, same: true },
    { name: 'a quote reviewed, its place and speaker kept', b: withQuotes([{ ...first, review: { status: 'confirmed' as const, by: 'T', at: '', annotationId: 'a1' } }, second]), same: true },
    { name: 'a speaker changed by hand', b: withQuotes([renamed, second]), same: false },
    { name: 'a quote rejected (hidden)', b: withQuotes([first]), same: false },
    { name: 'a quote moved', b: withQuotes([{ ...first, end: first.end - 1 }, second]), same: false },
    { name: 'other paragraphs (the text analysed again)', b: { ...ANALYSIS, paragraphs: [...ANALYSIS.paragraphs] }, same: false },
  ];
  for (const row of rows) it(`${row.same ? 'same' : 'differs'}: ${row.name}`, () => assert.equal(sameOutline(ANALYSIS, row.b), row.same));
  it('agrees with the outlines it stands for', () => {
    for (const row of rows) if (row.same) assert.deepEqual(outlineNodes(row.b), outlineNodes(ANALYSIS), row.name);
  });
});
