import * as vscode from 'vscode';
import { matchesGlob, workspaceFiles } from '../workspaceFiles';

export interface Candidate {
  readonly uri: vscode.Uri;
  /** True when the article globs vouch for it; otherwise it must start with a dateline. */
  readonly byGlob: boolean;
}

/** The files treated as articles that are in the workspace and still exist, whatever their extension. */
async function treatedFiles(treated: readonly string[]): Promise<vscode.Uri[]> {
  const inside = treated.map((k) => vscode.Uri.parse(k)).filter((uri) => vscode.workspace.getWorkspaceFolder(uri));
  const found = await Promise.all(inside.map((uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(() => uri, () => undefined)));
  return found.filter((uri): uri is vscode.Uri => uri !== undefined);
}

/**
 * Article candidates in the workspace, sorted by path: every .txt (checked for a
 * dateline later), every file the article globs name, and every file treated as
 * an article. Uses the search service, else walks the folders (a virtual
 * workspace or a host without ripgrep).
 */
export async function workspaceArticles(globs: readonly string[], treated: readonly string[] = []): Promise<Candidate[]> {
  const files = await workspaceFiles(['**/*.txt', ...globs]);
  const candidates = new Map<string, Candidate>();
  for (const uri of [...files, ...(await treatedFiles(treated))]) {
    const byGlob = globs.some((g) => matchesGlob(uri, g));
    if (byGlob || uri.path.endsWith('.txt') || treated.includes(uri.toString())) candidates.set(uri.toString(), { uri, byGlob });
  }
  return [...candidates.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
}
