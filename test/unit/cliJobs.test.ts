import * as assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { run } from '../../src/cli/run';

/** Articles that differ in what the engine finds, so a batch written out of order or twice shows. */
const ARTICLES = [
  'date 2023-03-01 Council backs plan\n\n"We will act," the mayor said on Wednesday.\n',
  'date 2024-06-10 Port budget\n\nThe port will spend $4.5 million by 2026, officials said.\n',
  'The report "is late", officials said.\n',
  'date 2022-11-02 Schools\n\nEnrolment fell 3% last year. "It worries us," said Ana Ruiz, the head of the board.\n',
];
const FILES = 150; // more than two batches of 64

/** Runs the CLI in-process with the given worker script, collecting stdout and stderr. */
async function cli(argv: string[], workerScript?: string) {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const code = await run(argv, { stdin: Readable.from([]), stdout, stderr, workerScript });
  return { code, stdout: out, stderr: err };
}

describe('policy-lens CLI on several threads (--jobs)', function () {
  this.timeout(60_000); // bundling the CLI and starting workers, slow on a busy machine
  let root = '';
  let bundle = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-jobs-'));
    for (let i = 0; i < FILES; i++) {
      const dir = join(root, 'news', `part${i % 5}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `article-${String(i).padStart(3, '0')}.txt`), ARTICLES[i % ARTICLES.length]);
    }
    writeFileSync(join(root, 'broken-worker.js'), 'process.exit(3);\n');
    // the worker is the CLI bundle itself, as shipped
    bundle = join(root, 'cli.js');
    buildSync({ entryPoints: [resolve(__dirname, '../../src/cli/main.ts')], outfile: bundle, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'error' });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const rows = [
    { name: 'jsonl', args: ['--format', 'jsonl'] },
    { name: 'pretty json', args: [] },
    { name: 'csv, with one header', args: ['--format', 'csv'] },
  ];
  for (const row of rows) {
    it(`prints the same ${row.name}, in the same order, on 2 threads as on 1`, async () => {
      const one = await cli(['analyze', join(root, 'news'), ...row.args, '--jobs', '1'], bundle);
      const two = await cli(['analyze', join(root, 'news'), ...row.args, '--jobs', '2'], bundle);
      assert.equal(one.code, 0, one.stderr);
      assert.equal(two.code, 0, two.stderr);
      assert.ok(one.stdout.length > FILES * 100, 'every article printed');
      assert.equal(two.stdout, one.stdout);
    });
  }

  it('writes the same --out files on 2 threads as on 1', async () => {
    const a = join(root, 'out-one');
    const b = join(root, 'out-two');
    assert.equal((await cli(['analyze', join(root, 'news'), '--out', a, '--jobs', '1'], bundle)).code, 0);
    assert.equal((await cli(['analyze', join(root, 'news'), '--out', b, '--jobs', '2'], bundle)).code, 0);
    const names = readdirSync(a, { recursive: true }).map(String).filter((n) => n.endsWith('.json')).sort();
    assert.equal(names.length, FILES);
    for (const name of names) assert.equal(readFileSync(join(b, name), 'utf8'), readFileSync(join(a, name), 'utf8'), name);
  });

  it('analyses on the main thread a batch whose worker dies, losing nothing', async () => {
    const one = await cli(['analyze', join(root, 'news'), '--format', 'jsonl', '--jobs', '1']);
    const broken = await cli(['analyze', join(root, 'news'), '--format', 'jsonl', '--jobs', '2'], join(root, 'broken-worker.js'));
    assert.equal(broken.code, 0, broken.stderr);
    assert.equal(broken.stdout.split('\n').filter(Boolean).length, FILES);
    assert.equal(broken.stdout, one.stdout);
  });
});
