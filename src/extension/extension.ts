import * as vscode from 'vscode';
import { registerLanguageMode } from './languageMode';
import { registerEditor } from './registerEditor';
import { registerAnnotations } from './annotations/registerAnnotations';

/**
 * Wiring only: each feature module registers itself, pushes its disposables
 * to the context, and may add to the small API the integration tests use.
 */
export function activate(context: vscode.ExtensionContext) {
  const api: Record<string, unknown> = {};
  const languageMode = registerLanguageMode(context);
  api.languageMode = languageMode;
  const editor = registerEditor(context, languageMode);
  api.editor = editor;
  api.annotations = registerAnnotations(context, editor);
  return api;
}

export function deactivate(): void {}
