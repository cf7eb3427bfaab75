import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../src/cli/atomicWrite';
import { removeStaleTemps } from '../../src/cli/staleTemps';

/** The pid of a process that has ended. */
function endedPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('removeStaleTemps: what a killed run left', () => {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'policy-lens-stale-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const HOUR = 3_600_000;
  const dead = endedPid();
  const rows: { name: string; file: () => string; ageMs: number; removed: boolean }[] = [
    { name: 'an hour-old temporary file of an ended run', file: () => `.policy-lens-${dead}-0.tmp`, ageMs: HOUR, removed: true },
    { name: "an old one bearing this run's pid (a container's earlier run)", file: () => `.policy-lens-${process.pid}-7.tmp`, ageMs: HOUR, removed: true },
    // negative rows: a write that may still go on, or a file that is no temporary of ours
    { name: 'a fresh one of an ended pid (another container may be writing it)', file: () => `.policy-lens-${dead}-1.tmp`, ageMs: 0, removed: false },
    { name: 'an old one of a running process', file: () => `.policy-lens-${process.ppid}-0.tmp`, ageMs: HOUR, removed: false },
    { name: 'an analysis', file: () => 'a.analysis.json', ageMs: HOUR, removed: false },
    { name: 'another program’s temporary file', file: () => '.policy-lens-x.tmp', ageMs: HOUR, removed: false },
    { name: 'a name with more after it', file: () => `.policy-lens-${dead}-0.tmp.keep`, ageMs: HOUR, removed: false },
  ];
  for (const row of rows) {
    it(`${row.removed ? 'removes' : 'keeps'} ${row.name}`, () => {
      const path = join(dir, row.file());
      writeFileSync(path, '{"half');
      const now = Date.now();
      utimesSync(path, new Date(now - row.ageMs), new Date(now - row.ageMs));
      removeStaleTemps(dir, now);
      assert.equal(existsSync(path), !row.removed);
    });
  }

  it('passes over a folder that cannot be read', () => {
    assert.doesNotThrow(() => removeStaleTemps(join(dir, 'missing')));
  });

  it('is run by the first write into a folder, which leaves only the new file', () => {
    const stale = join(dir, `.policy-lens-${dead}-3.tmp`);
    writeFileSync(stale, '{"half');
    utimesSync(stale, new Date(Date.now() - HOUR), new Date(Date.now() - HOUR));
    writeFileAtomic(join(dir, 'a.analysis.json'), ['{}']);
    assert.deepEqual(readdirSync(dir), ['a.analysis.json']);
  });
});
