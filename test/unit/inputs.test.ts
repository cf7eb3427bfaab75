import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listInputs } from '../../src/cli/inputs';

describe('listInputs', () => {
  let root = '';
  const p = (rel: string) => join(root, rel);
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-inputs-'));
    const files = ['news/b.txt', 'news/a/c.txt', 'news/a/Z.TXT', 'news/B2.txt', 'news/notes.md', 'news/b.analysis.json', 'news/.hidden.txt',
      'news/.git/x.txt', 'news/node_modules/m.txt', 'empty/readme.md', 'single.article.txt', 'plain',
      'yrs/2023/budget.txt', 'yrs/2024/budget.txt', 'yrs/2024/q1/budget.txt', 'yrs2/budget.txt'];
    for (const f of files) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), 'x');
    }
    symlinkSync(p('news/a'), p('news/loop')); // a symlinked folder is not followed
    symlinkSync(p('single.article.txt'), p('news/linked.txt')); // a symlinked file is
    mkdirSync(p('links/folder.txt'), { recursive: true });
    writeFileSync(p('links/a.txt'), 'x');
    symlinkSync(p('links/gone.txt'), p('links/broken.txt'));
    symlinkSync(p('links/folder.txt'), p('links/to-folder.txt'));
    symlinkSync(p('links/gone.md'), p('links/broken.md'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const rows = [
    { name: 'a folder, recursively in code-unit order, .txt only',
      inputs: ['news'], paths: ['news/B2.txt', 'news/a/Z.TXT', 'news/a/c.txt', 'news/b.txt', 'news/linked.txt'],
      outNames: ['B2', 'a/Z', 'a/c', 'b', 'linked'], errors: [] },
    { name: 'a named file of any extension', inputs: ['plain', 'single.article.txt'], paths: ['plain', 'single.article.txt'],
      outNames: ['plain', 'single.article'], errors: [] },
    { name: 'stdin', inputs: ['-'], paths: [null], outNames: ['stdin'], errors: [] },
    { name: 'order as given', inputs: ['single.article.txt', '-'], paths: ['single.article.txt', null], outNames: ['single.article', 'stdin'], errors: [] },
    { name: 'a missing path', inputs: ['missing.txt', 'plain'], paths: ['plain'], outNames: ['plain'], errors: [/missing\.txt: no such file or directory/] },
    { name: 'a folder without articles', inputs: ['empty'], paths: [], outNames: [], errors: [/empty: no \.txt files found/] },
    // several inputs: names below the deepest folder common to them all
    { name: 'one folder per year', inputs: ['yrs/2023', 'yrs/2024'],
      paths: ['yrs/2023/budget.txt', 'yrs/2024/budget.txt', 'yrs/2024/q1/budget.txt'], outNames: ['2023/budget', '2024/budget', '2024/q1/budget'], errors: [] },
    { name: 'a file and a folder', inputs: ['yrs/2023/budget.txt', 'yrs/2024/q1'],
      paths: ['yrs/2023/budget.txt', 'yrs/2024/q1/budget.txt'], outNames: ['2023/budget', '2024/q1/budget'], errors: [] },
    { name: 'a folder and a folder inside it', inputs: ['yrs/2024/q1', 'yrs/2024'],
      paths: ['yrs/2024/q1/budget.txt', 'yrs/2024/budget.txt', 'yrs/2024/q1/budget.txt'], outNames: ['q1/budget', 'budget', 'q1/budget'], errors: [] },
    { name: 'folders sharing a name prefix, by whole folder names', inputs: ['yrs/2023', 'yrs2'],
      paths: ['yrs/2023/budget.txt', 'yrs2/budget.txt'], outNames: ['yrs/2023/budget', 'yrs2/budget'], errors: [] },
    { name: 'stdin beside a folder, which keeps its names', inputs: ['-', 'yrs/2024'],
      paths: [null, 'yrs/2024/budget.txt', 'yrs/2024/q1/budget.txt'], outNames: ['stdin', 'budget', 'q1/budget'], errors: [] },
    // a link to nothing is named, as a missing file is; a link to a folder, or to nothing under another extension, is passed by
    { name: 'a folder with a broken link', inputs: ['links'], paths: ['links/a.txt'], outNames: ['a'], errors: [/links\/broken\.txt: no such file or directory \(a broken link\)/] },
    { name: 'the broken link named as a file', inputs: ['links/broken.txt'], paths: [], outNames: [], errors: [/broken\.txt: no such file/] },
    { name: 'a folder of good links only (negative)', inputs: ['news'], paths: ['news/B2.txt', 'news/a/Z.TXT', 'news/a/c.txt', 'news/b.txt', 'news/linked.txt'],
      outNames: ['B2', 'a/Z', 'a/c', 'b', 'linked'], errors: [] },
    { name: 'a missing input, which does not count', inputs: ['yrs/2023', 'missing/x.txt'],
      paths: ['yrs/2023/budget.txt'], outNames: ['budget'], errors: [/missing\/x\.txt: no such file/] },
  ];
  for (const row of rows) {
    it(`lists ${row.name}`, () => {
      const { files, errors } = listInputs(row.inputs.map((i) => (i === '-' ? i : p(i))));
      assert.deepEqual(files.map((f) => f.path), row.paths.map((x) => (x === null ? null : p(x))));
      assert.deepEqual(files.map((f) => f.outName), row.outNames);
      assert.equal(errors.length, row.errors.length, errors.join('\n'));
      row.errors.forEach((re, i) => assert.match(errors[i], re));
    });
  }

  // A folder too deep to list (its path is longer than the system takes) stands for any folder that cannot be
  // read, such as one without permission, which a test run as root could not make.
  describe('a folder that cannot be listed', function () {
    if (process.platform === 'win32') return;
    let deep = '';
    before(() => {
      deep = mkdtempSync(join(tmpdir(), 'policy-lens-deep-'));
      const cwd = process.cwd();
      try {
        process.chdir(deep);
        for (const dir of ['a-deep', ...Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(250, 'x'))]) {
          mkdirSync(dir);
          process.chdir(dir);
        }
        writeFileSync('lost.txt', 'x');
      } finally {
        process.chdir(cwd);
      }
      writeFileSync(join(deep, 'b.txt'), 'x');
    });
    after(() => spawnSync('rm', ['-rf', deep])); // rm walks by relative names: the tree is too deep for rmSync's paths

    it('is reported, and the files after it are still listed', () => {
      const { files, errors } = listInputs([deep]);
      assert.deepEqual(files.map((f) => f.path), [join(deep, 'b.txt')]);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], /a-deep\/.*: name too long$/);
    });
  });
});
