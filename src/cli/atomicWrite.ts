import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const BUFFER = 1 << 16;
let counter = 0;

/** writeSync may write less than asked; loop until every byte is out. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * Writes the chunks to a temporary file beside `path`, then renames it into
 * place: a reader (or a second run) sees the old file or the whole new one,
 * never half of it. Same folder, so the rename never crosses file systems.
 * `writeFileAtomic('out/a.analysis.json', ['{', '}'])` → out/a.analysis.json holds "{}".
 */
export function writeFileAtomic(path: string, chunks: Iterable<string>): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    let pending = '';
    for (const chunk of chunks) {
      pending += chunk;
      if (pending.length >= BUFFER) {
        writeAll(fd, pending);
        pending = '';
      }
    }
    writeAll(fd, pending);
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
