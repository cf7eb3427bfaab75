import * as vscode from 'vscode';
import type { LanguageModeApi } from '../../src/extension/languageMode';

export const EXTENSION_ID = 'policy-lens.policy-lens';

/** What activate() returns; each feature adds its part. */
export interface ExtensionApi {
  readonly languageMode: LanguageModeApi;
}

export function extension(): vscode.Extension<ExtensionApi> {
  const ext = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not loaded in this VS Code`);
  return ext;
}

/** Activates the extension if no event has yet, and returns its API. */
export async function extensionApi(): Promise<ExtensionApi> {
  return extension().activate();
}

/** A file of the test workspace, a fresh copy of test/integration/workspace per run. */
export function workspaceFile(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a workspace file in an editor, as a user would. */
export async function openFile(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The language of the open document at `uri` now; a language switch can replace the object. */
export function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}
