import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { workspaceFile } from './extensionApi';
import { openFresh, read, sidecarOf, until } from './sidecarProbe';
import { waitFor } from './waitFor';

const DEPOT = 'The new tram depot will cost 14 million euros to rebuild, the council said.';
const ARTICLE = [
  'date 2025-09-10 Council approves tram depot rebuild',
  '',
  DEPOT,
  '',
  'Work on the site at Westfield Road is due to begin in the spring.',
  '',
].join('\n');

describe('A review that cannot be placed, edited around', () => {
  it('stays listed through edits elsewhere, and is placed again where its words are typed back', async () => {
    const first = await openFresh('orphan-test', 'depot.txt', ARTICLE);
    const claim = first.analysis.claims.find((c) => c.text.includes('14 million euros'));
    assert.ok(claim, 'the engine finds the depot claim');
    assert.equal(await vscode.commands.executeCommand('policyLens.confirm', first.editor.document.uri.toString(), 'claim', claim.id), true);
    await until(async () => (await read(sidecarOf(first.editor.document.uri))).includes('"confirmed"'), 'the review written');

    // The same review beside a version of the article without the sentence, a paragraph added above: its place moved.
    const copy = workspaceFile('orphan-test/depot-later.txt');
    await vscode.workspace.fs.writeFile(sidecarOf(copy), await vscode.workspace.fs.readFile(sidecarOf(first.editor.document.uri)));
    const later = ARTICLE.replace(`${DEPOT}\n\n`, 'Councillors met on Tuesday evening.\n\n');
    const { editor, api } = await openFresh('orphan-test', 'depot-later.txt', later);
    const { document } = editor;
    const orphans = () => api.annotations.book.state(document.uri)?.orphanIds.size;
    await waitFor(() => orphans() === 1 || undefined, 'the review listed as an orphan');

    const end = () => document.positionAt(document.getText().length);
    await editor.edit((b) => b.insert(end(), 'A public meeting follows in May.\n'));
    const version = document.version;
    await waitFor(() => (api.editor.store.peek(document) && document.version === version) || undefined, 'the analysis of the edit');
    assert.equal(orphans(), 1, 'an edit elsewhere placed the review');
    assert.equal(api.editor.store.peek(document)?.claims.some((c) => c.review), false, 'a claim shows the review');

    await editor.edit((b) => b.insert(end(), `\n${DEPOT}\n`));
    await waitFor(() => orphans() === 0 || undefined, 'the review placed on its words typed back');
    const text = document.getText();
    const reviewed = api.editor.store.peek(document)?.claims.filter((c) => c.review).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(reviewed, [claim.text]);
  });
});
