import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/model';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { ClaimTreeNode } from '../../src/extension/claimItems';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const BODY = [
  'The transport minister, Ida Brandt, said on Friday that rail fares would rise by 6 percent in March.',
  '',
  '"We will open four new stations by 2027," Brandt said.',
  '',
  'Commuter groups expect the increase to cost a typical household 90 euros a year.',
  '',
].join('\n');
const DATED = `date 2024-11-08 Rail fares to rise in March\n\n${BODY}`;

const apis = async () => (await extensionApi()) as unknown as { editor: EditorApi; annotations: AnnotationsApi };
const editorApi = async () => (await apis()).editor;

/** Writes a fresh file of the test workspace and shows it in the active editor. */
async function show(path: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(`switch-test/${path}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
}

/** The claim ids the Claims view lists, through the same provider calls VS Code makes. */
function listed(api: EditorApi): string[] {
  const claimsOf = (nodes: ClaimTreeNode[]): string[] => nodes.flatMap((n) => (n.type === 'claim' ? [n.claim.id] : claimsOf(api.claimsTree.getChildren(n))));
  return claimsOf(api.claimsTree.getChildren()).sort();
}

const ids = (analysis: Analysis) => analysis.claims.map((c) => c.id).sort();

describe('Article switches', () => {
  it('lists the claims of a file turned into an article in its open editor, without switching tabs', async () => {
    const api = await editorApi();
    const editor = await show('undated.txt', BODY);
    await (await extensionApi()).languageMode.settled();
    assert.equal(editor.document.languageId, 'plaintext');
    await vscode.commands.executeCommand('policyLens.treatAsArticle');
    const analysis = await waitFor(() => api.store.peek(editor.document), 'the analysis');
    assert.ok(analysis.claims.length > 0, 'the text should hold claims');
    await waitFor(() => listed(api).length > 0, 'the Claims view to list the claims', 5_000);
    assert.deepEqual(listed(api), ids(analysis));
    assert.equal(api.claimsTree.current?.document, editor.document);
  });

  it('clears the highlights, the Claims view and the cached analysis of an article switched to plain text', async () => {
    const api = await editorApi();
    const editor = await show('reverted.txt', DATED);
    const document = await waitFor(() => editor.document.languageId === 'policy-article' && editor.document, 'the article mode');
    await waitFor(() => api.store.peek(document), 'the analysis');
    await waitFor(() => api.decorationRanges(editor).quotes.length > 0 && listed(api).length > 0, 'highlights and claims');
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    const painted = () => Object.values(api.decorationRanges(editor)).reduce((n, ranges) => n + ranges.length, 0);
    await waitFor(() => painted() === 0, 'the highlights to go', 5_000);
    assert.deepEqual(listed(api), []);
    assert.equal(api.claimsTree.current, undefined);
    assert.equal(api.store.peek(document), undefined);
  });

  it('clears the review marks of an article switched to plain text', async () => {
    const { editor: api, annotations } = await apis();
    const editor = await show('reviewed.txt', DATED);
    const analysis = await waitFor(() => editor.document.languageId === 'policy-article' && api.store.peek(editor.document), 'the analysis');
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('author', 'Tester', vscode.ConfigurationTarget.Global);
    try {
      assert.equal(await vscode.commands.executeCommand('policyLens.confirm', editor.document.uri.toString(), 'quote', analysis.quotes[0].id), true);
    } finally {
      await config.update('author', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => annotations.decorations.rangesOf(editor)?.confirmed.length, 'the ✓ mark');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await waitFor(() => annotations.decorations.rangesOf(editor)?.confirmed.length === 0, 'the ✓ mark to go', 5_000);
  });

  it('shows no claim of the previous article while the next one is being analysed', async () => {
    const api = await editorApi();
    // Opened but not shown: switched to the article mode, not yet analysed.
    const nextUri = workspaceFile('switch-test/next.txt');
    await vscode.workspace.fs.writeFile(nextUri, new TextEncoder().encode(DATED.replace('Rail fares', 'Bus fares')));
    const next = await vscode.workspace.openTextDocument(nextUri);
    await waitFor(() => next.languageId === 'policy-article', 'the next article mode');
    const first = await show('first.txt', DATED);
    const shown = await waitFor(() => first.document.languageId === 'policy-article' && api.store.peek(first.document), 'the first analysis');
    await waitFor(() => listed(api).length > 0, 'the first claims');
    // Read the view the moment the editor changes, before the next analysis can arrive from the worker.
    let seen: { claims: string[]; message: string | undefined; pending: boolean; status: string } | undefined;
    const listener = vscode.window.onDidChangeActiveTextEditor((e) => {
      if (e?.document === next) seen = { claims: listed(api), message: api.claimsTree.view.message, pending: !api.store.peek(next), status: api.status.text };
    });
    try {
      await vscode.window.showTextDocument(next);
      await waitFor(() => seen, 'the switch to the next article');
    } finally {
      listener.dispose();
    }
    assert.ok(seen?.pending, 'the next article was analysed before it was shown');
    assert.deepEqual(seen.claims, [], `the claims of ${shown.article.title} stayed listed`);
    assert.match(seen.message ?? '', /^Analysing next\.txt/);
    assert.equal(seen.status, '$(sync~spin) Policy Lens: analysing…', 'the status bar kept the counts of the previous article');
    await waitFor(() => api.store.peek(next), 'the next analysis');
    await waitFor(() => /^\$\(quote\) Policy Lens: \d+ claims? · \d+ quotes?$/.test(api.status.text) || undefined, 'the counts of the next article');
  });

  it('reveals the claim of the selected row, and does nothing for a row whose article has gone', async () => {
    const api = await editorApi();
    const editor = await show('rows.txt', DATED);
    const analysis = await waitFor(() => editor.document.languageId === 'policy-article' && api.store.peek(editor.document), 'the analysis');
    const claim = analysis.claims[analysis.claims.length - 1];
    await waitFor(() => listed(api).length > 0, 'the claims');
    const group = api.claimsTree.getChildren().find((g) => api.claimsTree.getChildren(g).some((n) => n.type === 'claim' && n.claim.id === claim.id))!;
    const node = api.claimsTree.getChildren(group).find((n) => n.type === 'claim' && n.claim.id === claim.id)!;
    assert.equal(api.claimsTree.getTreeItem(node).command?.arguments, undefined, 'a row command with arguments fails once the row is redrawn');
    await api.claimsTree.view.reveal(node, { select: true, focus: false });
    await waitFor(() => api.claimsTree.view.selection[0] === node, 'the row to be selected');
    const selection = await vscode.commands.executeCommand<vscode.Selection>('policyLens.revealSelectedClaim');
    assert.deepEqual([editor.document.offsetAt(selection.start), editor.document.offsetAt(selection.end)], [claim.start, claim.end]);
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await waitFor(() => listed(api).length === 0, 'the rows to go');
    assert.equal(await vscode.commands.executeCommand('policyLens.revealSelectedClaim'), undefined);
  });

  it('keeps the keyboard in the Claims view when a row is chosen, so its review keys act on that claim next', async () => {
    const api = await editorApi();
    const editor = await show('focus.txt', DATED);
    const analysis = await waitFor(() => editor.document.languageId === 'policy-article' && api.store.peek(editor.document), 'the analysis');
    const claim = analysis.claims[0];
    await waitFor(() => listed(api).includes(claim.id) || undefined, 'the claims');
    const node = api.claimsTree.getChildren().flatMap((g) => api.claimsTree.getChildren(g)).find((n) => n.type === 'claim' && n.claim.id === claim.id)!;
    await api.claimsTree.view.reveal(node, { select: true, focus: true });
    await waitFor(() => api.claimsTree.view.selection[0] === node, 'the row to be selected');
    const window = vscode.window as unknown as { showTextDocument: (...args: unknown[]) => Thenable<vscode.TextEditor> };
    const original = window.showTextDocument;
    const asked: unknown[] = [];
    window.showTextDocument = (...args: unknown[]) => (asked.push((args[1] as { preserveFocus?: boolean } | undefined)?.preserveFocus), original(...args));
    try {
      await vscode.commands.executeCommand('policyLens.revealSelectedClaim');
      // The claim filter's pick still takes the keyboard to the text, where the reader goes next.
      await vscode.commands.executeCommand('policyLens.revealClaim', editor.document.uri.toString(), claim.id);
    } finally {
      window.showTextDocument = original;
    }
    assert.deepEqual(asked, [true, false]);
  });
});
