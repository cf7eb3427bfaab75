import * as vscode from 'vscode';
import type { Analysis } from '../../core/model';
import { toJson, type ExportDocument } from '../../core/export/toJson';
import { ARTICLE_LANGUAGE } from '../languageMode';

/** The export path of a document: relative to the workspace when inside it. */
export function exportPath(uri: vscode.Uri): string | null {
  if (uri.scheme === 'untitled') return null;
  return vscode.workspace.asRelativePath(uri, false);
}

/** The export document of one article, the one JSON shape every command writes. */
export function articleJson(analysis: Analysis, uri: vscode.Uri, version: string): ExportDocument {
  return toJson(analysis, { path: exportPath(uri), generatorVersion: version });
}

/** `dir/article.txt` → `dir/article.analysis.json` (or another suffix) beside it. */
export function besideWith(uri: vscode.Uri, suffix: string): vscode.Uri {
  const name = uri.path.split('/').pop() ?? 'article';
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  return vscode.Uri.joinPath(uri, '..', `${stem}${suffix}`);
}

/**
 * The article a command acts on: the uri given (explorer, tests), else the
 * active editor's when it is an article, else the one the Claims view shows
 * (visible beside the focused notes, so its title-bar buttons act on it), else
 * the active editor's document.
 */
export async function targetDocument(arg: unknown, shown?: vscode.TextDocument): Promise<vscode.TextDocument | undefined> {
  const uri = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? vscode.Uri.parse(arg) : undefined;
  if (uri) return vscode.workspace.openTextDocument(uri);
  const active = vscode.window.activeTextEditor?.document;
  const document = active?.languageId === ARTICLE_LANGUAGE ? active : (shown ?? active);
  if (!document) void vscode.window.showInformationMessage('Policy Lens: open an article first.');
  return document;
}
