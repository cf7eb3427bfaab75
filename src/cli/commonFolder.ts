import { dirname, sep } from 'node:path';

const within = (path: string, folder: string) => path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);

/**
 * The deepest folder holding all of `folders` (absolute, normalised paths),
 * by whole path components, so /a/yrs2 is not inside /a/yrs.
 * `commonFolder(['/a/yrs/2023', '/a/yrs/2024'])` → '/a/yrs'; `[]` → null
 */
export function commonFolder(folders: readonly string[]): string | null {
  if (folders.length === 0) return null;
  let common = folders[0];
  for (const folder of folders) {
    // a root is its own dirname: stop there (two Windows drives share no folder)
    while (!within(folder, common) && dirname(common) !== common) common = dirname(common);
  }
  return common;
}
