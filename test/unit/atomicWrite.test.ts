import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomicWrite';

describe('writeFileAtomic', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-atomic-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the joined chunks, creating folders', () => {
    const path = join(dir, 'sub', 'a.analysis.json');
    writeFileAtomic(path, ['{', '"é": ', 'x'.repeat(70_000), '}']);
    assert.equal(readFileSync(path, 'utf8'), `{"é": ${'x'.repeat(70_000)}}`);
    assert.deepEqual(readdirSync(join(dir, 'sub')), ['a.analysis.json']);
  });

  it('replaces an existing file', () => {
    const path = join(dir, 'a.analysis.json');
    writeFileSync(path, 'old');
    writeFileAtomic(path, ['new']);
    assert.equal(readFileSync(path, 'utf8'), 'new');
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
