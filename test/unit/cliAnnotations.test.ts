import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUT_SUFFIX, outputRenderer, renderTextFormat, withAnnotations } from '../../src/cli/annotations';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/serializeSidecar';
import { articlePathOf, sidecarPath } from '../../src/core/annotations/sidecarPath';
import { ARTICLE, annotationOn, bareAnalysis } from './annotations/annotationFixtures';
import { checkInvariants } from './invariants';

describe('sidecarPath', () => {
  const rows = [
    { path: 'news/a.txt', sidecar: 'news/a.txt.annotations.json' },
    { path: 'a', sidecar: 'a.annotations.json' },
  ];
  for (const row of rows) it(`puts the sidecar of ${row.path} beside it`, () => {
    assert.equal(sidecarPath(row.path), row.sidecar);
    assert.equal(articlePathOf(row.sidecar), row.path);
  });
  it('finds no article for other files', () => {
    assert.equal(articlePathOf('news/a.txt'), null);
    assert.equal(articlePathOf('.annotations.json'), null);
  });
});

describe('the CLI reads sidecars', () => {
  let dir = '';
  let article = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-'));
    article = join(dir, 'transit.txt');
    writeFileSync(article, ARTICLE);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const label = annotationOn(ARTICLE, 'expand the tram network', { kind: 'label', status: 'added', fields: { label: 'policy', note: 'main pledge' } });
  const good = serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'transit.txt', annotations: [label] });

  const rows = [
    { name: 'no sidecar', sidecar: null, labels: 0, notes: 0 },
    { name: 'a sidecar', sidecar: good, labels: 1, notes: 0 },
    { name: 'a corrupt sidecar', sidecar: good.slice(0, 50), labels: 0, notes: 1 },
    { name: 'a newer sidecar', sidecar: JSON.stringify({ format: SIDECAR_FORMAT, version: 9 }), labels: 0, notes: 1 },
  ];
  for (const row of rows) {
    it(`merges ${row.name}`, () => {
      if (row.sidecar !== null) writeFileSync(sidecarPath(article), row.sidecar);
      const result = withAnnotations(bareAnalysis(ARTICLE), article, false);
      checkInvariants(result.analysis);
      assert.equal(result.analysis.labels?.length ?? 0, row.labels);
      assert.equal(result.notes.length, row.notes);
      if (row.sidecar !== null) assert.equal(readFileSync(sidecarPath(article), 'utf8'), row.sidecar, 'the sidecar was changed');
    });
  }

  it('renders every text format', () => {
    const merged = withAnnotations(bareAnalysis(ARTICLE), (writeFileSync(sidecarPath(article), good), article), false).analysis;
    assert.match(renderTextFormat('brat', merged, article, true), /^T1\tpolicy \d+ \d+\texpand the tram network\n/);
    assert.match(renderTextFormat('brat', merged, article, true), /#1\tAnnotatorNotes T1\tmain pledge/);
    assert.equal(JSON.parse(renderTextFormat('w3c', merged, article, true)).items[0].target.source, article);
    assert.ok(renderTextFormat('csv', merged, article, true).startsWith('article,id,'));
    assert.equal(renderTextFormat('csv', merged, article, false), '');
    assert.deepEqual(Object.keys(OUT_SUFFIX), ['w3c', 'brat', 'csv']);
  });

  const formats = [
    { format: 'json', suffix: '.analysis.json', check: (out: string) => assert.equal(JSON.parse(out).labels[0].label, 'policy') },
    { format: 'jsonl', suffix: '.analysis.json', check: (out: string) => assert.equal(out.trim().split('\n').length, 1) },
    { format: 'w3c', suffix: '.w3c.jsonld', check: (out: string) => assert.equal(JSON.parse(out).type, 'AnnotationPage') },
    { format: 'brat', suffix: '.ann', check: (out: string) => assert.match(out, /^T1\tpolicy /) },
    { format: 'csv', suffix: '.claims.csv', check: (out: string) => assert.ok(out.startsWith('article,')) },
  ];
  for (const row of formats) {
    it(`renders ${row.format} with the sidecar merged`, () => {
      writeFileSync(sidecarPath(article), good);
      const render = outputRenderer({ format: row.format, annotations: true, includeRejected: false, toFiles: false, generatorVersion: '0.0.0' });
      const out = render(bareAnalysis(ARTICLE), article);
      assert.equal(out.suffix, row.suffix);
      row.check([...out.chunks].join(''));
      if (row.format === 'csv') assert.equal([...render(bareAnalysis(ARTICLE), article).chunks].join(''), '', 'a second CSV header');
    });
  }

  it('leaves the sidecar out without --annotations', () => {
    writeFileSync(sidecarPath(article), good);
    const out = outputRenderer({ format: 'json', annotations: false, includeRejected: false, toFiles: true, generatorVersion: '0.0.0' })(bareAnalysis(ARTICLE), article);
    assert.ok(!('labels' in JSON.parse([...out.chunks].join(''))));
  });
});
