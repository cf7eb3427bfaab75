import * as assert from 'node:assert/strict';
import { serializeSidecar } from '../../../src/core/annotations/serializeSidecar';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../../src/core/annotations/model';
import type { Annotation } from '../../../src/core/annotations/model';
import { ARTICLE, annotationOn } from './annotationFixtures';

const sidecar = (annotations: Annotation[]) => ({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'transit.txt', annotations }) as const;
const changedLines = (a: string, b: string) => {
  const [x, y] = [a.split('\n'), b.split('\n')];
  assert.equal(x.length, y.length, 'the line count changed');
  return x.filter((line, i) => line !== y[i]).length;
};

describe('serializeSidecar', () => {
  const quote = annotationOn(ARTICLE, '"We cannot wait another decade,"', { fields: { speaker: 'the mayor' } });
  const claim = annotationOn(ARTICLE, 'expand the tram network', { kind: 'claim', itemId: 'c1' });

  it('writes valid JSON with the format first and a final newline', () => {
    const text = serializeSidecar(sidecar([quote]));
    assert.deepEqual(Object.keys(JSON.parse(text)), ['format', 'version', 'article', 'annotations']);
    assert.ok(text.endsWith('}\n'));
  });

  it('orders annotations by position whatever the input order', () => {
    assert.equal(serializeSidecar(sidecar([quote, claim])), serializeSidecar(sidecar([claim, quote])));
  });

  const edits: { name: string; change: Partial<Annotation>; lines: number }[] = [
    { name: 'a status change', change: { status: 'rejected' }, lines: 1 },
    { name: 'a new note', change: { fields: { speaker: 'the mayor', note: 'check' } }, lines: 1 },
    { name: 'a new modification time', change: { modified: '2024-04-01T00:00:00.000Z' }, lines: 1 },
    { name: 'nothing', change: {}, lines: 0 },
  ];
  for (const row of edits) {
    it(`changes ${row.lines} line(s) of the diff for ${row.name}`, () => {
      const before = serializeSidecar(sidecar([claim, quote]));
      const after = serializeSidecar(sidecar([claim, { ...quote, ...row.change }]));
      assert.equal(changedLines(before, after), row.lines);
    });
  }

  it('escapes text that would break the JSON', () => {
    const odd = annotationOn('He said "no\\ way"\tthen\nleft', 'no\\ way"\tthen\nleft');
    const parsed = JSON.parse(serializeSidecar(sidecar([odd])));
    assert.equal(parsed.annotations[0].selector[0].exact, 'no\\ way"\tthen\nleft');
  });
});
