import * as vscode from 'vscode';

/**
 * Wiring only: each feature module registers itself, pushes its disposables
 * to the context, and may add to the small API the integration tests use.
 */
export function activate(context: vscode.ExtensionContext) {
  const api: Record<string, unknown> = {};
  void context;
  return api;
}

export function deactivate(): void {}
