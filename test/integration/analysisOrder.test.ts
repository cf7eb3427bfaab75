import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const SMALL = [
  'date 2024-06-12 Harbour council approves new ferry line',
  '',
  'The harbour council voted on Tuesday to fund a ferry line that will carry 4,000 passengers a day.',
  '',
].join('\n');

/**
 * A dated article of about 2 MB in which the engine finds nothing: its reply
 * is one message, so with one queue it would arrive whole before a small
 * article's (a long reply comes in parts, between which a small one slips through).
 */
function plainArticle(): string {
  const words = 'the water board met again and talked about the pipes and the river and the long summer ahead of them all'.split(' ');
  const parts = ['date 2024-03-05 Ministers agree to raise the water budget', ''];
  for (let i = 0, length = 0; length < 2 * 1024 * 1024; i++) {
    const paragraph = Array.from({ length: 400 }, (_, j) => words[(i + j) % words.length]).join(' ');
    parts.push(paragraph, '');
    length += paragraph.length + 2;
  }
  return parts.join('\n');
}

async function showArticle(path: string, text: string): Promise<vscode.TextDocument> {
  const uri = workspaceFile(`order-test/${path}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  return waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'policy-article'), `${path} in the article mode`);
}

describe('Analysis order', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('analyses a small article while a large one is analysed again, without waiting for it', async function () {
    this.timeout(120_000);
    const api = ((await extensionApi()) as unknown as { editor: EditorApi }).editor;
    const big = await showArticle('big.txt', plainArticle());
    await waitFor(() => api.store.peek(big), 'the large article analysed', 90_000);
    const small = await showArticle('small.txt', SMALL);
    await waitFor(() => api.store.peek(small), 'the small article analysed');
    const arrived: string[] = [];
    const listening = api.store.onDidChange(({ document }) => arrived.push(document.uri.path.split('/').pop()!));
    try {
      // Both are analysed again, the large one asked for first: one queue would answer it first.
      api.store.reanalyzeAll();
      await waitFor(() => api.store.peek(small) && api.store.peek(big), 'both analysed again', 90_000);
      const [smallAt, bigAt] = [arrived.indexOf('small.txt'), arrived.indexOf('big.txt')];
      assert.ok(smallAt >= 0 && bigAt > smallAt, `the small article waited for the large one: ${arrived.join(', ')}`);
      // For the log: how long a small article opened now waits (E17 in the editor QA).
      api.store.reanalyzeAll();
      const t0 = Date.now();
      const other = await showArticle('other.txt', SMALL.replace('ferry', 'tram'));
      const shown = Date.now() - t0;
      await waitFor(() => api.store.peek(other), 'the other small article analysed');
      console.log(`      a small article opened during a large one's analysis: in the article mode after ${shown} ms, analysed after ${Date.now() - t0} ms`);
    } finally {
      listening.dispose();
    }
  });
});
