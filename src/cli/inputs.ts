import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { commonFolder } from './commonFolder';
import { describe } from './describeError';

export interface InputFile {
  /** The path to read, as the user gave it or joined below a folder they gave; null for stdin. */
  readonly path: string | null;
  /**
   * Output name without its suffix: the path below the deepest folder common to
   * all inputs (a folder given counts as itself, a file as its parent), so
   * `yrs/2023 yrs/2024` give 2023/budget and 2024/budget; "stdin" for stdin.
   */
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

/**
 * Every .txt file below dir, depth first in sorted order; hidden entries
 * skipped, symlinked folders not followed (no cycles). A folder that cannot
 * be listed is reported and skipped, so the files after it are still found.
 */
function walk(dir: string, found: string[], errors: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => byName(a.name, b.name));
  } catch (error) {
    errors.push(`${dir}: ${describe(error)}`);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, errors);
    else if (!TXT.test(entry.name)) continue;
    else if (entry.isFile()) found.push(path);
    else if (entry.isSymbolicLink()) linkedFile(path, found, errors);
  }
}

/**
 * A linked article is listed; a link to nothing is reported, as a missing file
 * named on the command line is, so an article never drops out of a run unsaid.
 * A link to a folder is not followed (no cycles).
 */
function linkedFile(path: string, found: string[], errors: string[]): void {
  try {
    if (statSync(path).isFile()) found.push(path);
  } catch (error) {
    errors.push(`${path}: ${describe(error)} (a broken link)`);
  }
}

const outName = (base: string, path: string) => relative(base, resolve(path)).split(sep).join('/').replace(TXT, '');

/**
 * Expands what the user named into the files to analyse, in order.
 * `['-', 'news']` with news/b.txt and news/a/c.txt →
 * `[{ path: null, outName: 'stdin' }, { path: 'news/a/c.txt', outName: 'a/c' }, { path: 'news/b.txt', outName: 'b' }]`.
 */
export function listInputs(inputs: readonly string[]): InputList {
  const paths: (string | null)[] = [];
  const folders: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      paths.push(null);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch (error) {
      errors.push(`${input}: ${describe(error)}`);
      continue;
    }
    folders.push(isDir ? resolve(input) : dirname(resolve(input)));
    if (!isDir) {
      paths.push(input);
      continue;
    }
    const found: string[] = [];
    const unlisted = errors.length;
    walk(input, found, errors);
    // the folder itself unreadable: its error says it all
    if (found.length === 0 && errors.length === unlisted) errors.push(`${input}: no .txt files found in this folder`);
    paths.push(...found);
  }
  const base = commonFolder(folders) ?? '.';
  const files = paths.map((path) => ({ path, outName: path === null ? 'stdin' : outName(base, path) }));
  return { files, errors };
}
