import * as assert from 'node:assert/strict';
import { jsonChunks, ITEMS_PER_CHUNK } from '../../src/cli/jsonChunks';
import { mergeAnnotations } from '../../src/core/annotations/mergeAnnotations';
import { ExportList } from '../../src/core/export/exportList';
import { exportView, toJson } from '../../src/core/export/toJson';
import type { Analysis } from '../../src/core/model';
import { annotationOn } from './annotations/annotationFixtures';
import { handAnalysis } from './handAnalysis';

/** Strings JSON.stringify escapes or keeps in ways a hand-written writer could get wrong. */
const ODD = ['x\n"y"\u2028\u2029', 'tab\there\\back', '\u0000\u0001\u001f\u007f', 'lone \ud800 high', 'lone \udc00 low', '😀 pair', '\ufeffbom', 'é “curly” ‘single’', '</script>'];

/** The hand analysis with its figures repeated `times` over, each given an odd text, so the list is long. */
function longAnalysis(times: number): Analysis {
  const a = handAnalysis();
  const figures = Array.from({ length: times }, (_, i) => ({ ...a.figures[0], id: `f${i + 1}`, text: ODD[i % ODD.length] }));
  return { ...a, figures, warnings: [{ code: 'odd', message: ODD.join('|') }] };
}

const context = { path: 'news/\ud800 a.txt', generatorVersion: '1' };
const reviewed = () => {
  const base = handAnalysis();
  const on = annotationOn.bind(null, base.text);
  return mergeAnnotations(base, [on('race', { kind: 'label', status: 'added', fields: { label: 'metaphor' } }), on('"ramp up production"', { itemId: 'q1', fields: { tags: ['a'] } })]).analysis;
};

describe('jsonChunks', () => {
  const rows: { name: string; doc: () => object; expect: () => object }[] = [
    { name: 'an empty object', doc: () => ({}), expect: () => ({}) },
    { name: 'empty and nested arrays', doc: () => ({ a: [], b: [[1, [2]], { c: [] }], d: { e: [3] } }), expect: () => ({ a: [], b: [[1, [2]], { c: [] }], d: { e: [3] } }) },
    { name: 'odd strings', doc: () => ({ a: null, b: ODD, c: [null, 'z\r\n'] }), expect: () => ({ a: null, b: ODD, c: [null, 'z\r\n'] }) },
    { name: 'undefined fields left out, as JSON.stringify does', doc: () => ({ a: undefined, b: 1, c: [undefined] }), expect: () => ({ a: undefined, b: 1, c: [undefined] }) },
    { name: 'a full export', doc: () => toJson(handAnalysis(), context), expect: () => toJson(handAnalysis(), context) },
    { name: 'an export view', doc: () => exportView(handAnalysis(), context), expect: () => toJson(handAnalysis(), context) },
    { name: 'a reviewed export view, with labels and annotations', doc: () => exportView(reviewed(), context), expect: () => toJson(reviewed(), context) },
    { name: 'a long array, written in groups', doc: () => ({ a: 1, items: Array.from({ length: 3000 }, (_, i) => ({ i, s: ODD[i % ODD.length] })), z: [] }), expect: () => ({ a: 1, items: Array.from({ length: 3000 }, (_, i) => ({ i, s: ODD[i % ODD.length] })), z: [] }) },
    { name: 'a long export view, written in groups', doc: () => exportView(longAnalysis(2 * ITEMS_PER_CHUNK + 1100), context), expect: () => toJson(longAnalysis(2 * ITEMS_PER_CHUNK + 1100), context) },
    { name: 'a long list of exactly whole groups', doc: () => ({ items: new ExportList(Array.from({ length: 32 * ITEMS_PER_CHUNK }, (_, i) => i), (i) => [i]) }), expect: () => ({ items: Array.from({ length: 32 * ITEMS_PER_CHUNK }, (_, i) => [i]) }) },
  ];
  for (const row of rows) {
    for (const pretty of [true, false]) {
      it(`matches JSON.stringify for ${row.name} (${pretty ? 'pretty' : 'one line'})`, () => {
        const expected = pretty ? JSON.stringify(row.expect(), null, 2) : JSON.stringify(row.expect());
        assert.equal([...jsonChunks(row.doc(), pretty)].join(''), expected);
      });
    }
  }

  it('keeps a one-line document on one line', () => {
    const text = [...jsonChunks(exportView(longAnalysis(3000), context), false)].join('');
    assert.ok(!text.includes('\n'));
  });

  it('writes a short document in one chunk', () => {
    assert.equal([...jsonChunks(exportView(handAnalysis(), context), true)].length, 1);
  });

  it('writes a long list in groups, so no chunk holds a whole long array', () => {
    const doc = { items: Array.from({ length: 5000 }, (_, i) => ({ i })) };
    const chunks = [...jsonChunks(doc, true)];
    assert.ok(chunks.length >= 5000 / ITEMS_PER_CHUNK);
    assert.ok(chunks.every((c) => (c.match(/"i"/g) ?? []).length <= ITEMS_PER_CHUNK));
  });
});
