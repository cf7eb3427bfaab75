import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run';
import { SIDECAR_FORMAT, SIDECAR_VERSION } from '../../src/core/annotations/model';
import type { Annotation } from '../../src/core/annotations/model';
import { serializeSidecar } from '../../src/core/annotations/serializeSidecar';
import { sidecarPath } from '../../src/core/annotations/sidecarPath';
import { annotationOn } from './annotations/annotationFixtures';
import { ARTICLE, BILLS, SHORTAGES, TARGET, UPDATED } from './annotations/waterArticle';

/** Runs `policy-lens analyze` in-process and returns the JSON export and what went to stderr. */
async function analyzeCli(argv: string[]) {
  let out = '';
  let err = '';
  const stdout = new PassThrough().on('data', (d: Buffer) => (out += d.toString('utf8')));
  const stderr = Object.assign(new PassThrough().on('data', (d: Buffer) => (err += d.toString('utf8'))), { isTTY: false });
  const code = await run(['analyze', ...argv], { stdin: Readable.from([]), stdout, stderr });
  return { code, doc: JSON.parse(out) as { claims: { id: string; text: string }[]; annotations: { status: string; itemId: string | null }[] }, stderr: err };
}

const claimReview = (text: string, needle: string, status: Annotation['status'], itemId: string, i: number) =>
  ({ ...annotationOn(text, needle, { kind: 'claim', status, itemId }), id: `a${i}` });

describe('policy-lens analyze --annotations: reviewed claims', () => {
  let dir = '';
  let article = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'policy-lens-reviewed-'));
    article = join(dir, 'water.txt');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const rows = [
    // written when an UPDATE paragraph stood above, saved without it: c4/c5 are c2/c3 now
    { name: 'itemIds name the claims they review now', written: UPDATED, text: ARTICLE, args: [] as string[], reviews: [[BILLS, 'confirmed', 'c4'], [TARGET, 'noted', 'c5']] as const },
    { name: 'a confirmed claim below --min-check-worthiness is exported', written: ARTICLE, text: ARTICLE, args: ['--min-check-worthiness', '0.9'], reviews: [[SHORTAGES, 'confirmed', 'c2'], [TARGET, 'noted', 'c3']] as const },
    { name: 'a confirmed claim below the default threshold is exported', written: ARTICLE, text: ARTICLE, args: [], reviews: [[SHORTAGES, 'confirmed', 'c2']] as const },
  ];
  for (const row of rows) {
    it(row.name, async () => {
      writeFileSync(article, row.text);
      const annotations = row.reviews.map(([needle, status, itemId], i) => claimReview(row.written, needle, status, itemId, i));
      writeFileSync(sidecarPath(article), serializeSidecar({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, article: 'water.txt', annotations }));
      const { code, doc, stderr } = await analyzeCli([article, '--annotations', ...row.args]);
      assert.equal(code, 0);
      assert.equal(stderr, '', 'a review could not be placed');
      const claimOf = (itemId: string | null) => doc.claims.find((c) => c.id === itemId)?.text;
      assert.deepEqual(doc.annotations.map((a) => claimOf(a.itemId)), row.reviews.map(([needle]) => needle));
    });
  }

  it('without a sidecar, --annotations keeps the claims and ids of a plain run', async () => {
    writeFileSync(article, ARTICLE);
    const plain = await analyzeCli([article, '--min-check-worthiness', '0.9']);
    const annotated = await analyzeCli([article, '--annotations', '--min-check-worthiness', '0.9']);
    assert.deepEqual(annotated.doc.claims, plain.doc.claims);
  });
});
