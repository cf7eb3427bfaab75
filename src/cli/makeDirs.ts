import { mkdirSync, statSync, type Stats } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe } from './describeError';

/** A folder makeDirs could not create or use; `reason` is the file-system error, if any. */
export class MakeDirsError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(reason === null ? `${path} is a file, not a folder` : `cannot create ${path}: ${describe(reason)}`);
  }
}

/** What is at path; null when nothing is, or a file stands where one of its folders should be. */
function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new MakeDirsError(path, error);
  }
}

/**
 * Creates `dir` and its missing parents one plain mkdir at a time: Node 20's
 * `mkdirSync(dir, { recursive: true })` spins forever under /proc, while this
 * loop is bounded by the path's own components. Throws MakeDirsError.
 * `makeDirs('out/2023')` with only out/ present → creates out/2023
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  let path = resolve(dir);
  let found = statOrNull(path);
  while (found === null && dirname(path) !== path) {
    missing.push(path);
    path = dirname(path);
    found = statOrNull(path);
  }
  if (found !== null && !found.isDirectory()) throw new MakeDirsError(path, null);
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      // another run may have made the same folder between the stat and the mkdir
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statOrNull(folder)?.isDirectory()) throw new MakeDirsError(folder, error);
    }
  }
}
