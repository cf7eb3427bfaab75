import { readdirSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

export interface InputFile {
  /** The path to read, as the user gave it or joined below a folder they gave; null for stdin. */
  readonly path: string | null;
  /** Output name without `.analysis.json`: the file name, or the path below the folder given. */
  readonly outName: string;
}

export interface InputList {
  readonly files: readonly InputFile[];
  readonly errors: readonly string[];
}

const TXT = /\.txt$/i;
const SKIPPED_DIRS = new Set(['node_modules']);

/** Code-unit order, so the same tree lists the same way on every machine and locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every .txt file below dir, depth first in sorted order; hidden entries skipped, symlinked folders not followed (no cycles). */
function walk(dir: string, found: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (TXT.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) found.push(path);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link
  }
}

/**
 * Expands what the user named into the files to analyse, in order.
 * `['-', 'news']` with news/b.txt and news/a/c.txt →
 * `[{ path: null, outName: 'stdin' }, { path: 'news/a/c.txt', outName: 'a/c' }, { path: 'news/b.txt', outName: 'b' }]`.
 */
export function listInputs(inputs: readonly string[]): InputList {
  const files: InputFile[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      files.push({ path: null, outName: 'stdin' });
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (error) {
      errors.push(`${input}: ${describe(error)}`);
      continue;
    }
    if (!isDir) {
      files.push({ path: input, outName: basename(input).replace(TXT, '') });
      continue;
    }
    const found: string[] = [];
    try {
      walk(input, found);
    } catch (error) {
      errors.push(`${input}: ${describe(error)}`);
    }
    if (found.length === 0) errors.push(`${input}: no .txt files found in this folder`);
    for (const path of found) files.push({ path, outName: relative(input, path).split(sep).join('/').replace(TXT, '') });
  }
  return { files, errors };
}

/** A file-system error as a short phrase: "no such file or directory" rather than a stack. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
