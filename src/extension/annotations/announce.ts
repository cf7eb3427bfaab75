import * as vscode from 'vscode';

/**
 * Says in the status bar what a review command just did, naming the item
 * ("Rejected date “June 2026”"): the cursor may sit on several items, and a
 * review changes no text, so nothing else shows which one was meant.
 */
export function announce(what: string): void {
  vscode.window.setStatusBarMessage(`Policy Lens: ${what}`, 8000);
}
