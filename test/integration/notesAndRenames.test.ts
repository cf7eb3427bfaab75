import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import { workspaceFile } from './extensionApi';
import { encode, openFresh, read, run, sidecarOf, until, type Apis } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-05-06 Port authority plans a second terminal',
  '',
  'The port authority said on Tuesday that freight volumes rose 12% last year.',
  '',
  '"We will open the new terminal in 2027," said director Ines Moll.',
  '',
].join('\n');
const QUOTE = '"We will open the new terminal in 2027,"';

const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

/** Writes a fresh article, opens it, and waits for its reviewed analysis. */
async function open(name: string): Promise<{ document: vscode.TextDocument; api: Apis; analysis: Analysis }> {
  const { editor, api, analysis } = await openFresh('notes-renames-test', name, ARTICLE);
  return { document: editor.document, api, analysis };
}

async function rename(from: vscode.Uri, to: vscode.Uri): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to);
  assert.equal(await vscode.workspace.applyEdit(edit), true, 'the rename failed');
}

describe('Notes and renames', () => {
  it('a note alone leaves a figure unreviewed in the sidecar, the analysis and the hover', async function () {
    const { document, analysis, api } = await open('noted.txt');
    const figure = analysis.figures.find((f) => f.text.includes('12%'));
    if (!figure) this.skip(); // the figures stage does not find it yet
    assert.equal(await run('addNote', document.uri.toString(), 'figure', figure.id, 'ask for the tender'), true);
    const [a] = JSON.parse(await read(sidecarOf(document.uri))).annotations;
    assert.deepEqual([a.status, a.fields.note], ['noted', 'ask for the tender']);
    const reviewed = await waitFor(() => api.editor.store.peek(document)?.figures.find((f) => f.id === figure.id)?.review, 'the note in the analysis');
    assert.equal(reviewed.status, 'noted');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(figure.start + 1));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('ask for the tender') && !text.includes('Confirmed'), `the hover calls a note a confirmation:\n${text}`);
  });

  it('moves the sidecar with a renamed article, keeping its annotations', async function () {
    const { document, analysis, api } = await open('before.txt');
    const quote = analysis.quotes.find((q) => q.text === QUOTE);
    if (!quote) this.skip();
    assert.equal(await run('confirm', document.uri.toString(), 'quote', quote.id), true);
    const saved = await read(sidecarOf(document.uri));
    const renamed = workspaceFile('notes-renames-test/after.txt');
    await rename(document.uri, renamed);
    await waitFor(() => api.annotations.book.state(renamed)?.annotations.length === 1, 'the annotations of the renamed article');
    const moved = saved.replace('"article": "before.txt"', '"article": "after.txt"');
    assert.notEqual(moved, saved, 'the sidecar did not name its article');
    await until(async () => (await exists(sidecarOf(renamed))) && (await read(sidecarOf(renamed))) === moved, 'the moved sidecar to name its article');
    assert.deepEqual([await exists(sidecarOf(document.uri)), await read(sidecarOf(renamed))], [false, moved]);
  });

  it('keeps both sidecars when the new name already has one, overwriting neither', async function () {
    const { document, analysis } = await open('mine.txt');
    const quote = analysis.quotes.find((q) => q.text === QUOTE);
    if (!quote) this.skip();
    assert.equal(await run('reject', document.uri.toString(), 'quote', quote.id), true);
    const mine = await read(sidecarOf(document.uri));
    const renamed = workspaceFile('notes-renames-test/theirs.txt');
    const theirs = mine.replace('"rejected"', '"confirmed"');
    await vscode.workspace.fs.writeFile(sidecarOf(renamed), encode(theirs));
    await rename(document.uri, renamed);
    const kept = workspaceFile('notes-renames-test/theirs.txt.from-mine.txt.annotations.json');
    await until(() => exists(kept), 'the moved sidecar');
    // the kept copy annotates the text now called theirs.txt, and says so
    await until(async () => (await read(kept)).includes('"article": "theirs.txt"'), 'the moved sidecar to name its article');
    const moved = mine.replace('"article": "mine.txt"', '"article": "theirs.txt"');
    assert.deepEqual([await read(sidecarOf(renamed)), await read(kept), await exists(sidecarOf(document.uri))], [theirs, moved, false]);
  });
});
