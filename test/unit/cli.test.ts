import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { version } from '../../package.json';
import { run } from '../../src/cli/run';
import { exportErrors } from './validateExport';

const ARTICLE = 'date 2023-03-01 Council backs plan\n\n"We will act," the mayor said on Wednesday.\n';
const NO_DATELINE = 'The report "is late", officials said.\n';

/** Runs the CLI in-process on fake streams and collects what it printed. */
async function cli(argv: string[], stdinText = '') {
  const collect = (stream: PassThrough) => {
    let text = '';
    stream.on('data', (d: Buffer) => (text += d.toString('utf8')));
    return () => text;
  };
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  const out = collect(stdout);
  const err = collect(stderr);
  const code = await run(argv, { stdin: Readable.from([Buffer.from(stdinText)]), stdout, stderr });
  return { code, stdout: out(), stderr: err() };
}

/** Pretty documents printed one after another: each starts with "{" alone on a line. */
const splitPretty = (text: string) => (text === '' ? [] : text.trimEnd().split(/\n(?=\{\n)/).map((d) => JSON.parse(d)));
const splitLines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('policy-lens CLI', () => {
  let root = '';
  const p = (rel: string) => join(root, rel);
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
    const files: Record<string, string | Buffer> = {
      'news/a.txt': ARTICLE,
      'news/sub/b.txt': NO_DATELINE,
      'news/crlf.txt': ARTICLE.replace(/\n/g, '\r\n'),
      'news/bom.txt': '\uFEFF' + ARTICLE,
      'news/empty.txt': '',
      'news/skip.md': 'not an article',
      'news/a.analysis.json': '{}',
      'bad/binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      'bad/latin1.txt': Buffer.from('caf\xe9 au lait', 'latin1'),
      'x/same.txt': ARTICLE,
      'y/same.txt': NO_DATELINE,
      'piped/stdin.txt': ARTICLE,
      'not-a-folder': 'x',
      'utf16/le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]),
      'utf16/be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]),
      'clash/b.txt': ARTICLE,
      'clash/b.analysis.json': NO_DATELINE, // an article under an odd name, named on the command line
    };
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(join(p(rel), '..'), { recursive: true });
      writeFileSync(p(rel), content);
    }
    mkdirSync(p('nothing'));
    mkdirSync(p('loops'));
    symlinkSync('loop-b.txt', p('loops/loop-a.txt'));
    symlinkSync('loop-a.txt', p('loops/loop-b.txt'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const rows: { name: string; argv: () => string[]; stdin?: string; code: number; stderr?: RegExp; check?: (out: string) => void }[] = [
    { name: '--help', argv: () => ['--help'], code: 0, check: (o) => assert.match(o, /^Usage: policy-lens analyze/) },
    { name: '--version', argv: () => ['--version'], code: 0, check: (o) => assert.equal(o, `${version}\n`) },
    { name: 'no arguments', argv: () => [], code: 2, stderr: /Missing command[\s\S]*--help/ },
    { name: 'an unknown option', argv: () => ['analyze', p('news'), '--json'], code: 2, stderr: /Unknown option '--json'/ },
    { name: 'a bad format', argv: () => ['analyze', p('news'), '--format', 'xml'], code: 2, stderr: /json, jsonl, w3c, brat or csv/ },
    { name: 'no threads', argv: () => ['analyze', p('news'), '--jobs', '0'], code: 2, stderr: /--jobs must be a whole number from 1 to 64, not "0"/ },
    { name: 'a fraction of a thread', argv: () => ['analyze', p('news'), '-j', '1.5'], code: 2, stderr: /--jobs must be a whole number/ },
    { name: 'one thread', argv: () => ['analyze', '--format', 'jsonl', p('news/a.txt'), '--jobs', '1'], code: 0,
      check: (o) => assert.equal(splitLines(o).length, 1) },
    { name: 'an impossible reference date', argv: () => ['analyze', p('news'), '--reference-date', '2023-02-30'], code: 2, stderr: /real date/ },
    { name: 'a single file as one pretty document', argv: () => ['analyze', p('news/a.txt')], code: 0,
      check: (o) => {
        const docs = splitPretty(o);
        assert.equal(docs.length, 1);
        assert.equal(docs[0].source.path, p('news/a.txt'));
        assert.equal(docs[0].article.date, '2023-03-01');
        assert.ok(o.startsWith('{\n  "schemaVersion": 1,'));
      } },
    { name: 'a folder as jsonl, sorted, .txt only', argv: () => ['analyze', '--format', 'jsonl', p('news')], code: 0,
      check: (o) => assert.deepEqual(splitLines(o).map((d) => d.source.path),
        ['news/a.txt', 'news/bom.txt', 'news/crlf.txt', 'news/empty.txt', 'news/sub/b.txt'].map(p)) },
    { name: 'several files as a stream of pretty documents', argv: () => ['analyze', p('news/a.txt'), p('news/sub/b.txt')], code: 0,
      check: (o) => assert.deepEqual(splitPretty(o).map((d) => d.article.date), ['2023-03-01', null]) },
    { name: 'a BOM, not counted in offsets', argv: () => ['analyze', p('news/bom.txt')], code: 0,
      check: (o) => assert.equal(splitPretty(o)[0].source.length, ARTICLE.length) },
    { name: 'CRLF line ends', argv: () => ['analyze', p('news/crlf.txt')], code: 0,
      check: (o) => assert.equal(splitPretty(o)[0].article.title, 'Council backs plan') },
    { name: 'stdin', argv: () => ['analyze', '-', '--format', 'jsonl'], stdin: ARTICLE, code: 0,
      check: (o) => assert.deepEqual(splitLines(o).map((d) => [d.source.path, d.article.date]), [[null, '2023-03-01']]) },
    { name: 'a reference date for an undated article', argv: () => ['analyze', p('news/sub/b.txt'), '--reference-date', '2024-05-06'], code: 0,
      check: (o) => assert.equal(splitPretty(o)[0].article.referenceDate, '2024-05-06') },
    { name: 'a missing file among good ones', argv: () => ['analyze', '--format', 'jsonl', p('nope.txt'), p('news/a.txt')], code: 1,
      stderr: /nope\.txt: no such file or directory/, check: (o) => assert.equal(splitLines(o).length, 1) },
    { name: 'a binary file among good ones', argv: () => ['analyze', '--format', 'jsonl', p('bad/binary.txt'), p('news/a.txt')], code: 1,
      stderr: /binary\.txt looks binary/, check: (o) => assert.equal(splitLines(o).length, 1) },
    { name: 'a file that is not UTF-8', argv: () => ['analyze', '--format', 'jsonl', p('bad')], code: 1,
      stderr: /latin1\.txt is not valid UTF-8 \(near byte 4\)/, check: (o) => assert.equal(o, '') },
    { name: 'UTF-16 files with a byte order mark, as their UTF-8 text', argv: () => ['analyze', '--format', 'jsonl', p('utf16'), p('news/a.txt')], code: 0,
      check: (o) => {
        const docs = splitLines(o);
        assert.deepEqual(docs.map((d) => d.source.path), [p('utf16/be.txt'), p('utf16/le.txt'), p('news/a.txt')]);
        assert.deepEqual(new Set(docs.map((d) => d.source.sha256)).size, 1);
        assert.deepEqual(docs[0].quotes, docs[2].quotes);
      } },
    { name: 'a folder without articles', argv: () => ['analyze', p('nothing')], code: 1, stderr: /^policy-lens: .*nothing: no \.txt files found in this folder\n$/,
      check: (o) => assert.equal(o, '') },
    { name: 'a symbolic link loop named as an input', argv: () => ['analyze', '--format', 'jsonl', p('loops/loop-a.txt'), p('news/a.txt')], code: 1,
      stderr: /^policy-lens: .*loop-a\.txt: too many symbolic links\n$/, check: (o) => assert.equal(splitLines(o).length, 1) },
    { name: 'one article in brat', argv: () => ['analyze', '--format', 'brat', p('news/a.txt')], code: 0, check: (o) => assert.match(o, /^T1\t/) },
    // one line and nothing analysed: the whole stderr is that line and the help hint
    { name: 'several articles in brat on standard output', argv: () => ['analyze', '--format', 'brat', p('news/a.txt'), p('news/sub/b.txt')], code: 2,
      stderr: /^policy-lens: --format brat writes one \.ann file per article: with 2 articles, use --out DIR\.\nRun "policy-lens --help" for usage\.\n$/,
      check: (o) => assert.equal(o, '') },
    { name: 'a folder of articles in brat on standard output', argv: () => ['analyze', '--format', 'brat', p('news')], code: 2, stderr: /use --out DIR/,
      check: (o) => assert.equal(o, '') },
    { name: 'a file as --out', argv: () => ['analyze', p('news'), '--out', p('not-a-folder')], code: 2,
      stderr: /^policy-lens: cannot write to --out .*not-a-folder: it is a file, not a folder\n$/, check: (o) => assert.equal(o, '') },
    { name: 'an --out below a file', argv: () => ['analyze', p('news'), '--out', p('not-a-folder/o')], code: 2,
      stderr: /^policy-lens: cannot write to --out .*not-a-folder\/o: .*not-a-folder is a file, not a folder\n$/ },
  ];
  for (const row of rows) {
    it(`handles ${row.name}`, async () => {
      const result = await cli(row.argv(), row.stdin);
      assert.equal(result.code, row.code, result.stderr);
      if (row.stderr) assert.match(result.stderr, row.stderr);
      else assert.equal(result.stderr, '');
      row.check?.(result.stdout);
      const docs = result.stdout.startsWith('{') ? (row.argv().includes('jsonl') ? splitLines(result.stdout) : splitPretty(result.stdout)) : [];
      for (const doc of docs) assert.deepEqual(exportErrors(doc), []);
    });
  }

  it('writes <name>.analysis.json files atomically with --out, keeping folder structure', async () => {
    const out = p('out1');
    const result = await cli(['analyze', p('news'), '-', '--out', out], NO_DATELINE);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout, '');
    assert.deepEqual(readdirSync(out, { recursive: true }).map(String).sort(),
      ['a.analysis.json', 'bom.analysis.json', 'crlf.analysis.json', 'empty.analysis.json', 'stdin.analysis.json', 'sub', 'sub/b.analysis.json']);
    const doc = JSON.parse(readFileSync(join(out, 'sub/b.analysis.json'), 'utf8'));
    assert.equal(doc.source.path, p('news/sub/b.txt'));
    assert.deepEqual(exportErrors(doc), []);
  });

  it('names files of several folders by their path below the folder common to all', async () => {
    const out = p('out2');
    const result = await cli(['analyze', p('x/same.txt'), p('y'), '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(readdirSync(out, { recursive: true }).map(String).sort(), ['x', 'x/same.analysis.json', 'y', 'y/same.analysis.json']);
    assert.equal(JSON.parse(readFileSync(join(out, 'y/same.analysis.json'), 'utf8')).source.path, p('y/same.txt'));
  });

  it('refuses to let two inputs overwrite one output', async () => {
    const out = p('out3');
    const result = await cli(['analyze', p('piped'), '-', '--out', out], NO_DATELINE);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /stdin\.analysis\.json: would overwrite the analysis of .*piped\/stdin\.txt; skipped/);
    assert.equal(JSON.parse(readFileSync(join(out, 'stdin.analysis.json'), 'utf8')).article.date, '2023-03-01');
  });

  it('never overwrites an input, even one named like an analysis', async () => {
    const result = await cli(['analyze', p('clash/b.analysis.json'), p('clash/b.txt'), '--out', p('clash')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^policy-lens: .*clash\/b\.analysis\.json: would overwrite an input of this run; skipped\n$/);
    assert.equal(readFileSync(p('clash/b.analysis.json'), 'utf8'), NO_DATELINE);
    assert.equal(JSON.parse(readFileSync(p('clash/b.analysis.json.analysis.json'), 'utf8')).source.path, p('clash/b.analysis.json'));
  });

  it('does not read its own outputs when --out is inside the input folder', async () => {
    const runs = [];
    for (let i = 0; i < 2; i++) runs.push(await cli(['analyze', p('news'), '--out', p('news/analyses')]));
    for (const run of runs) assert.deepEqual([run.code, run.stderr], [0, '']);
    assert.deepEqual(readdirSync(p('news/analyses'), { recursive: true }).map(String).sort(),
      ['a.analysis.json', 'bom.analysis.json', 'crlf.analysis.json', 'empty.analysis.json', 'sub', 'sub/b.analysis.json']);
  });

  it('reports a file it cannot write, and writes the others', async () => {
    const out = p('out4');
    mkdirSync(join(out, 'a.analysis.json'), { recursive: true }); // a folder where the file should go
    const result = await cli(['analyze', p('news/a.txt'), p('news/crlf.txt'), '--out', out]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /a\.analysis\.json: is a directory/);
    assert.deepEqual(readdirSync(out).sort(), ['a.analysis.json', 'crlf.analysis.json']);
  });

  describe('as a process', function () {
    this.timeout(30_000); // each row starts node with tsx, slow on a busy machine
    const main = resolve(__dirname, '../../src/cli/main.ts');
    const spawn = (args: string[], input = '') =>
      spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), main, ...args], { input, encoding: 'utf8', cwd: root });
    const rows = [
      { name: 'reads stdin and exits 0', args: ['analyze', '-', '--format', 'jsonl'], input: ARTICLE, status: 0, stdout: /"date":"2023-03-01"/ },
      { name: 'exits 2 on a bad argument', args: ['analyze'], input: '', status: 2, stderr: /Nothing to analyze/ },
      { name: 'exits 1 when a file is missing, after the others', args: ['analyze', 'gone.txt', 'news/a.txt', '--format', 'jsonl'], input: '', status: 1, stdout: /"path":"news\/a.txt"/, stderr: /gone\.txt/ },
    ];
    for (const row of rows) {
      it(row.name, () => {
        const result = spawn(row.args, row.input);
        assert.equal(result.status, row.status, result.stderr);
        if (row.stdout) assert.match(result.stdout, row.stdout);
        if (row.stderr) assert.match(result.stderr, row.stderr);
      });
    }
  });
});
