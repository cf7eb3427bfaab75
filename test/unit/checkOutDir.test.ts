import * as assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutDir } from '../../src/cli/checkOutDir';

describe('checkOutDir', () => {
  let root = '';
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'policy-lens-outdir-'));
    writeFileSync(join(root, 'file.txt'), 'x');
    mkdirSync(join(root, 'readonly'));
    chmodSync(join(root, 'readonly'), 0o555);
    mkdirSync(join(root, 'existing'));
  });
  after(() => {
    chmodSync(join(root, 'readonly'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });

  const linux = process.platform === 'linux';
  const root0 = process.getuid?.() === 0;
  const rows = [
    { name: 'a fresh nested path', dir: () => join(root, 'fresh/a/b'), expect: null },
    { name: 'an existing folder', dir: () => join(root, 'existing'), expect: null },
    { name: 'an existing file', dir: () => join(root, 'file.txt'), expect: /^it is a file, not a folder$/ },
    { name: 'a path below a file', dir: () => join(root, 'file.txt/sub/x'), expect: /file\.txt is a file, not a folder$/ },
    { name: 'a read-only folder', dir: () => join(root, 'readonly'), expect: /^permission denied$/,
      skip: root0 && 'because root writes to any folder' },
    { name: 'a new folder in a read-only one', dir: () => join(root, 'readonly/new/x'), expect: /^permission denied \(at .*readonly\/new\)$/,
      skip: root0 && 'because root writes to any folder' },
    { name: 'a path under /proc', dir: () => '/proc/policy-lens-test/x', expect: /^the file system there does not allow new folders \(at \/proc\/policy-lens-test\)$/,
      skip: !linux && 'because only Linux has /proc' },
    { name: 'a path under /sys', dir: () => '/sys/kernel/policy-lens-test', expect: /^permission denied$/,
      skip: !(linux && existsSync('/sys/kernel')) && 'because only Linux has /sys/kernel' },
  ];
  for (const row of rows) {
    if (row.skip) {
      it.skip(`checks ${row.name} ${row.skip}`);
      continue;
    }
    it(`checks ${row.name}`, () => {
      const problem = checkOutDir(row.dir());
      if (row.expect === null) {
        assert.equal(problem, null);
        assert.ok(statSync(row.dir()).isDirectory());
        assert.deepEqual(readdirSync(row.dir()), [], 'the probe file is removed');
      } else assert.match(problem ?? 'null', row.expect);
    });
  }
});
