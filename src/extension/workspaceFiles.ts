import * as vscode from 'vscode';

const EXCLUDE = '**/{node_modules,.git}/**';
const SKIP_FOLDERS = new Set(['node_modules', '.git']);

/** Every file below a folder through workspace.fs: the fallback when the search service is missing. */
async function walk(folder: vscode.Uri): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(folder);
  const nested = await Promise.all(
    entries.map(([name, type]) => {
      const uri = vscode.Uri.joinPath(folder, name);
      if (type & vscode.FileType.Directory) return SKIP_FOLDERS.has(name) ? [] : walk(uri);
      return [uri];
    }),
  );
  return nested.flat();
}

/** The glob test of a uri, the way VS Code matches a document selector. */
export const matchesGlob = (uri: vscode.Uri, pattern: string) =>
  vscode.languages.match({ pattern }, { uri, languageId: 'plaintext' } as vscode.TextDocument) > 0;

export type FindFiles = (include: string, exclude: string, maxResults?: number) => Thenable<vscode.Uri[]>;

/**
 * The workspace files matching any of the globs, outside node_modules and .git.
 * Uses the search service, else walks the folders: a virtual workspace, or a
 * host without ripgrep, where findFiles rejects (`spawn …/rg ENOENT`).
 * `find` is the search service (tests pass one that fails).
 */
export async function workspaceFiles(globs: readonly string[], maxResults?: number, find: FindFiles = vscode.workspace.findFiles): Promise<vscode.Uri[]> {
  try {
    return (await Promise.all(globs.map((g) => find(g, EXCLUDE, maxResults)))).flat();
  } catch {
    const all = (await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => walk(f.uri)))).flat();
    const found = all.filter((uri) => globs.some((g) => matchesGlob(uri, g)));
    return maxResults === undefined ? found : found.slice(0, maxResults);
  }
}
