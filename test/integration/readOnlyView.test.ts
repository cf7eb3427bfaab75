import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi } from './extensionApi';
import { waitFor } from './waitFor';

const ARTICLE = 'date 2024-05-06 Board raises fares\n\nThe transport board said on Monday that fares would rise by 40% next year.\n';
const SCHEME = 'policy-lens-test-earlier';

/**
 * A read-only file system that, as git's does for the earlier side of a diff,
 * answers every path with the article (git reads the path from the query).
 */
class EarlierVersions implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  watch = () => new vscode.Disposable(() => undefined);
  stat = (): vscode.FileStat => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: ARTICLE.length });
  readFile = () => new TextEncoder().encode(ARTICLE);
  readDirectory = () => [];
  createDirectory = () => { throw vscode.FileSystemError.NoPermissions(); };
  writeFile = () => { throw vscode.FileSystemError.NoPermissions(); };
  delete = () => { throw vscode.FileSystemError.NoPermissions(); };
  rename = () => { throw vscode.FileSystemError.NoPermissions(); };
}

describe('A read-only view of an article (the earlier side of a diff)', () => {
  it('is analysed without a sidecar: never reported damaged, and a review is refused with a message', async () => {
    const api = (await extensionApi()) as unknown as { editor: EditorApi; annotations: AnnotationsApi };
    const provider = vscode.workspace.registerFileSystemProvider(SCHEME, new EarlierVersions(), { isReadonly: true });
    try {
      const uri = vscode.Uri.from({ scheme: SCHEME, path: '/fares.article.txt' });
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await waitFor(() => document.languageId === 'policy-article' || undefined, 'the article mode');
      const analysis = await api.editor.store.get(document);
      assert.equal(analysis.figures[0]?.text, '40%');
      const state = await api.annotations.book.load(document);
      assert.equal(state.readOnly, null, 'the article text read as a damaged sidecar');
      assert.equal(await vscode.commands.executeCommand('policyLens.confirm', uri.toString(), 'figure', analysis.figures[0].id), false);
      assert.equal(api.annotations.status.text, '$(pass) 0 reviewed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      provider.dispose();
    }
  });
});
