import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { extensionApi, workspaceFile } from './extensionApi';
import { encode, entries, fits, run, until, type Apis } from './sidecarProbe';
import { ARTICLE, BILLS, SHORTAGES } from '../unit/annotations/waterArticle';
import { waitFor } from './waitFor';

const TYPED = 'UPDATE: officials said 40 homes lost water last week.\n\n';

const claimWith = (a: Analysis | undefined, text: string) => a?.claims.find((c) => c.text === text);

async function open(name: string): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const api = (await extensionApi()) as unknown as Apis;
  const uri = workspaceFile(`review-integrity-test/${name}`);
  await vscode.workspace.fs.writeFile(uri, encode(ARTICLE));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(() => editor.document.languageId === 'policy-article', 'the article language');
  await api.annotations.book.load(editor.document);
  return { editor, api, analysis: await api.editor.store.get(editor.document) };
}

/** Types a paragraph under the dateline, unsaved, and waits for its analysis. */
async function typeAbove(editor: vscode.TextEditor, api: Apis): Promise<Analysis> {
  await editor.edit((b) => b.insert(new vscode.Position(2, 0), TYPED));
  return waitFor(() => claimWith(api.editor.store.peek(editor.document), BILLS) && api.editor.store.peek(editor.document), 'the analysis of the edit');
}

/** Confirms the claim whose text is `text`, in the editor's current text. */
async function confirm(editor: vscode.TextEditor, analysis: Analysis, text: string): Promise<void> {
  const claim = claimWith(analysis, text);
  assert.ok(claim, `no claim "${text}"`);
  assert.equal(await run('confirm', editor.document.uri.toString(), 'claim', claim.id), true);
}

describe('Review data integrity', () => {
  afterEach(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('claims.minCheckWorthiness', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a review made in unsaved text is written for the saved file, and stays so after Revert', async () => {
    const { editor, api } = await open('revert.txt');
    await confirm(editor, await typeAbove(editor, api), BILLS);
    assert.deepEqual(fits(ARTICLE, await entries(editor.document.uri)), [true], 'the sidecar holds positions of unsaved text');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !editor.document.isDirty && editor.document.getText() === ARTICLE, 'the revert');
    assert.deepEqual(fits(ARTICLE, await entries(editor.document.uri)), [true]);
    const state = api.annotations.book.state(editor.document.uri)!;
    assert.equal(ARTICLE.slice(state.annotations[0].position.start, state.annotations[0].position.end), BILLS);
  });

  it('follows an article changed on disk while unsaved: reverted, or closed without saving', async () => {
    const { editor, api } = await open('ondisk.txt');
    const uri = editor.document.uri;
    await confirm(editor, await typeAbove(editor, api), BILLS);
    const changed = ARTICLE.replace('\n\nThe board', '\n\nCORRECTION: a figure was wrong.\n\nThe board');
    await vscode.workspace.fs.writeFile(uri, encode(changed));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await until(async () => fits(changed, await entries(uri)).every(Boolean), 'the sidecar to fit the file changed on disk');
    // Waits for the edit's analysis and for the book: nothing the edit started can read the file written next.
    await typeAbove(editor, api);
    await api.annotations.book.settled(uri);
    const again = changed.replace('CORRECTION:', 'CORRECTION, since corrected:');
    await vscode.workspace.fs.writeFile(uri, encode(again));
    assert.equal(fits(again, await entries(uri)).every(Boolean), false, 'the sidecar fits both files: the test shows nothing');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until(async () => fits(again, await entries(uri)).every(Boolean), 'the sidecar to fit the saved file after closing');
    assert.deepEqual((await entries(uri)).map((e) => [e.status, e.selector[0].exact]), [['confirmed', BILLS]]);
  });

  it('exports the itemId of the claim a review matches now', async () => {
    const { editor, api, analysis } = await open('itemid.txt');
    await confirm(editor, analysis, BILLS);
    const moved = await typeAbove(editor, api);
    // compared in the editor's own numbering: the sidecar's counts every claim of the saved text, those below the threshold too
    assert.notEqual(claimWith(moved, BILLS)?.id, claimWith(analysis, BILLS)?.id, 'the typed paragraph holds no claim: the test shows nothing');
    const reviewed = await waitFor(() => api.editor.store.peek(editor.document)?.annotations?.[0], 'the merged review');
    assert.equal(api.editor.store.peek(editor.document)!.claims.find((c) => c.id === reviewed.itemId)?.text, BILLS);
  });

  it('keeps a reviewed claim below a raised threshold: shown, not an orphan', async () => {
    await vscode.workspace.getConfiguration('policyLens').update('claims.minCheckWorthiness', 0, vscode.ConfigurationTarget.Global);
    const { editor, api } = await open('threshold.txt');
    const low = await waitFor(() => claimWith(api.editor.store.peek(editor.document), SHORTAGES), 'the low claim at threshold 0');
    assert.ok(low.checkWorthiness < 0.9, `the claim scores ${low.checkWorthiness}`);
    assert.ok(api.editor.store.peek(editor.document)!.claims.filter((c) => c.checkWorthiness < 0.9).length > 1, 'no unreviewed claim below 0.9: the wait below shows nothing');
    assert.equal(await run('addNote', editor.document.uri.toString(), 'claim', low.id, 'ask the board'), true);
    await vscode.workspace.getConfiguration('policyLens').update('claims.minCheckWorthiness', 0.9, vscode.ConfigurationTarget.Global);
    // "called the plan …" scores below 0.9 too, unreviewed: it goes when the threshold applies
    await waitFor(() => api.editor.store.peek(editor.document)?.claims.every((c) => c.checkWorthiness >= 0.9 || c.review), 'the raised threshold');
    const kept = claimWith(api.editor.store.peek(editor.document), SHORTAGES);
    assert.equal(kept?.review?.note, 'ask the board');
    assert.deepEqual(api.annotations.view.attention(), []);
  });
});
