import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { openFresh } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-05-06 Regional board raises bus fares',
  '',
  'The transport board said on Monday that fares would rise by 40% next year.',
  '',
  'Board chair Ines Marlow said the rise of 40% was "the least we could do".',
  '',
].join('\n');

interface Apis {
  readonly editor: EditorApi;
  readonly annotations: AnnotationsApi;
}

const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
const storedExact = async (uri: vscode.Uri): Promise<string[]> =>
  (JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri)))) as { annotations: { selector: [{ exact: string }] }[] }).annotations.map((a) => a.selector[0].exact);

describe('A review typed over', () => {
  it('is detached and listed as changed, never moved onto the new words; undo places it again', async () => {
    const api = (await extensionApi()) as unknown as Apis;
    const uri = workspaceFile('retyped-test/fares.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => editor.document.languageId === 'policy-article' || undefined, 'the article mode');
    await api.annotations.book.load(editor.document);
    const analysis = await api.editor.store.get(editor.document);
    const first = ARTICLE.indexOf('40%');
    const figure = analysis.figures.find((f) => f.start === first);
    assert.ok(figure, 'the engine finds the first 40%');
    assert.equal(await vscode.commands.executeCommand('policyLens.confirm', uri.toString(), 'figure', figure.id), true);
    const state = () => api.annotations.book.state(uri)!;
    const reviewOn = (start: number) => api.editor.store.peek(editor.document)?.figures.find((f) => f.start === start)?.review;
    await waitFor(() => reviewOn(first), 'the review on the figure');

    // Select "40%" and type "45%", as a user correcting the article would.
    await editor.edit((b) => b.replace(new vscode.Range(editor.document.positionAt(first), editor.document.positionAt(first + 3)), '45%'));
    await waitFor(() => api.annotations.view.attention().some((n) => n.type === 'annotation' && n.why === 'retyped'), 'the review listed as changed');
    await waitFor(() => api.editor.store.peek(editor.document)?.text === editor.document.getText() || undefined, 'the analysis of the new text');
    assert.equal(reviewOn(first), undefined, 'the review moved onto "45%"');
    const second = ARTICLE.indexOf('40%', first + 1);
    assert.equal(reviewOn(second), undefined, 'the review jumped to the other "40%"');
    assert.deepEqual(state().annotations.map((a) => a.quote.exact), ['40%'], 'the review is kept with its own words');
    await editor.document.save();
    let stored: string[] = [];
    for (let i = 0; i < 100 && stored.join() !== '40%'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      stored = await storedExact(uri);
    }
    assert.deepEqual(stored, ['40%'], 'the sidecar keeps the review of "40%"');

    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === ARTICLE || undefined, 'the undo');
    await waitFor(() => reviewOn(first)?.status === 'confirmed', 'the review back on "40%"');
    assert.equal(api.annotations.view.attention().length, 0);
  });

  it('stays detached when the article is opened again, never taken by the other "40%"', async () => {
    const api = (await extensionApi()) as unknown as Apis;
    const uri = workspaceFile('retyped-test/fares.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    const first = ARTICLE.indexOf('40%');
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(first), document.positionAt(first + 3)), '45%'));
    await document.save();
    // A second article with the same text and sidecar, as after reopening the window: read from disk only.
    const copy = workspaceFile('retyped-test/fares-again.txt');
    await vscode.workspace.fs.writeFile(copy, await vscode.workspace.fs.readFile(uri));
    await vscode.workspace.fs.writeFile(sidecarOf(copy), await vscode.workspace.fs.readFile(sidecarOf(uri)));
    const again = await vscode.workspace.openTextDocument(copy);
    await vscode.window.showTextDocument(again);
    await waitFor(() => again.languageId === 'policy-article' || undefined, 'the article mode');
    await api.annotations.book.load(again);
    const analysis = await api.editor.store.get(again);
    await waitFor(() => api.annotations.book.state(copy)?.orphanIds.size === 1 || undefined, 'the review read back as detached');
    const second = ARTICLE.indexOf('40%', first + 1);
    assert.equal(analysis.figures.find((f) => f.start === second)?.review, undefined, 'the review jumped to the other "40%"');
  });
});

describe('A review on words proofread', () => {
  const TEXT = [
    'date 2024-07-02 Hospital waiting times rise again',
    '',
    'The health ministry said on Monday that waiting times at the regional hopsital rose by 12% last year, the steepest rise in a decade.',
    '',
  ].join('\n');

  it('follows a typo fixed and a word typed again whole, and detaches when a word is added', async () => {
    const { editor, api, analysis } = await openFresh('retyped-test', 'waiting.txt', TEXT);
    const { document } = editor;
    const uri = document.uri;
    const claim = analysis.claims.find((c) => c.text.startsWith('waiting times'));
    assert.ok(claim, 'the engine finds the claim');
    assert.equal(await vscode.commands.executeCommand('policyLens.confirm', uri.toString(), 'claim', claim.id), true);
    const fresh = () => api.editor.store.peek(document)?.text === document.getText() || undefined;
    const reviewed = () => api.editor.store.peek(document)?.claims.find((c) => c.text.startsWith('waiting times'))?.review?.status;
    const detached = () => api.annotations.view.attention().some((n) => n.type === 'annotation' && n.why === 'retyped');
    const replace = (from: string, to: string) => {
      const at = document.getText().indexOf(from);
      return editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + from.length)), to));
    };
    await waitFor(() => reviewed() === 'confirmed' || undefined, 'the review on the claim');

    await replace('hopsital', 'hospital');
    await waitFor(fresh, 'the analysis of the fixed text');
    assert.equal(reviewed(), 'confirmed', 'a typo fixed detached the review');
    assert.equal(detached(), false);

    // A word deleted detaches the review; typed again whole, with a slip of its own, it is the same claim.
    await replace('regional ', '');
    await waitFor(() => detached() || undefined, 'the review detached by the word deleted');
    await replace('the hospital', 'the regoinal hospital');
    await waitFor(() => fresh() && reviewed() === 'confirmed', 'the review back on the word typed again');
    assert.equal(detached(), false);

    await replace('rose by', 'rose sharply by');
    await waitFor(() => detached() || undefined, 'the review detached by a word added');
    await waitFor(fresh, 'the analysis with the word added');
    assert.equal(reviewed(), undefined, 'the review followed a word added');
    const kept = api.annotations.book.state(uri)!.annotations.map((a) => a.quote.exact);
    assert.ok(kept[0].includes('regional hopsital rose by'), `the review keeps the words it was made on, not "${kept[0]}"`);

    await vscode.commands.executeCommand('undo');
    await waitFor(() => fresh() && reviewed() === 'confirmed', 'the undo placing the review again');
  });
});
