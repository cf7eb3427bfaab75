import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  readonly path: string;
  remove(): void;
}

/** A fresh temporary folder, so no run sees what an earlier one left behind. */
export function tempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Copies a fixture folder into `parent/workspace`, for tests free to edit and save files. */
export function copyWorkspace(source: string, parent: string): string {
  const target = join(parent, 'workspace');
  cpSync(source, target, { recursive: true });
  return target;
}
