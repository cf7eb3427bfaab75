import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { extensionApi, workspaceFile } from './extensionApi';
import { allFit, encode, entries, read, run, sidecarOf, until, type Apis } from './sidecarProbe';
import { waitFor } from './waitFor';

/** Written for these tests: figures and claims in two paragraphs. */
const ARTICLE = [
  'date 2025-03-10 City council funds bridge repairs',
  '',
  'The council approved 12 bridge repairs on Monday, and 12 people spoke against them.',
  '',
  'Critics say the repairs will take until 2030 to finish.',
  '',
].join('\n');
const ABOVE = 'Officials said 9 people left early, and 40 more came late.\n\n';





async function show(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const api = (await extensionApi()) as unknown as Apis;
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(() => editor.document.languageId === 'policy-article', 'the article language');
  await api.annotations.book.load(editor.document);
  return { editor, api, analysis: await api.editor.store.get(editor.document) };
}

async function open(name: string): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const uri = workspaceFile(`saved-sidecar-test/${name}`);
  await vscode.workspace.fs.writeFile(uri, encode(ARTICLE));
  await vscode.workspace.fs.delete(sidecarOf(uri)).then(undefined, () => undefined);
  return show(uri);
}

/** Confirms the first figure and the first claim of the clean article. */
async function confirmTwo(editor: vscode.TextEditor, analysis: Analysis): Promise<void> {
  const uri = editor.document.uri.toString();
  assert.equal(await run('confirm', uri, 'figure', analysis.figures[0].id), true);
  assert.equal(await run('confirm', uri, 'claim', analysis.claims[0].id), true);
}

/** Unsaved edits above and below the reviews: VS Code reports their revert as one replace over them. */
async function editAround(editor: vscode.TextEditor): Promise<void> {
  await editor.edit((b) => b.insert(new vscode.Position(2, 0), ABOVE));
  await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'A line added at the end.\n'));
  assert.ok(editor.document.isDirty);
}

/** The stored itemIds are those of the saved text with every claim counted. */
async function assertSavedIds(api: Apis, text: string, uri: vscode.Uri): Promise<void> {
  const saved = await api.editor.store.analyzeText(text);
  const items = [...saved.figures, ...saved.claims];
  for (const e of await entries(uri)) {
    const [, p] = e.selector;
    assert.ok(items.some((i) => i.id === e.itemId && i.start === p.start && i.end === p.end), `${e.itemId} is not the saved text's id of "${e.selector[0].exact}"`);
  }
}

describe('The sidecar describes the saved article', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('a figure reviewed in unsaved text is not stored as a near saved one, and is an orphan after Don\'t Save', async () => {
    const { editor, api } = await open('unsaved-figure.txt');
    const uri = editor.document.uri;
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), ABOVE));
    const typed = await waitFor(() => api.editor.store.peek(editor.document)?.figures.find((f) => f.text === '9 people'), 'the typed figure');
    assert.equal(await run('confirm', uri.toString(), 'figure', typed.id), true);
    assert.deepEqual((await entries(uri)).map((e) => e.selector[0].exact), ['9 people']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    assert.deepEqual((await entries(uri)).map((e) => e.selector[0].exact), ['9 people']);
    const again = await show(uri);
    await waitFor(() => again.api.annotations.view.attention().length === 1 || undefined, 'the review listed under Needs attention');
    assert.equal(again.api.editor.store.peek(again.editor.document)?.figures.some((f) => f.review), false);
  });

  it('rewrites the sidecar for the saved file after a revert reported as one replace', async () => {
    const { editor, api, analysis } = await open('revert-around.txt');
    await confirmTwo(editor, analysis);
    await editAround(editor);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitFor(() => !editor.document.isDirty || undefined, 'the revert');
    await until(async () => allFit(ARTICLE, await entries(editor.document.uri)), 'the sidecar to fit the saved file');
    await assertSavedIds(api, ARTICLE, editor.document.uri);
  });

  it('rewrites the sidecar for the saved file when closed without saving, edits around the reviews', async () => {
    const { editor, api, analysis } = await open('close-around.txt');
    const uri = editor.document.uri;
    await confirmTwo(editor, analysis);
    await editAround(editor);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until(async () => allFit(ARTICLE, await entries(uri)), 'the sidecar to fit the saved file');
    await assertSavedIds(api, ARTICLE, uri);
  });

  it('rewrites the sidecar when the clean article changes on disk above and below the reviews', async () => {
    const { editor, analysis } = await open('disk-around.txt');
    const uri = editor.document.uri;
    await confirmTwo(editor, analysis);
    // Above and below the reviewed sentence, not in it: a word added to it would make another statement, which no review follows.
    const changed = ARTICLE.replace('The council', 'On Monday, the city met.\n\nThe council').replace('Critics say', 'Many critics say') + 'Added below.\n';
    await vscode.workspace.fs.writeFile(uri, encode(changed));
    await waitFor(() => editor.document.getText() === changed || undefined, 'the editor to reload');
    await until(async () => allFit(changed, await entries(uri)), 'the sidecar to fit the changed file');
  });

  it('a renamed article with unsaved edits gets a sidecar for its saved text', async () => {
    const { editor, api, analysis } = await open('rename-dirty.txt');
    await confirmTwo(editor, analysis);
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), ABOVE));
    const renamed = workspaceFile('saved-sidecar-test/rename-dirty-2.txt');
    await vscode.workspace.fs.delete(renamed).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(sidecarOf(renamed)).then(undefined, () => undefined);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(editor.document.uri, renamed);
    assert.equal(await vscode.workspace.applyEdit(edit), true, 'the rename failed');
    await waitFor(() => api.annotations.book.state(renamed)?.annotations.length === 2 || undefined, 'the annotations of the renamed article');
    // VS Code may move the unsaved text into the new file, saved: the sidecar fits whatever the file holds
    const onDisk = () => read(renamed).catch(() => '');
    await until(async () => allFit(await onDisk(), await entries(renamed).catch(() => [])), 'the moved sidecar to fit the saved file');
    await assertSavedIds(api, await onDisk(), renamed);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === renamed.toString());
    if (document?.isDirty) assert.equal(api.annotations.book.state(renamed)?.stale, true, 'the positions differ from the saved file: the next save must rewrite them');
  });
});
