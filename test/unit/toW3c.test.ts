import * as assert from 'node:assert/strict';
import { applyAnnotations } from '../../src/core/annotations/applyAnnotations';
import { ANNO_CONTEXT, toW3c } from '../../src/core/export/toW3c';
import { handAnalysis } from './handAnalysis';
import { annotationOn } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';

describe('toW3c', () => {
  const base = handAnalysis();
  const reviewed = applyAnnotations(base, [
    annotationOn(base.text, '"ramp up production"', { itemId: 'q1', status: 'confirmed', fields: { note: 'heard it', tags: ['supply'] } }),
  ]).analysis;
  const astral = { ...base, text: '😀' + base.text, entities: [], quotes: [], claims: [], figures: [], dates: [], labels: [{ id: 'l1', start: 2, end: 6, text: 'date', label: 'x', review: { status: 'added' as const, by: 'a', at: 't', annotationId: 'l1' } }] };
  const rows = [
    { name: 'an extracted analysis', analysis: base, path: 'news/a.txt', count: 6 },
    { name: 'a reviewed analysis', analysis: reviewed, path: 'news/a.txt', count: 6 },
    { name: 'text with an astral character', analysis: astral, path: null, count: 1 },
  ];
  for (const row of rows) {
    it(`has the Web Annotation required fields: ${row.name}`, () => {
      checkInvariants(row.analysis);
      const page = JSON.parse(JSON.stringify(toW3c(row.analysis, row.path)));
      assert.equal(page['@context'], ANNO_CONTEXT);
      assert.equal(page.type, 'AnnotationPage');
      assert.equal(page.items.length, row.count);
      const chars = [...row.analysis.text];
      for (const a of page.items) {
        assert.equal(a['@context'], ANNO_CONTEXT);
        assert.equal(a.type, 'Annotation');
        assert.match(a.id, /^[a-z][a-z0-9+.-]*:\S+$/, 'id is not an IRI');
        assert.equal(a.target.source, row.path ?? a.target.source);
        assert.match(a.target.source, /\S/);
        const quote = a.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector');
        const position = a.target.selector.find((s: { type: string }) => s.type === 'TextPositionSelector');
        assert.ok(typeof quote.exact === 'string' && typeof quote.prefix === 'string' && typeof quote.suffix === 'string');
        assert.equal(chars.slice(position.start, position.end).join(''), quote.exact, 'positions must count code points');
        for (const b of a.body) assert.deepEqual(Object.keys(b).sort(), ['purpose', 'type', 'value']);
      }
    });
  }

  it('carries the review as creator, assessment, comment and tag', () => {
    const q1 = toW3c(reviewed, 'a.txt').items.find((a) => a.id.endsWith(':q1'))!;
    assert.deepEqual(q1.creator, { type: 'Person', name: 'tester' });
    assert.deepEqual(q1.body.map((b) => `${b.purpose}=${b.value}`), ['tagging=Quote', 'describing=speaker: Jens Stoltenberg', 'assessing=confirmed', 'commenting=heard it', 'tagging=supply']);
    const q2 = toW3c(reviewed, 'a.txt').items.find((a) => a.id.endsWith(':q2'))!;
    assert.equal(q2.creator, undefined);
  });
});
