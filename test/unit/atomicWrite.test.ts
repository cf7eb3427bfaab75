import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomicWrite';

describe('writeFileAtomic', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // 255 bytes is the longest file name most file systems take: the temporary name must not be longer than the target's
  const written = [
    { name: 'a short name in new folders', folder: 'sub/deeper', file: 'a.analysis.json' },
    { name: 'a 255-byte name', folder: '', file: `${'a'.repeat(241)}.analysis.json` },
    { name: 'a 254-byte name of 2-byte characters', folder: '', file: `${'é'.repeat(120)}.analysis.json` },
  ];
  for (const row of written) {
    it(`writes the joined chunks to ${row.name}`, () => {
      const path = join(dir, row.folder, row.file);
      writeFileAtomic(path, ['{', '"é": ', 'x'.repeat(70_000), '}']);
      assert.equal(readFileSync(path, 'utf8'), `{"é": ${'x'.repeat(70_000)}}`);
      assert.deepEqual(readdirSync(join(dir, row.folder)), [row.file]);
    });
  }

  it('refuses a 256-byte name, leaving no temporary file', () => {
    assert.throws(() => writeFileAtomic(join(dir, `${'a'.repeat(242)}.analysis.json`), ['{}']), /ENAMETOOLONG/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('replaces an existing file', () => {
    const path = join(dir, 'a.analysis.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, ['new']);
    assert.equal(readFileSync(path, 'utf8'), 'new');
  });

  it('writes past temporary files a killed run of the same process id left', () => {
    const path = join(dir, 'a.analysis.json');
    // more names than a test run uses, so this run's next name is among them
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `.policy-lens-${process.pid}-${i}.tmp`), 'stale');
    for (let i = 0; i < 5; i++) writeFileAtomic(path, [`run ${i}`]);
    assert.equal(readFileSync(path, 'utf8'), 'run 4');
  });

  it('leaves the old file and no temporary file when writing fails midway', () => {
    const path = join(dir, 'a.analysis.json');
    writeFileSync(path, 'old');
    function* failing() {
      yield 'x'.repeat(100_000); // flushed to the temporary file first
      throw new Error('disk full');
    }
    assert.throws(() => writeFileAtomic(path, failing()), /disk full/);
    assert.equal(readFileSync(path, 'utf8'), 'old');
    assert.deepEqual(readdirSync(dir), ['a.analysis.json']);
  });
});
