import * as vscode from 'vscode';
import { articlePathOf } from '../../core/annotations/sidecarPath';
import type { AnalysisStore } from '../analysisStore';
import { fileName } from './sidecarFile';
import { workspaceFiles } from '../workspaceFiles';

export type ComparedArticle = { readonly document: vscode.TextDocument } | { readonly error: string };

async function isFile(uri: vscode.Uri): Promise<boolean> {
  try {
    return (await vscode.workspace.fs.stat(uri)).type === vscode.FileType.File;
  } catch {
    return false;
  }
}

/** The workspace file of that name nearest the sidecar: beside it, a folder up, else the only one in the workspace. */
async function findNamed(name: string, sidecar: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.Uri.joinPath(sidecar, '..');
  for (const uri of [vscode.Uri.joinPath(folder, name), vscode.Uri.joinPath(folder, '..', name)]) if (await isFile(uri)) return uri;
  const glob = `**/${name.replace(/[[\]{}*?!]/g, '[$&]')}`;
  const found = await workspaceFiles([glob], 2);
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The article two sidecars annotate: the one their `article` field names, the
 * active article when it has that name, else that file near the first
 * sidecar; with no name, the active article, else the file beside the first
 * sidecar. Comparing against any other text would anchor nothing and score
 * a false perfect agreement, so a mismatch is an error to show instead.
 * (['talks.txt', 'talks.txt'], active talks.txt) → { document: talks.txt }; (['a.txt', 'b.txt'], …) → { error }
 */
export async function comparedArticle(store: AnalysisStore, names: readonly [string, string], first: vscode.Uri): Promise<ComparedArticle> {
  const [a, b] = names.map((n) => n.trim());
  if (a && b && a !== b) return { error: `the two files annotate different articles (${a} and ${b})` };
  const name = a || b;
  const active = vscode.window.activeTextEditor?.document;
  if (active && store.isArticle(active) && (!name || fileName(active.uri) === name)) return { document: active };
  const beside = articlePathOf(first.path);
  const besideUri = beside ? first.with({ path: beside }) : undefined;
  const uri = besideUri && (!name || fileName(besideUri) === name) && (await isFile(besideUri)) ? besideUri : name ? await findNamed(name, first) : undefined;
  if (uri) return { document: await vscode.workspace.openTextDocument(uri) };
  return { error: name ? `they annotate ${name}, which was not found near them: open it, then compare again` : 'open the article the annotations belong to, then compare again' };
}
