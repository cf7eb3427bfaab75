import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { encode, fits, openFresh, read, run, sidecarOf, until } from './sidecarProbe';
import { ARTICLE, BILLS } from '../unit/annotations/waterArticle';
import { waitFor } from './waitFor';

const TYPED = 'UPDATE: officials said 40 homes lost water last week.\n\n';

describe('The first edit of a clean article', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  // `isDirty` still reads false during that edit: read alone, it made typing look like a reload from disk,
  // and the sidecar was rewritten (here: reformatted) for nothing, racing any change to the file on disk.
  it('leaves the sidecar alone; a revert to the file then rewrites it', async () => {
    const { editor, api, analysis } = await openFresh('first-edit-test', 'typed.txt', ARTICLE);
    const uri = editor.document.uri;
    const claim = analysis.claims.find((c) => c.text === BILLS);
    assert.ok(claim, 'the engine finds the claim');
    assert.equal(await run('confirm', uri.toString(), 'claim', claim.id), true);
    // A sidecar as a hand or another tool may write it: the same data, laid out otherwise, so a rewrite shows.
    const compact = JSON.stringify(JSON.parse(await read(sidecarOf(uri))));
    await vscode.workspace.fs.writeFile(sidecarOf(uri), encode(compact));
    await api.annotations.book.reload(editor.document);
    await until(() => Promise.resolve(api.annotations.book.state(uri)?.known === compact), 'the book to read the compact sidecar');
    assert.equal(editor.document.isDirty, false);

    for (const round of [1, 2]) {
      await editor.edit((b) => b.insert(new vscode.Position(2, 0), TYPED));
      await api.annotations.book.settled(uri);
      await api.editor.store.get(editor.document);
      await api.annotations.book.settled(uri);
      assert.deepEqual([round, await read(sidecarOf(uri))], [round, compact], 'typing rewrote the sidecar');
      assert.equal(api.annotations.book.state(uri)?.stale, true, 'the moved review is not marked for the next save');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      await waitFor(() => !editor.document.isDirty && editor.document.getText() === ARTICLE, 'the revert');
      if (round === 1) {
        // The revert is a change back to the file's text: the sidecar follows the file, written anew.
        await until(async () => (await read(sidecarOf(uri))) !== compact, 'the sidecar rewritten after the revert');
        assert.deepEqual(fits(ARTICLE, JSON.parse(await read(sidecarOf(uri))).annotations), [true]);
        // again from a compact sidecar, for the second round's first edit
        await vscode.workspace.fs.writeFile(sidecarOf(uri), encode(compact));
        await api.annotations.book.reload(editor.document);
        await until(() => Promise.resolve(api.annotations.book.state(uri)?.known === compact), 'the book to read the compact sidecar again');
      }
    }
  });
});
