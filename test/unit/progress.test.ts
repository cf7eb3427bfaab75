import * as assert from 'node:assert/strict';
import { createProgress } from '../../src/cli/progress';

/** A fake stderr and clock: what was written, and time moving 1 s per tick. */
function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  let time = 0;
  const stream = { isTTY, columns: 40, write: (t: string) => writes.push(t) };
  return { writes, stream, now: () => (time += 1000) };
}

describe('createProgress', () => {
  const rows = [
    { name: 'many files on a terminal', total: 50, isTTY: true, shows: true },
    { name: 'many files into a pipe or log', total: 50, isTTY: false, shows: false },
    { name: 'few files on a terminal', total: 3, isTTY: true, shows: false },
  ];
  for (const row of rows) {
    it(`${row.shows ? 'shows' : 'hides'} progress for ${row.name}`, () => {
      const t = fakeTerminal(row.isTTY);
      const progress = createProgress(row.total, t.stream, t.now);
      progress.tick('news/a.txt');
      progress.done();
      assert.equal(t.writes.some((w) => w.includes(`1/${row.total}]`)), row.shows);
    });
  }

  it('shortens a long path to the terminal width', () => {
    const t = fakeTerminal(true);
    createProgress(50, t.stream, t.now).tick('a/very/long/folder/name/that/goes/on/and/on/article.txt');
    const line = t.writes.at(-1)!.replace('\r\x1b[K', '');
    assert.ok(line.length < 40 && line.endsWith('article.txt'), line);
  });

  it('prints a note on its own line and redraws the progress line', () => {
    const t = fakeTerminal(true);
    const progress = createProgress(50, t.stream, t.now);
    progress.tick('a.txt');
    progress.note('policy-lens: b.txt looks binary');
    assert.deepEqual(t.writes.slice(-3).map((w) => w.startsWith('\r\x1b[K')), [true, false, true]);
  });

  it('redraws at most every 100 ms', () => {
    const writes: string[] = [];
    const progress = createProgress(50, { isTTY: true, write: (t: string) => writes.push(t) }, () => 5);
    for (let i = 0; i < 30; i++) progress.tick(`f${i}.txt`);
    assert.equal(writes.length, 1);
  });

  it('writes notes even when the line is hidden', () => {
    const t = fakeTerminal(false);
    createProgress(2, t.stream, t.now).note('policy-lens: x');
    assert.deepEqual(t.writes, ['policy-lens: x\n']);
  });
});
