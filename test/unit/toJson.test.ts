import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Analysis } from '../../src/core/model';
import { SCHEMA_VERSION, toJson } from '../../src/core/export/toJson';
import { checkInvariants } from './invariants';
import { handAnalysis } from './handAnalysis';

/** Freezes every object reachable from the value, so a mutation throws in strict mode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const context = { path: 'news/a.txt', generatorVersion: '1.2.3' };
const exported = (a: Analysis, path: string | null = context.path) => toJson(a, { ...context, path });

describe('toJson', () => {
  const sourceRows = [
    { name: 'ASCII', text: 'abc', sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', length: 3 },
    { name: 'empty', text: '', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', length: 0 },
    // UTF-8 bytes are hashed, while length counts UTF-16 units: é is 1, the emoji 2.
    { name: 'non-ASCII', text: 'é😀', sha256: '1184d1f608158eea09d297565575892231550c403aaa913008d867a97cfd5c76', length: 3 },
  ];
  for (const row of sourceRows) {
    it(`describes the source of ${row.name} text`, () => {
      const doc = exported(analyze(row.text));
      assert.equal(doc.source.sha256, row.sha256);
      assert.equal(doc.source.length, row.length);
    });
  }

  const shapeRows: { name: string; check: (doc: ReturnType<typeof toJson>) => void }[] = [
    { name: 'carries schema version 1', check: (d) => assert.equal(d.schemaVersion, SCHEMA_VERSION) },
    { name: 'names the generator', check: (d) => assert.deepEqual(d.generator, { name: 'policy-lens', version: '1.2.3' }) },
    { name: 'keeps the path', check: (d) => assert.equal(d.source.path, 'news/a.txt') },
    { name: 'leaves out the raw text', check: (d) => assert.ok(!('text' in d)) },
    { name: 'keeps the article fields', check: (d) => assert.deepEqual(Object.keys(d.article), ['date', 'title', 'bodyStart', 'referenceDate']) },
    { name: 'keeps a quote speaker with mention and cue', check: (d) => assert.equal(d.quotes[1].speaker?.mention.text, 'he') },
    { name: 'omits parentId on a top-level quote', check: (d) => assert.ok(!('parentId' in d.quotes[0])) },
    { name: 'keeps a figure qualifier', check: (d) => assert.equal(d.figures[0].qualifier, 'about') },
    { name: 'keeps claim links by id', check: (d) => assert.deepEqual(d.claims[0].figureIds, ['f1', 'f2']) },
    { name: 'survives a JSON round trip unchanged', check: (d) => assert.deepEqual(JSON.parse(JSON.stringify(d)), d) },
  ];
  for (const row of shapeRows) {
    it(row.name, () => {
      const analysis = deepFreeze(handAnalysis());
      checkInvariants(analysis);
      row.check(exported(analysis));
    });
  }

  it('gives a null path for stdin', () => {
    assert.equal(exported(handAnalysis(), null).source.path, null);
  });

  it('exports an unattributed quote with speaker null', () => {
    const base = handAnalysis();
    const analysis = { ...base, quotes: base.quotes.map((q) => ({ ...q, speaker: null })) };
    checkInvariants(analysis);
    assert.deepEqual(exported(analysis).quotes.map((q) => q.speaker), [null, null]);
  });

  it('exports a continuation speaker with cue null', () => {
    const base = handAnalysis();
    const quotes = base.quotes.map((q) => (q.speaker ? { ...q, speaker: { ...q.speaker, cue: null } } : q));
    assert.deepEqual(exported({ ...base, quotes }).quotes.map((q) => q.speaker?.cue), [null, null]);
  });

  it('does not share arrays with the analysis', () => {
    const analysis = handAnalysis();
    const doc = exported(analysis);
    assert.notEqual(doc.entities[0].roles, analysis.entities[0].roles);
    assert.notEqual(doc.claims[0].figureIds, analysis.claims[0].figureIds);
  });
});
