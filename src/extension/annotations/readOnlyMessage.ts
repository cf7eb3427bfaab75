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
