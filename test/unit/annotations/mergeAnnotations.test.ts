import * as assert from 'node:assert/strict';
import { mergeAnnotations } from '../../../src/core/annotations/mergeAnnotations';
import { ARTICLE, annotationOn, bareAnalysis } from './annotationFixtures';
import { checkInvariants } from '../invariants';

describe('mergeAnnotations', () => {
  const label = annotationOn(ARTICLE, 'expand the tram network', { kind: 'label', status: 'added', fields: { label: 'policy' } });
  const gone = annotationOn(ARTICLE, 'leave the suburbs behind', { kind: 'label', status: 'added', fields: { label: 'framing' } });
  const rows = [
    { name: 'the same text', text: ARTICLE, labels: ['policy', 'framing'], warnings: [] as string[] },
    { name: 'text inserted above', text: ARTICLE.replace('The council', 'In short: the council'), labels: ['policy', 'framing'], warnings: [] },
    { name: 'a phrase deleted', text: ARTICLE.replace(' and "leave the suburbs behind"', ''), labels: ['policy'], warnings: ['orphan-annotation'] },
  ];
  for (const row of rows) {
    it(`anchors, then merges: ${row.name}`, () => {
      const merged = mergeAnnotations(bareAnalysis(row.text), [label, gone]);
      checkInvariants(merged.analysis);
      assert.deepEqual(merged.analysis.labels?.map((l) => l.label), row.labels);
      assert.deepEqual(merged.analysis.warnings.map((w) => w.code).filter((c) => c.endsWith('-annotation')), row.warnings);
      assert.equal(merged.anchored.length + merged.orphans.length, 2);
    });
  }
});
