import * as assert from 'node:assert/strict';
import { agreement, cohensKappa } from '../../../src/core/annotations/agreement';
import { applyAnnotations } from '../../../src/core/annotations/applyAnnotations';
import type { Annotation } from '../../../src/core/annotations/model';
import { handAnalysis } from '../handAnalysis';
import { annotationOn } from './annotationFixtures';

const A = handAnalysis();
const on = (needle: string, over: Partial<Annotation>) => annotationOn(A.text, needle, over);
const merged = (list: Annotation[]) => applyAnnotations(A, list).analysis;
const C1 = 'Output rose about 20% to 1.2 million rounds.';

describe('cohensKappa', () => {
  const rows: { name: string; pairs: [string, string][]; expect: number | null }[] = [
    { name: 'perfect agreement', pairs: [['a', 'a'], ['b', 'b']], expect: 1 },
    { name: 'chance-level agreement', pairs: [['a', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'b']], expect: 0 },
    { name: 'the textbook example', pairs: [...Array(20).fill(['y', 'y']), ...Array(5).fill(['y', 'n']), ...Array(10).fill(['n', 'y']), ...Array(15).fill(['n', 'n'])], expect: 0.4 },
    { name: 'no pairs', pairs: [], expect: null },
    { name: 'one category only', pairs: [['a', 'a']], expect: null },
  ];
  for (const row of rows) {
    it(row.name, () => {
      const k = cohensKappa(row.pairs);
      if (row.expect === null) assert.equal(k, null);
      else assert.ok(k !== null && Math.abs(k - row.expect) < 1e-9, `kappa ${k}`);
    });
  }
});

describe('agreement', () => {
  it('agrees fully with itself', () => {
    const r = agreement(A, A);
    assert.deepEqual(r.disagreements, []);
    assert.ok(r.labels.every((l) => l.f1 === 1));
  });

  it('counts a span only one annotator kept and a differing claim type', () => {
    const a = merged([on('"We are in a race of logistics,"', { itemId: 'q2', status: 'rejected' })]);
    const b = merged([on(C1, { kind: 'claim', itemId: 'c1', status: 'edited', fields: { claimType: 'factual' } })]);
    const r = agreement(a, b);
    assert.deepEqual(r.labels.find((l) => l.label === 'Quote'), { label: 'Quote', both: 1, onlyA: 0, onlyB: 1, f1: 2 / 3 });
    assert.deepEqual(r.disagreements.map((d) => [d.kind, d.label, d.a ?? null, d.b ?? null]), [['only-b', 'Quote', null, null], ['claim-type', 'Claim', 'statistic', 'factual']]);
    assert.equal(r.matchedClaims, 1);
  });

  it('compares custom labels by name', () => {
    const a = merged([on('race', { kind: 'label', status: 'added', fields: { label: 'metaphor' } })]);
    const b = merged([on('race', { kind: 'label', status: 'added', fields: { label: 'framing' } })]);
    const r = agreement(a, b);
    assert.deepEqual(r.labels.filter((l) => l.f1 === 0).map((l) => l.label), ['framing', 'metaphor']);
  });
});
