import { rename, rm, writeFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/** True when something exists at the uri. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes through a temporary sibling and a rename, so a reader never sees half
 * a file and a failed write leaves the old one intact: a.json → a.json.tmp-k2x9 → a.json.
 * On disk it is a POSIX rename: workspace.fs.rename with overwrite deletes the
 * target first, which a watcher (or `git status`) would see as the file vanishing.
 * Other schemes (virtual workspaces) go through workspace.fs.
 */
export async function writeAtomic(target: vscode.Uri, content: string): Promise<void> {
  const suffix = `.tmp-${Math.random().toString(36).slice(2, 8)}`;
  if (target.scheme === 'file') {
    const temp = target.fsPath + suffix;
    try {
      await writeFile(temp, content, 'utf8');
      await rename(temp, target.fsPath);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return;
  }
  const temp = target.with({ path: target.path + suffix });
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(content));
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw error;
  }
}

/** Asks before replacing an existing file; true when writing may go ahead. */
export async function mayOverwrite(target: vscode.Uri): Promise<boolean> {
  if (!(await exists(target))) return true;
  const name = target.path.split('/').pop();
  const answer = await vscode.window.showWarningMessage(`${name} already exists. Replace it?`, { modal: true }, 'Replace');
  return answer === 'Replace';
}
