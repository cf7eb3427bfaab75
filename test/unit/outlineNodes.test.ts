import * as assert from 'node:assert/strict';
import { outlineNodes } from '../../src/extension/outlineNodes';
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
