// The shipped bundles pack long string arrays (scripts/packStringArrays.mjs);
// tests and tsx run the sources as written. This bundles the engine with the
// production options and checks that it analyses the repository's articles
// byte for byte as the sources do, and that the packing itself keeps to arrays.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { analyze } from '../../src/core';

type Analyze = typeof analyze;

const articles = ['samples', 'bench/articles'].flatMap((dir) =>
  readdirSync(dir).filter((name) => name.endsWith('.txt')).sort().map((name) => join(dir, name)));

describe('packed bundle', function () {
  this.timeout(120_000);
  let packed: Analyze;
  let pack: typeof import('../../scripts/packStringArrays.mjs');
  let dir: string;

  before(async () => {
    pack = await import('../../scripts/packStringArrays.mjs');
    const { workerOptions } = await import('../../scripts/bundleOptions.mjs');
    // the worker's options, production ones included, with the engine itself as entry
    const { outfile: _outfile, entryPoints: _entries, ...options } = workerOptions(true);
    const result = await build({ ...options, entryPoints: ['src/core/index.ts'], write: false, logLevel: 'error' });
    const code = result.outputFiles[0].text;
    assert.ok((code.match(/\.split\(" "\)/g) ?? []).length > 100, 'the bundle holds packed word lists');
    dir = mkdtempSync(join(tmpdir(), 'packed-bundle-'));
    const file = join(dir, 'engine.js');
    writeFileSync(file, code);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    packed = (require(file) as { analyze: Analyze }).analyze;
  });

  after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('finds the articles', () => assert.ok(articles.length >= 20, `${articles.length} articles`));

  for (const path of articles) {
    it(`analyses ${path} as the sources do`, () => {
      const text = readFileSync(path, 'utf8');
      const options = { referenceDate: '2026-11-28' };
      const [got, want] = [JSON.stringify(packed(text, options)), JSON.stringify(analyze(text, options))];
      if (got === want) return;
      let at = 0;
      while (got[at] === want[at]) at++;
      assert.fail(`differs at ${at}: bundle …${got.slice(at - 80, at + 80)}… sources …${want.slice(at - 80, at + 80)}…`);
    });
  }

  // sources that are one expression, so that both can be evaluated
  const rows: Array<[string, string, string]> = [
    ['a list of plain words', '["a", \'b\', "c", "d", "e", "f"]', '"a b c d e f".split(" ")'],
    ['escapes are cooked', '["\\u2019s", "\\"q", "\\\\", "d", "e", "f"]', '"’s \\"q \\\\ d e f".split(" ")'],
    ['a list inside a call', 'new Set(["a", "b", "c", "d", "e", "f"])', 'new Set("a b c d e f".split(" "))'],
  ];
  const untouched: Array<[string, string]> = [
    ['too short to save', 'const w = ["a", "b", "c", "d", "e"];'],
    ['an element with a space', 'const w = ["a b", "c", "d", "e", "f", "g"];'],
    ['an empty element', 'const w = ["", "c", "d", "e", "f", "g"];'],
    ['a template element', 'const w = [`a`, "c", "d", "e", "f", "g"];'],
    ['a non-string element', 'const w = [x, "c", "d", "e", "f", "g"];'],
    ['a spread element', 'const w = [...x, "c", "d", "e", "f", "g"];'],
    ['an array only inside a string', 'const s = \'["a", "b", "c", "d", "e", "f"]\';'],
    ['an array only inside a regex', 'const r = /["a", "b", "c", "d", "e", "f"]/;'],
    ['an array only inside a comment', '// ["a", "b", "c", "d", "e", "f"]\nconst x = 1;'],
    ['an array only inside a template', 'const t = `["a", "b", "c", "d", "e", "f"]`;'],
    ['a tuple type', 'type T = ["a", "b", "c", "d", "e", "f"];'],
  ];
  for (const [name, source, expected] of rows) {
    it(`packs ${name}`, () => {
      assert.equal(pack.packStringArrays(source).contents, expected);
      const value = (code: string) => [...(new Function(`return ${code}`)() as Iterable<string>)];
      assert.deepEqual(value(expected), value(source));
    });
  }
  for (const [name, source] of untouched) {
    it(`leaves ${name}`, () => assert.equal(pack.packStringArrays(source).contents, source));
  }
});
