import * as assert from 'node:assert/strict';
import { shiftAnnotations } from '../../../src/core/annotations/shiftAnnotations';
import { ARTICLE, annotationOn } from './annotationFixtures';

describe('shiftAnnotations follows live edits', () => {
  const quote = annotationOn(ARTICLE, '"We cannot wait another decade,"');
  const edit = (at: string, length: number, text: string) => {
    const offset = ARTICLE.indexOf(at);
    return { change: { rangeOffset: offset, rangeLength: length, text }, text: ARTICLE.slice(0, offset) + text + ARTICLE.slice(offset + length) };
  };
  const rows = [
    { name: 'typing above moves it', ...edit('The council', 0, 'Update: '), exact: '"We cannot wait another decade,"', orphaned: 0, changed: true },
    { name: 'typing inside grows it', ...edit('another', 0, 'yet '), exact: '"We cannot wait yet another decade,"', orphaned: 0, changed: true },
    { name: 'typing far below leaves it', ...edit('euros', 0, 'more '), exact: '"We cannot wait another decade,"', orphaned: 0, changed: false },
    // negative: its text deleted
    { name: 'deleting it orphans it', ...edit('"We cannot', '"We cannot wait another decade,"'.length, ''), exact: '"We cannot wait another decade,"', orphaned: 1, changed: true },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const result = shiftAnnotations([quote], new Set(), [row.change], row.text);
      const [a] = result.annotations;
      assert.equal(a.quote.exact, row.exact);
      assert.equal(result.orphaned.length, row.orphaned);
      assert.equal(result.changed, row.changed);
      if (!row.orphaned) assert.equal(row.text.slice(a.position.start, a.position.end), a.quote.exact);
    });
  }

  it('leaves orphans alone', () => {
    const { annotations, changed } = shiftAnnotations([quote], new Set([quote.id]), [edit('The council', 0, 'x').change], 'x' + ARTICLE);
    assert.deepEqual([annotations[0], changed], [quote, false]);
  });
});
