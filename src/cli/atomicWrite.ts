import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeDirs } from './makeDirs';
import { removeStaleTemps } from './staleTemps';
import { Utf8Page } from './utf8Page';

const BUFFER = 1 << 16;
let counter = 0;
/** Written before the next add, so one page serves every file of the run. */
let shared: Utf8Page | null = null;
/** Folders already cleared of what killed runs left: once each per run. */
const swept = new Set<string>();

/** writeSync may write less than asked; loop until every byte is out. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * A new temporary file in dir. A run killed mid-write leaves its temporary
 * file behind (the next run into the folder removes it: removeStaleTemps),
 * and in a container the next run often gets the same process id: a name
 * already taken is skipped rather than failing the article.
 */
function openTemp(dir: string): { temp: string; fd: number } {
  for (let tries = 0; ; tries++) {
    const temp = join(dir, `.policy-lens-${process.pid}-${counter++}.tmp`);
    try {
      return { temp, fd: openSync(temp, 'wx') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || tries >= 100_000) throw error;
    }
  }
}

/**
 * Writes the chunks to a temporary file beside `path`, then renames it into
 * place: a reader (or a second run) sees the old file or the whole new one,
 * never half of it. Same folder, so the rename never crosses file systems;
 * a short temporary name, so any target name that fits the folder can be written.
 * `writeFileAtomic('out/a.analysis.json', ['{', '}'])` → out/a.analysis.json holds "{}".
 */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  const dir = dirname(path);
  makeDirs(dir);
  if (!swept.has(dir)) {
    swept.add(dir);
    removeStaleTemps(dir);
  }
  const { temp, fd } = openTemp(dir);
  const page = (shared ??= new Utf8Page(BUFFER, true));
  page.take(); // whatever a failed write left
  try {
    const write = (bytes: Uint8Array) => writeAll(fd, bytes);
    for (const chunk of chunks) page.push(chunk, write);
    write(page.take());
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed before the rename failed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}
