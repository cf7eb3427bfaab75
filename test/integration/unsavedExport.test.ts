import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extension, extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const ARTICLE = 'date 2024-05-07 Library hours extended\n\nThe library will open until 9 p.m. from June, the council said on Monday.\n';
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

type Warn = typeof vscode.window.showWarningMessage;

/** Answers the unsaved-changes prompt with `answer` and records every warning shown, while `body` runs. */
async function answering<T>(answer: string | undefined, body: (warnings: string[]) => Promise<T>): Promise<T> {
  const original = vscode.window.showWarningMessage;
  const warnings: string[] = [];
  (vscode.window as { showWarningMessage: Warn }).showWarningMessage = ((message: string, ...rest: unknown[]) => {
    warnings.push(message);
    const modal = typeof rest[0] === 'object' && rest[0] !== null && (rest[0] as vscode.MessageOptions).modal;
    return Promise.resolve(modal ? answer : undefined);
  }) as Warn;
  try {
    return await body(warnings);
  } finally {
    (vscode.window as { showWarningMessage: Warn }).showWarningMessage = original;
  }
}

/** A fresh article with a line typed after its dateline and not saved. */
async function dirtyArticle(name: string): Promise<vscode.TextEditor> {
  const api = (await extensionApi()) as unknown as { editor: EditorApi };
  const uri = workspaceFile(`unsaved-export-test/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await waitFor(() => editor.document.languageId === 'policy-article', 'the article language');
  await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'A line typed and not saved.\n'));
  await api.editor.store.get(editor.document);
  assert.equal(editor.document.isDirty, true);
  return editor;
}

describe('Exports of an article with unsaved changes', () => {
  it('exports the unsaved text only when asked to, and says so', async () => {
    const editor = await dirtyArticle('unsaved.txt');
    const target = workspaceFile('unsaved-export-test/unsaved.analysis.json');
    const written = await answering('Export Unsaved Text', async (warnings) => {
      const uri = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, target);
      assert.ok(warnings.some((w) => w.includes('unsaved changes')) && warnings.some((w) => w.includes('from the unsaved text')), warnings.join('\n'));
      return uri;
    });
    assert.equal(written?.toString(), target.toString());
    assert.equal(JSON.parse(await read(target)).source.length, editor.document.getText().length);
    assert.equal(editor.document.isDirty, true, 'the article was saved without being asked to');
  });

  it('saves first when asked to, so the export matches the file, for every export command', async () => {
    for (const [command, name] of [['exportAnalysis', 'a.analysis.json'], ['exportW3c', 'a.w3c.jsonld'], ['exportCsv', 'a.claims.csv']]) {
      const editor = await dirtyArticle(`saved-${command}.txt`);
      const target = workspaceFile(`unsaved-export-test/${command}-${name}`);
      const args = command === 'exportAnalysis' ? [editor.document.uri, target] : [target];
      const asked = await answering('Save and Export', async (warnings) => {
        await vscode.commands.executeCommand(`policyLens.${command}`, ...args);
        return warnings.filter((w) => w.includes('unsaved changes')).length;
      });
      assert.deepEqual([command, asked, editor.document.isDirty, await exists(target)], [command, 1, false, true]);
      assert.equal((await read(editor.document.uri)).length, editor.document.getText().length);
    }
  });

  it('writes nothing when the prompt is cancelled', async () => {
    const editor = await dirtyArticle('cancelled.txt');
    const target = workspaceFile('unsaved-export-test/cancelled.analysis.json');
    const written = await answering(undefined, () => Promise.resolve(vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, target)));
    assert.deepEqual([written, await exists(target), editor.document.isDirty], [undefined, false, true]);
  });
});

describe('Single exports', () => {
  it('each says where it wrote its file, as Export Analysis does', async () => {
    const editor = await dirtyArticle('messages.txt');
    await editor.document.save();
    // The saved state reaches the extension host in a message of its own, under load after save() returns.
    await waitFor(() => !editor.document.isDirty, 'the article saved');
    const window = vscode.window as { showSaveDialog: typeof vscode.window.showSaveDialog; showInformationMessage: typeof vscode.window.showInformationMessage };
    const [saveDialog, inform] = [window.showSaveDialog, window.showInformationMessage];
    const told: string[] = [];
    try {
      for (const command of ['exportAnalysis', 'exportClaims', 'exportW3c', 'exportBrat', 'exportCsv']) {
        const target = workspaceFile(`unsaved-export-test/told-${command}.out`);
        let title: string | undefined;
        window.showSaveDialog = (options) => ((title = options?.title), Promise.resolve(target));
        window.showInformationMessage = ((message: string) => (told.push(`${command}: ${message}`), Promise.resolve(undefined))) as typeof inform;
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand(`policyLens.${command}`);
        // code-server's save dialog shows only its title: the command's own name says what is being saved.
        const commands = (extension().packageJSON as { contributes: { commands: { command: string; title: string }[] } }).contributes.commands;
        assert.equal(title, commands.find((c) => c.command === `policyLens.${command}`)?.title, `${command}'s save dialog title`);
        assert.ok(told.some((m) => m.startsWith(`${command}: Policy Lens: exported `) && m.endsWith(`to told-${command}.out.`)), `${command} said nothing:\n${told.join('\n')}`);
      }
    } finally {
      [window.showSaveDialog, window.showInformationMessage] = [saveDialog, inform];
    }
  });
});

describe('Exports right after a save', () => {
  // `isDirty` can still read true just after save() returns: the export must not ask about changes already saved.
  it('asks nothing when the article was saved just before, and still asks for a change typed after the save', async () => {
    for (const round of [1, 2, 3]) {
      const editor = await dirtyArticle(`just-saved-${round}.txt`);
      const target = workspaceFile(`unsaved-export-test/just-saved-${round}.analysis.json`);
      const [written, warnings] = await answering(undefined, async (warnings) => {
        assert.equal(await editor.document.save(), true);
        return [await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, target), warnings] as const;
      });
      assert.deepEqual([round, warnings], [round, []]);
      assert.equal(written?.toString(), target.toString());
      assert.equal(JSON.parse(await read(target)).source.length, (await read(editor.document.uri)).length);

      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'Typed after the save.\n'));
      const again = workspaceFile(`unsaved-export-test/just-saved-${round}-edited.analysis.json`);
      const asked = await answering(undefined, async (warnings) => {
        assert.equal(await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, again), undefined);
        return warnings.filter((w) => w.includes('unsaved changes')).length;
      });
      assert.deepEqual([round, asked, await exists(again)], [round, 1, false]);
    }
  });

  it('asks nothing while isDirty still reads true over a file that already holds the editor text', async () => {
    // Shown for certain with the file written by another program: the document stays marked dirty, as just after a save.
    const editor = await dirtyArticle('same-on-disk.txt');
    await vscode.workspace.fs.writeFile(editor.document.uri, new TextEncoder().encode(editor.document.getText()));
    const target = workspaceFile('unsaved-export-test/same-on-disk.analysis.json');
    const [written, warnings] = await answering(undefined, async (warnings) =>
      [await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, target), warnings] as const);
    assert.equal(editor.document.isDirty, true, 'the document reads as saved: the test shows nothing');
    assert.deepEqual([written?.toString(), warnings], [target.toString(), []]);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
