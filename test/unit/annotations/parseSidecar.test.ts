import * as assert from 'node:assert/strict';
import { parseSidecar } from '../../../src/core/annotations/parseSidecar';
import { serializeSidecar } from '../../../src/core/annotations/serializeSidecar';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../../src/core/annotations/model';
import { ARTICLE, annotationOn } from './annotationFixtures';

const good = serializeSidecar({
  format: SIDECAR_FORMAT,
  version: SIDECAR_VERSION,
  article: 'transit.txt',
  annotations: [annotationOn(ARTICLE, 'expand the tram network', { kind: 'claim', itemId: 'c1', status: 'edited', fields: { claimType: 'commitment', note: 'a pledge', tags: ['transport'] } })],
});
const json = JSON.parse(good);
const withAnnotation = (patch: Record<string, unknown>) => JSON.stringify({ ...json, annotations: [{ ...json.annotations[0], ...patch }] });

describe('parseSidecar', () => {
  const rows: { name: string; text: string; expect: 'ok' | 'corrupt' | 'newer'; count?: number }[] = [
    { name: 'a sidecar it wrote', text: good, expect: 'ok', count: 1 },
    { name: 'an empty file', text: '', expect: 'ok', count: 0 },
    { name: 'no annotations', text: JSON.stringify({ ...json, annotations: [] }), expect: 'ok', count: 0 },
    { name: 'a noted item (a note alone, unreviewed)', text: withAnnotation({ status: 'noted', fields: { note: 'ask the agency' } }), expect: 'ok', count: 1 },
    { name: 'a review stored detached (typed over in the editor)', text: withAnnotation({ detached: true }), expect: 'ok', count: 1 },
    { name: 'detached not true or false', text: withAnnotation({ detached: 'yes' }), expect: 'corrupt' },
    { name: 'a newer version', text: JSON.stringify({ ...json, version: 2, annotations: 'anything' }), expect: 'newer' },
    // negatives: never throw, say what is wrong
    { name: 'truncated JSON', text: good.slice(0, good.length / 2), expect: 'corrupt' },
    { name: 'another format', text: JSON.stringify({ ...json, format: 'something-else' }), expect: 'corrupt' },
    { name: 'a JSON array', text: '[]', expect: 'corrupt' },
    { name: 'version zero', text: JSON.stringify({ ...json, version: 0 }), expect: 'corrupt' },
    { name: 'annotations not a list', text: JSON.stringify({ ...json, annotations: {} }), expect: 'corrupt' },
    { name: 'an unknown status', text: withAnnotation({ status: 'maybe' }), expect: 'corrupt' },
    { name: 'an unknown kind', text: withAnnotation({ kind: 'person' }), expect: 'corrupt' },
    { name: 'an unknown claim type', text: withAnnotation({ fields: { claimType: 'rumour' } }), expect: 'corrupt' },
    { name: 'tags not strings', text: withAnnotation({ fields: { tags: [1] } }), expect: 'corrupt' },
    { name: 'no quote selector', text: withAnnotation({ selector: [json.annotations[0].selector[1]] }), expect: 'corrupt' },
    { name: 'end before start', text: withAnnotation({ selector: [json.annotations[0].selector[0], { type: 'TextPositionSelector', start: 9, end: 3 }] }), expect: 'corrupt' },
    { name: 'a duplicate id', text: JSON.stringify({ ...json, annotations: [json.annotations[0], json.annotations[0]] }), expect: 'corrupt' },
  ];
  for (const row of rows) {
    it(`reads ${row.name} as ${row.expect}`, () => {
      const parsed = parseSidecar(row.text, 'transit.txt');
      assert.equal(parsed.kind, row.expect, parsed.kind === 'ok' ? '' : parsed.message);
      if (parsed.kind === 'ok' && row.count !== undefined) assert.equal(parsed.sidecar.annotations.length, row.count);
    });
  }

  for (const detached of [true, undefined]) {
    it(`keeps a review ${detached ? '' : 'not '}detached through a write and a read`, () => {
      const a = { ...annotationOn(ARTICLE, 'by 40 kilometres'), ...(detached ? { detached } : {}) };
      const text = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'transit.txt', annotations: [a] });
      const parsed = parseSidecar(text);
      assert.equal(parsed.kind === 'ok' && parsed.sidecar.annotations[0].detached, detached ?? undefined);
      assert.equal(text.includes('"detached"'), !!detached);
    });
  }

  it('reads back exactly what was written', () => {
    const parsed = parseSidecar(good);
    assert.equal(parsed.kind, 'ok');
    if (parsed.kind === 'ok') assert.equal(serializeSidecar(parsed.sidecar), good);
  });
});
