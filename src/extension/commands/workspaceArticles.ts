import * as vscode from 'vscode';

const EXCLUDE = '**/{node_modules,.git}/**';
const SKIP_FOLDERS = new Set(['node_modules', '.git']);

export interface Candidate {
  readonly uri: vscode.Uri;
  /** True when the article globs vouch for it; otherwise it must start with a dateline. */
  readonly byGlob: boolean;
}

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
const matches = (uri: vscode.Uri, pattern: string) =>
  vscode.languages.match({ pattern }, { uri, languageId: 'plaintext' } as vscode.TextDocument) > 0;

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
  let files: vscode.Uri[];
  try {
    const found = await Promise.all(['**/*.txt', ...globs].map((p) => vscode.workspace.findFiles(p, EXCLUDE)));
    files = found.flat();
  } catch {
    files = (await Promise.all((vscode.workspace.workspaceFolders ?? []).map((f) => walk(f.uri)))).flat();
  }
  const candidates = new Map<string, Candidate>();
  for (const uri of [...files, ...(await treatedFiles(treated))]) {
    const byGlob = globs.some((g) => matches(uri, g));
    if (byGlob || uri.path.endsWith('.txt') || treated.includes(uri.toString())) candidates.set(uri.toString(), { uri, byGlob });
  }
  return [...candidates.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
}
