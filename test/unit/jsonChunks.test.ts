import * as assert from 'node:assert/strict';
import { jsonChunks } from '../../src/cli/jsonChunks';
import { toJson } from '../../src/core/export/toJson';
import { handAnalysis } from './handAnalysis';

describe('jsonChunks', () => {
  const rows: { name: string; doc: object }[] = [
    { name: 'an empty object', doc: {} },
    { name: 'empty and nested arrays', doc: { a: [], b: [[1, [2]], { c: [] }], d: { e: [3] } } },
    { name: 'nulls, strings with line breaks and quotes', doc: { a: null, b: 'x\n"y"\u2028', c: [null, 'z\r\n'] } },
    { name: 'undefined fields left out, as JSON.stringify does', doc: { a: undefined, b: 1, c: [undefined] } },
    { name: 'a full export', doc: toJson(handAnalysis(), { path: 'a.txt', generatorVersion: '1' }) },
  ];
  for (const row of rows) {
    for (const pretty of [true, false]) {
      it(`matches JSON.stringify for ${row.name} (${pretty ? 'pretty' : 'one line'})`, () => {
        const expected = pretty ? JSON.stringify(row.doc, null, 2) : JSON.stringify(row.doc);
        assert.equal([...jsonChunks(row.doc, pretty)].join(''), expected);
      });
    }
  }

  it('keeps a one-line document on one line', () => {
    const text = [...jsonChunks(toJson(handAnalysis(), { path: 'a.txt', generatorVersion: '1' }), false)].join('');
    assert.ok(!text.includes('\n'));
  });

  it('yields one chunk per array item, so no chunk holds a whole long array', () => {
    const doc = { items: Array.from({ length: 1000 }, (_, i) => ({ i })) };
    assert.ok([...jsonChunks(doc, true)].length > 1000);
  });
});
