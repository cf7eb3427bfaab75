import { readFile } from 'node:fs/promises';
import * as vscode from 'vscode';

/**
 * A file's bytes. A file on disk is read directly: every workspace.fs call first
 * asks the window whether the scheme's provider is ready, and a window busy
 * painting a 5 MB article just opened answers only seconds later. Other schemes
 * (virtual workspaces) go through workspace.fs. Rejects as the read does (ENOENT, FileNotFound).
 */
export function fileBytes(uri: vscode.Uri): Promise<Uint8Array> {
  return uri.scheme === 'file' ? readFile(uri.fsPath) : Promise.resolve(vscode.workspace.fs.readFile(uri));
}
