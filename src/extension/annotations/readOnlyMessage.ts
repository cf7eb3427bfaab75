import * as vscode from 'vscode';
import type { ArticleState } from './articleState';
import { fileName } from './sidecarFile';

/**
 * Says why an article's annotations cannot be saved and offers to open the
 * sidecar; the file itself is never touched.
 */
export function reportReadOnly(state: ArticleState): void {
  if (!state.readOnly) return;
  const why = state.readOnly.kind === 'newer' ? 'was written by a newer Policy Lens' : 'is damaged';
  const message = `Policy Lens: ${fileName(state.sidecar)} ${why} (${state.readOnly.message}). Annotations for this article are read-only until it is fixed; the file is left as it is.`;
  void vscode.window.showErrorMessage(message, 'Open Sidecar').then((choice) => {
    if (choice) void vscode.window.showTextDocument(state.sidecar);
  });
}

/** An untitled article cannot be reviewed: its reviews go in a file beside it, and it has no place yet. */
export function reportUntitled(document: vscode.TextDocument): void {
  const message = 'Policy Lens: Save the article to a file before reviewing it. Reviews are kept in a file beside the article; nothing was recorded.';
  void vscode.window.showWarningMessage(message, 'Save As…').then((choice) => {
    if (choice) void vscode.workspace.saveAs(document.uri);
  });
}

/**
 * The sidecar has unsaved edits in an editor: writing it on disk now would
 * end in a save conflict where one side's work is lost, so nothing is written.
 */
export function reportDirtySidecar(state: ArticleState): void {
  const message = `Policy Lens: ${fileName(state.sidecar)} has unsaved changes in an editor. Save or revert them first; this review was not recorded, so neither is lost.`;
  void vscode.window.showWarningMessage(message, 'Show Sidecar').then((choice) => {
    if (choice) void vscode.window.showTextDocument(state.sidecar);
  });
}
