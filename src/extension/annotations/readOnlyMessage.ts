import * as vscode from 'vscode';
import type { ArticleState } from './articleState';
import { fileName } from './sidecarFile';

/** "is damaged", or why else the sidecar cannot be written. */
export function readOnlyWhy(state: ArticleState): string {
  return state.readOnly?.kind === 'newer' ? 'was written by a newer Policy Lens' : 'is damaged';
}

/**
 * Says why an article's annotations cannot be saved and offers to open the
 * sidecar; the file itself is never touched. A warning, not an error: VS Code
 * keeps an error with a button on screen until closed, and no extension can
 * close it once the sidecar is fixed. The lasting state is the status bar's
 * lock (reviewStatus.ts), which opens the sidecar and goes when it is fixed.
 */
export function reportReadOnly(state: ArticleState): void {
  if (!state.readOnly) return;
  const message = `Policy Lens: ${fileName(state.sidecar)} ${readOnlyWhy(state)} (${state.readOnly.message}). Annotations for this article are read-only until it is fixed (the lock in the status bar opens it); the file is left as it is.`;
  void vscode.window.showWarningMessage(message, 'Open Sidecar').then((choice) => {
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
