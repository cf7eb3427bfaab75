import { closeSync, openSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe } from './describeError';
import { makeDirs, MakeDirsError } from './makeDirs';

/** ENOENT from a folder that exists means its file system (/proc, say) takes no new entries. */
const phrase = (error: unknown, what: string) =>
  (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? `the file system there does not allow new ${what}` : describe(error);

/** Why makeDirs failed, naming the folder only when it is not the --out folder itself. */
function explain(error: unknown, out: string): string {
  if (!(error instanceof MakeDirsError)) return describe(error);
  const self = error.path === out;
  if (error.reason === null) return `${self ? 'it' : error.path} is a file, not a folder`;
  return `${phrase(error.reason, 'folders')}${self ? '' : ` (at ${error.path})`}`;
}

/**
 * Why the --out folder cannot take the analyses, or null once it exists and
 * a probe file could be created in it: checked once before any analysis, so
 * a bad folder costs one message rather than one per article.
 * `checkOutDir('/proc/xx')` → 'the file system there does not allow new folders'
 */
export function checkOutDir(dir: string): string | null {
  try {
    makeDirs(dir);
  } catch (error) {
    return explain(error, resolve(dir));
  }
  const probe = join(dir, `.policy-lens-probe-${process.pid}.tmp`);
  try {
    closeSync(openSync(probe, 'w'));
  } catch (error) {
    return phrase(error, 'files');
  }
  try {
    rmSync(probe, { force: true });
  } catch {
    // writable but not removable (a sticky folder owned by another): the analyses can still be written
  }
  return null;
}
