import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { extensionApi, workspaceFile } from './extensionApi';
import { encode, entries, read, run, sidecarOf, until, type Apis } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-04-02 City hall approves cycling budget',
  '',
  'Mayor Lena Ortiz said on Monday that the city would double its cycling budget to 12 million euros by June 2026.',
  '',
  '"We will build 30 kilometres of new lanes by 2026," she said.',
  '',
  'The regional statistics office said cycling rose 40% since 2020.',
  '',
].join('\n');

type Window = Record<string, unknown>;

/** Replaces window functions while `body` runs, restoring them after. */
async function stubbing<T>(fakes: Record<string, unknown>, body: () => PromiseLike<T>): Promise<T> {
  const window = vscode.window as unknown as Window;
  const originals = Object.fromEntries(Object.keys(fakes).map((k) => [k, window[k]]));
  Object.assign(window, fakes);
  try {
    return await body();
  } finally {
    Object.assign(window, originals);
  }
}

/** Records what the status bar and the messages say, and answers quick picks with `pick`. */
function recorder(pick: (items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined = (items) => items[0]) {
  const said = { status: [] as string[], warnings: [] as string[], errors: [] as string[], infos: [] as string[], picks: [] as string[][] };
  const fakes = {
    setStatusBarMessage: (text: string) => (said.status.push(text), new vscode.Disposable(() => undefined)),
    showWarningMessage: (text: string) => (said.warnings.push(text), Promise.resolve(undefined)),
    showErrorMessage: (text: string) => (said.errors.push(text), Promise.resolve(undefined)),
    showInformationMessage: (text: string) => (said.infos.push(text), Promise.resolve(undefined)),
    showQuickPick: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      const list = await items;
      said.picks.push(list.map((i) => i.label));
      return pick(list);
    },
  };
  return { said, fakes };
}

/** Writes a fresh article, opens it, and waits for its reviewed analysis. */
async function open(name: string): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const api = (await extensionApi()) as unknown as Apis;
  const uri = workspaceFile(`review-actions-test/${name}`);
  await vscode.workspace.fs.writeFile(uri, encode(ARTICLE));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const editor = await waitFor(
    () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.document.languageId === 'policy-article'),
    'the article to open as policy-article',
  );
  await api.annotations.book.load(editor.document);
  return { editor, api, analysis: await api.editor.store.get(editor.document) };
}

/** Puts the cursor `offset` code units into the first occurrence of `needle`, or selects all of it. */
function cursorIn(editor: vscode.TextEditor, needle: string, offset: number | 'select' = 1): void {
  const start = editor.document.getText().indexOf(needle);
  assert.ok(start >= 0, `${needle} is not in the article`);
  const from = editor.document.positionAt(offset === 'select' ? start : start + offset);
  editor.selection = new vscode.Selection(from, offset === 'select' ? editor.document.positionAt(start + needle.length) : from);
}

describe('Review actions', () => {

  it('refuses to review an untitled article with a clear message, and never calls it damaged', async function () {
    const api = (await extensionApi()) as unknown as Apis;
    const document = await vscode.workspace.openTextDocument({ language: 'policy-article', content: ARTICLE });
    await vscode.window.showTextDocument(document);
    const analysis = await api.editor.store.get(document);
    const claim = analysis.claims[0];
    if (!claim) this.skip();
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => {
      assert.equal(await run('confirm', document.uri.toString(), 'claim', claim.id), false);
      cursorIn(vscode.window.activeTextEditor!, claim.text, 'select');
      assert.equal(await run('reject'), false);
      await api.annotations.book.load(document);
    });
    assert.deepEqual(said.errors, []);
    assert.equal(said.warnings.length, 2);
    assert.ok(said.warnings[0].startsWith('Policy Lens: Save the article to a file before reviewing it.'), said.warnings[0]);
    assert.equal(api.annotations.book.state(document.uri)?.readOnly ?? null, null, 'the untitled article was made read-only');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('writes nothing while the sidecar has unsaved edits in an editor, and says so', async function () {
    const { editor, analysis } = await open('dirty-sidecar.txt');
    const [first, second] = analysis.claims;
    if (!second) this.skip();
    const uri = editor.document.uri.toString();
    assert.equal(await run('confirm', uri, 'claim', first.id), true);
    const sidecar = await vscode.window.showTextDocument(sidecarOf(editor.document.uri), { viewColumn: vscode.ViewColumn.Beside });
    await sidecar.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    const before = await read(sidecarOf(editor.document.uri));
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => assert.equal(await run('reject', uri, 'claim', second.id), false));
    assert.equal(await read(sidecarOf(editor.document.uri)), before, 'the sidecar was written under the unsaved edit');
    assert.ok(said.warnings[0]?.includes('dirty-sidecar.txt.annotations.json has unsaved changes in an editor'), said.warnings.join('\n'));
    // Saved by hand, the edit is read back and the next review goes through.
    await sidecar.document.save();
    await until(async () => (await run<boolean>('reject', uri, 'claim', second.id)) === true, 'the review to go through after the save');
    assert.deepEqual((await entries(editor.document.uri)).map((e) => e.status), ['confirmed', 'rejected']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('asks before re-attaching a review onto text with other numbers', async function () {
    const { editor, analysis, api } = await open('reattach.txt');
    const figure = analysis.figures.find((f) => f.text === '40%');
    if (!figure) this.skip();
    assert.equal(await run('confirm', editor.document.uri.toString(), 'figure', figure.id), true);
    const start = editor.document.getText().indexOf('40%');
    // Deleted, then typed anew: typed over, the review would follow the text as an edit of it.
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + 3))));
    await editor.edit((b) => b.insert(editor.document.positionAt(start), '45%'));
    const state = () => api.annotations.book.state(editor.document.uri)!;
    const [orphan] = await waitFor(() => state().orphanIds.size === 1 && [...state().orphanIds], 'the review to lose its text');
    cursorIn(editor, '45%', 'select');
    const declined = recorder();
    await stubbing(declined.fakes, async () => assert.equal(await run('reattachOrphan', editor.document.uri.toString(), orphan), false));
    assert.ok(declined.said.warnings[0]?.includes('other numbers than the reviewed text “40%”'), declined.said.warnings.join('\n'));
    assert.ok(state().orphanIds.has(orphan));
    const agreed = { showWarningMessage: () => Promise.resolve('Re-attach Anyway') };
    await stubbing(agreed, async () => assert.equal(await run('reattachOrphan', editor.document.uri.toString(), orphan), true));
    assert.equal(state().annotations.find((a) => a.id === orphan)?.quote.exact, '45%');
  });

});
