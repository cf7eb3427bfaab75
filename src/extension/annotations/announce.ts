import * as vscode from 'vscode';

/** The undo key as the user presses it. */
const UNDO_KEY = process.platform === 'darwin' ? '⌘Z' : 'Ctrl+Z';

/**
 * Says in the status bar what a review command just did, naming the item
 * ("Rejected date “June 2026”"): the cursor may sit on several items, and a
 * review changes no text, so nothing else shows which one was meant.
 * `undoable`: the message also says how to take it back, since the editor's
 * own Edit › Undo list knows only text.
 */
export function announce(what: string, undoable = false): void {
  const shown = vscode.window.setStatusBarMessage(`Policy Lens: ${what}${undoable ? ` (${UNDO_KEY} undoes it)` : ''}`, 8000);
  undoHint = undoable ? shown : undefined;
}

let undoHint: vscode.Disposable | undefined;

/** Takes down a message that says the undo key takes a review back, once the key would undo something else (text typed since). */
export function withdrawUndoHint(): void {
  undoHint?.dispose();
  undoHint = undefined;
}
