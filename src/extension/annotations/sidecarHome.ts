import * as vscode from 'vscode';

/**
 * Where an article's sidecar can live: beside a file that can be written
 * ('file'), nowhere yet for an untitled article ('untitled'), and nowhere for
 * a read-only view such as the earlier version in a git diff ('view'), whose
 * provider may even answer for "<article>.annotations.json" with the
 * article's own text, which would read as a damaged sidecar.
 * sidecarHome(file:///a.txt) → 'file'; sidecarHome(git:/a.txt?{…}) → 'view'
 */
export function sidecarHome(uri: vscode.Uri): 'file' | 'untitled' | 'view' {
  if (uri.scheme === 'untitled') return 'untitled';
  return vscode.workspace.fs.isWritableFileSystem(uri.scheme) === true ? 'file' : 'view';
}

/** A read-only view of an article cannot be reviewed: its reviews belong to the file itself. */
export function reportView(document: vscode.TextDocument): void {
  const name = document.uri.path.split('/').pop() ?? document.uri.path;
  void vscode.window.showWarningMessage(`Policy Lens: this view of ${name} (${document.uri.scheme}:) is read-only. Review the article file itself; nothing was recorded.`);
}
