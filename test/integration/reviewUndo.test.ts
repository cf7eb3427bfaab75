import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension } from './extensionApi';
import { encode, entries, openFresh, run, sidecarOf, until } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-06-11 Port authority raises berth fees',
  '',
  'The port authority said on Tuesday that berth fees would rise by 12% from September.',
  '',
  'Harbour master Tove Lindqvist said the rise would pay for 3 new tugboats.',
  '',
].join('\n');

/** The statuses the sidecar holds on disk, by reviewed text. */
const stored = async (uri: vscode.Uri): Promise<string[]> => {
  try {
    return (await entries(uri)).map((e) => `${e.status} ${e.selector[0].exact}`);
  } catch {
    return [];
  }
};
const settle = (uri: vscode.Uri, want: string[]) => until(async () => (await stored(uri)).join('|') === want.join('|'), `the sidecar to hold ${want.join(', ') || 'nothing'}`);

/** Ctrl+Z and Ctrl+Y as the keybindings run them. */
const KEY = 'key';

describe('Undo after a review', () => {
  it('Ctrl+Z is bound to Undo Review only while a review is the last thing done in an article', () => {
    const bindings = (extension().packageJSON as { contributes: { keybindings: { command: string; key: string; when: string; args?: string }[] } }).contributes.keybindings;
    const undo = bindings.filter((b) => b.command === 'policyLens.undoReview');
    assert.ok(undo.length > 0 && undo.every((b) => b.key === 'ctrl+z' && b.when.startsWith('policyLens.canUndoReview && ') && b.args === KEY));
    assert.ok(undo.some((b) => b.when.includes('editorLangId == policy-article')));
  });

  it('takes back the newest review, redoes it, then leaves Ctrl+Z to the text', async () => {
    const { editor, analysis } = await openFresh('review-undo-test', 'fees.txt', ARTICLE);
    const uri = editor.document.uri;
    await editor.edit((b) => b.insert(editor.document.positionAt(ARTICLE.length), 'Shipping lines said they would appeal.\n'));
    const typed = editor.document.getText();
    const figure = analysis.figures.find((f) => f.text === '12%');
    assert.ok(figure, 'the engine finds 12%');
    const tugs = analysis.figures.find((f) => f.text.startsWith('3'));
    assert.ok(tugs, 'the engine finds 3 new tugboats');

    assert.equal(await run('confirm', uri.toString(), 'figure', figure.id), true);
    assert.equal(await run('reject', uri.toString(), 'figure', tugs.id), true);
    await settle(uri, ['confirmed 12%', `rejected ${tugs.text}`]);

    assert.equal(await run('undoReview', KEY), true, 'Ctrl+Z undoes the rejection');
    await settle(uri, ['confirmed 12%']);
    assert.equal(await run('redoReview', KEY), true, 'Ctrl+Y redoes it');
    await settle(uri, ['confirmed 12%', `rejected ${tugs.text}`]);
    assert.equal(await run('undoReview', KEY), true);
    assert.equal(await run('undoReview', KEY), true, 'Ctrl+Z again undoes the confirmation');
    await settle(uri, []);
    assert.equal(editor.document.getText(), typed, 'undoing reviews changed the text');

    // No review is left to take back: Ctrl+Z is the editor's own undo of the typing before the reviews.
    assert.equal(await run('undoReview', KEY), false);
    await waitFor(() => editor.document.getText() === ARTICLE || undefined, 'the text undo');
    assert.deepEqual(await stored(uri), []);
  });

  it('takes down the "Ctrl+Z undoes it" message once typing makes Ctrl+Z undo the text', async () => {
    const { editor, analysis } = await openFresh('review-undo-test', 'fees-hint.txt', ARTICLE);
    const uri = editor.document.uri;
    const figure = analysis.figures.find((f) => f.text === '12%');
    assert.ok(figure);
    const window = vscode.window as unknown as { setStatusBarMessage: (text: string, ms: number) => vscode.Disposable };
    const original = window.setStatusBarMessage;
    const shown: { text: string; up: boolean }[] = [];
    window.setStatusBarMessage = (text: string) => {
      const message = { text, up: true };
      shown.push(message);
      return new vscode.Disposable(() => (message.up = false));
    };
    try {
      assert.equal(await run('confirm', uri.toString(), 'figure', figure.id), true);
      await settle(uri, ['confirmed 12%']);
      const hint = shown.find((m) => m.text.includes('undoes it'));
      assert.ok(hint?.up, shown.map((m) => m.text).join('\n'));
      await editor.edit((b) => b.insert(editor.document.positionAt(ARTICLE.length), 'Fees last rose in 2019.\n'));
      await waitFor(() => !hint.up || undefined, 'the hint to go once the text changed');
    } finally {
      window.setStatusBarMessage = original;
    }
  });

  it('once the text changed after a review, Ctrl+Z undoes the text and the palette command the review', async () => {
    const { editor, analysis } = await openFresh('review-undo-test', 'fees-typed.txt', ARTICLE);
    const uri = editor.document.uri;
    const figure = analysis.figures.find((f) => f.text === '12%');
    assert.ok(figure);
    assert.equal(await run('reject', uri.toString(), 'figure', figure.id), true);
    await settle(uri, ['rejected 12%']);
    await editor.edit((b) => b.insert(editor.document.positionAt(0), '\n'));
    await editor.document.save();
    await settle(uri, ['rejected 12%']);

    assert.equal(await run('undoReview', KEY), false, 'Ctrl+Z went to the review, not the text typed after it');
    await waitFor(() => editor.document.getText() === ARTICLE || undefined, 'the text undo');
    assert.deepEqual(await stored(uri), ['rejected 12%'], 'the text undo took the review along');

    assert.equal(await run('undoReview'), true, 'Undo Review from the palette');
    await settle(uri, []);
  });

  it('forgets the reviews made before the sidecar changed on disk: an undo never drops other work', async () => {
    const { editor, api, analysis } = await openFresh('review-undo-test', 'fees-pulled.txt', ARTICLE);
    const uri = editor.document.uri;
    const figure = analysis.figures.find((f) => f.text === '12%');
    assert.ok(figure);
    assert.equal(await run('confirm', uri.toString(), 'figure', figure.id), true);
    await settle(uri, ['confirmed 12%']);
    // Another annotator's version arrives (git pull): the same review, now with a note.
    const theirs = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecarOf(uri))));
    theirs.annotations[0].fields = { note: 'checked against the tariff sheet' };
    await vscode.workspace.fs.writeFile(sidecarOf(uri), encode(JSON.stringify(theirs, null, 2)));
    await waitFor(() => api.annotations.book.state(uri)?.annotations[0]?.fields.note || undefined, 'the pulled sidecar');
    assert.equal(await run('undoReview'), false);
    assert.deepEqual(await stored(uri), ['confirmed 12%']);
  });
});
