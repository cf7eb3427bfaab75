import * as vscode from 'vscode';

/** Wiring only: each feature registers itself and hands its disposables to the context. */
export function activate(_context: vscode.ExtensionContext) {
  return {};
}

export function deactivate(): void {}
