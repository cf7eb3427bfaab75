import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './extensionApi';
import { openFresh, read, sidecarOf, until } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2025-06-03 Harbour board delays crane upgrade',
  '',
  'Its chair, Odile Marchetti, said running costs rose sharply in March at the north quay.',
  '',
  'Dock workers said the delay was not acceptable, as running costs rose sharply in March at every port.',
  '',
].join('\n');
const CHAIR = 'Its chair, Odile Marchetti, said running costs rose sharply in March at the north quay.';

/** Opens a copy of an article and its sidecar, read from disk only, as after reopening the window. */
async function reopen(from: vscode.Uri, name: string, text?: string) {
  const copy = workspaceFile(`reopened-test/${name}`);
  await vscode.workspace.fs.writeFile(sidecarOf(copy), await vscode.workspace.fs.readFile(sidecarOf(from)));
  return openFresh('reopened-test', name, text ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(from)));
}

/** The claim of the chair's sentence, as the engine finds it in the text. */
const chairClaim = (claims: readonly { id: string; start: number; text: string }[], text: string) => {
  const at = text.indexOf('running costs rose sharply');
  return claims.find((c) => c.start <= at && at < c.start + c.text.length);
};

describe('A review read again with its article', () => {
  it('stays detached once its sentence was typed over, never taken by the same words others said', async () => {
    const { editor, api, analysis } = await openFresh('reopened-test', 'quay.txt', ARTICLE);
    const { document } = editor;
    const claim = chairClaim(analysis.claims, ARTICLE);
    assert.ok(claim, 'the engine finds the chair\'s claim');
    assert.equal(await vscode.commands.executeCommand('policyLens.confirm', document.uri.toString(), 'claim', claim.id), true);
    const reviewedAt = (d: vscode.TextDocument) => api.editor.store.peek(d)?.claims.filter((c) => c.review).map((c) => d.getText().slice(c.start, c.end)) ?? [];

    const at = ARTICLE.indexOf(CHAIR);
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + CHAIR.length)), 'The chair would not say what happened to the costs this spring.'));
    await waitFor(() => api.annotations.book.state(document.uri)?.retyped.size === 1 || undefined, 'the review detached');
    await document.save();
    await until(async () => (await read(sidecarOf(document.uri))).includes('"detached": true'), 'the sidecar to store the review detached');
    const stored = JSON.parse(await read(sidecarOf(document.uri))).annotations[0].selector[0].exact as string;
    assert.ok(CHAIR.includes(stored), `the sidecar moved the review onto "${stored}"`);

    const again = await reopen(document.uri, 'quay-again.txt');
    await waitFor(() => api.annotations.book.state(again.editor.document.uri)?.orphanIds.size === 1 || undefined, 'the review read back as an orphan');
    assert.deepEqual(reviewedAt(again.editor.document), [], 'the review was taken by the dock workers\' words');
    assert.equal(api.annotations.book.state(again.editor.document.uri)?.retyped.size, 1, 'the review is detached as it was');
  });

  it('follows no other statement changed on disk while the article was closed', async () => {
    const { editor, analysis } = await openFresh('reopened-test', 'fell.txt', ARTICLE);
    const claim = chairClaim(analysis.claims, ARTICLE);
    assert.ok(claim, 'the engine finds the chair\'s claim');
    assert.equal(await vscode.commands.executeCommand('policyLens.confirm', editor.document.uri.toString(), 'claim', claim.id), true);
    await until(async () => (await read(sidecarOf(editor.document.uri))).includes('"confirmed"'), 'the review written');
    const rows = [
      { name: 'a typo fixed', text: ARTICLE.replace('north quay', 'north qauy'), placed: 1 },
      { name: 'a word replaced ("rose" → "fell")', text: ARTICLE.replace('costs rose sharply in March at the', 'costs fell sharply in March at the'), placed: 0 },
    ];
    for (const [i, row] of rows.entries()) {
      const again = await reopen(editor.document.uri, `fell-${i}.txt`, row.text);
      const state = again.api.annotations.book.state(again.editor.document.uri)!;
      assert.equal(state.annotations.length - state.orphanIds.size, row.placed, row.name);
    }
  });
});
