import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimTreeNode } from '../../src/extension/claimItems';
import { extension, extensionApi } from './extensionApi';
import { encode, entries, openFresh, read, run, sidecarOf, until, type Apis } from './sidecarProbe';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-04-02 City hall approves cycling budget',
  '',
  'Mayor Lena Ortiz said on Monday that the city would double its cycling budget to 12 million euros by June 2026.',
  '',
  '"We will build 30 kilometres of new lanes by 2026," she said.',
  '',
  'The regional statistics office said cycling rose 40% since 2020.',
  '',
].join('\n');

type Window = Record<string, unknown>;

/** Replaces window functions while `body` runs, restoring them after. */
async function stubbing<T>(fakes: Record<string, unknown>, body: () => PromiseLike<T>): Promise<T> {
  const window = vscode.window as unknown as Window;
  const originals = Object.fromEntries(Object.keys(fakes).map((k) => [k, window[k]]));
  Object.assign(window, fakes);
  try {
    return await body();
  } finally {
    Object.assign(window, originals);
  }
}

/** Records what the status bar and the messages say, and answers quick picks with `pick`. */
function recorder(pick: (items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined = (items) => items[0]) {
  const said = { status: [] as string[], warnings: [] as string[], errors: [] as string[], infos: [] as string[], picks: [] as string[][] };
  const fakes = {
    setStatusBarMessage: (text: string) => (said.status.push(text), new vscode.Disposable(() => undefined)),
    showWarningMessage: (text: string) => (said.warnings.push(text), Promise.resolve(undefined)),
    showErrorMessage: (text: string) => (said.errors.push(text), Promise.resolve(undefined)),
    showInformationMessage: (text: string) => (said.infos.push(text), Promise.resolve(undefined)),
    showQuickPick: async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>) => {
      const list = await items;
      said.picks.push(list.map((i) => i.label));
      return pick(list);
    },
  };
  return { said, fakes };
}

/** Writes a fresh article, opens it, and waits for its reviewed analysis. */
const open = (name: string) => openFresh('review-actions-test', name, ARTICLE);

/** Puts the cursor `offset` code units into the first occurrence of `needle`, or selects all of it. */
function cursorIn(editor: vscode.TextEditor, needle: string, offset: number | 'select' = 1): void {
  const start = editor.document.getText().indexOf(needle);
  assert.ok(start >= 0, `${needle} is not in the article`);
  const from = editor.document.positionAt(offset === 'select' ? start : start + offset);
  editor.selection = new vscode.Selection(from, offset === 'select' ? editor.document.positionAt(start + needle.length) : from);
}

/**
 * Selects the tree node that `matches`, found and revealed anew until it is selected: an analysis that lands
 * late (a loaded machine) rebuilds the tree's nodes, and a reveal made before the view was ready, or of a node
 * from before a rebuild, selects nothing.
 */
async function select(tree: Apis['editor']['claimsTree'], matches: (n: ClaimTreeNode) => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let failure = '';
  for (;;) {
    const selected = tree.view.selection[0];
    if (selected && matches(selected)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${failure ? ` (reveal: ${failure})` : ''}`);
    const node = tree.getChildren().flatMap((g) => [g, ...tree.getChildren(g)]).find(matches);
    if (node) {
      await Promise.resolve(tree.view.reveal(node, { select: true, focus: true })).catch((e: unknown) => {
        failure = e instanceof Error ? e.message : String(e);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('Review actions', () => {
  it('asks which item when the cursor is on a date inside a claim, and says in the status bar what it reviewed', async function () {
    const { editor, analysis } = await open('which.txt');
    const date = analysis.dates.find((d) => d.text === 'June 2026');
    const claim = date && analysis.claims.find((c) => c.start <= date.start && date.end <= c.end);
    if (!date || !claim) this.skip(); // the engine finds no claim around the date yet
    cursorIn(editor, 'June 2026', 2);
    const first = recorder();
    await stubbing(first.fakes, () => run('reject'));
    assert.deepEqual(first.said.picks.map((labels) => labels.slice(0, 2)), [['date “June 2026”', `claim “${claim.text.slice(0, 49)}…”`]]);
    assert.deepEqual((await entries(editor.document.uri)).map((e) => [e.status, e.selector[0].exact]), [['rejected', 'June 2026']]);
    assert.deepEqual(first.said.status, ['Policy Lens: Rejected date “June 2026” (Ctrl+Z undoes it)']);

    // On a figure inside the claim, the second entry of the list is the claim; once the date is hidden, nothing is asked there.
    const second = recorder((items) => items[1]);
    cursorIn(editor, '12 million', 2);
    await stubbing(second.fakes, () => run('confirm'));
    cursorIn(editor, 'June 2026', 2);
    await stubbing(second.fakes, () => run('confirm'));
    assert.deepEqual(second.said.picks.map((labels) => labels[0]), ['figure “12 million euros”']);
    const named = `Policy Lens: Confirmed claim “${claim.text.slice(0, 49)}…” (Ctrl+Z undoes it)`;
    assert.deepEqual(second.said.status, [named, named]);
    assert.deepEqual((await entries(editor.document.uri)).map((e) => [e.status, e.selector[0].exact]).sort(), [['confirmed', claim.text], ['rejected', 'June 2026']]);
  });

  it('reviews the claim without asking when the whole claim is selected', async function () {
    const { editor, analysis } = await open('selected.txt');
    const claim = analysis.claims.find((c) => c.text.includes('June 2026'));
    if (!claim) this.skip();
    cursorIn(editor, claim.text, 'select');
    const { said, fakes } = recorder();
    await stubbing(fakes, () => run('confirm'));
    assert.deepEqual(said.picks, []);
    assert.deepEqual((await entries(editor.document.uri)).map((e) => [e.status, e.selector[0].exact]), [['confirmed', claim.text]]);
  });

  it('Clear Review at the cursor takes back a rejection hidden from the editor', async function () {
    const { editor, analysis, api } = await open('clear.txt');
    const figure = analysis.figures.find((f) => f.text === '40%');
    if (!figure) this.skip();
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => {
      assert.equal(await run('reject', editor.document.uri.toString(), 'figure', figure.id), true);
      await waitFor(() => !api.editor.store.peek(editor.document)?.figures.some((f) => f.text === '40%'), 'the rejected figure to be hidden');
      cursorIn(editor, '40%', 1);
      assert.equal(await run('clearReview'), true);
    });
    assert.deepEqual(await entries(editor.document.uri), []);
    await waitFor(() => api.editor.store.peek(editor.document)?.figures.some((f) => f.text === '40%'), 'the figure to be back');
    assert.deepEqual(said.status, ['Policy Lens: Rejected figure “40%” (Ctrl+Z undoes it)', 'Policy Lens: Cleared the review of figure “40%” (Ctrl+Z undoes it)']);
  });

  it('Clear Review from a hover link keeps a note, unreviewed; the hover and the lightbulb offer it', async function () {
    const { editor, analysis, api } = await open('clear-link.txt');
    const claim = analysis.claims.find((c) => c.text.includes('40%'));
    if (!claim) this.skip();
    const args = [editor.document.uri.toString(), 'claim', claim.id];
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => {
      assert.equal(await run('confirm', ...args), true);
      assert.equal(await run('addNote', ...args, 'ask the office'), true);
      await waitFor(() => api.editor.store.peek(editor.document)?.claims.find((c) => c.id === claim.id)?.review?.status === 'confirmed', 'the confirmation in the analysis');
      // The hover and the lightbulb offer it for the reviewed claim.
      const inside = editor.document.positionAt(claim.start + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, inside);
      const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
      assert.ok(hover.includes(`command:policyLens.clearReview?${encodeURIComponent(JSON.stringify(args))}`), hover);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(inside, inside));
      assert.ok(actions.some((a) => a.title === 'Policy Lens: Clear Review of claim'), actions.map((a) => a.title).join('\n'));
      assert.equal(await run('clearReview', ...args), true);
    });
    assert.deepEqual((await entries(editor.document.uri)).map((e) => e.status), ['noted']);
    assert.equal(said.infos.length, 0, said.infos.join('\n'));
  });

  it('refuses to review an untitled article with a clear message, and never calls it damaged', async function () {
    const api = (await extensionApi()) as unknown as Apis;
    const document = await vscode.workspace.openTextDocument({ language: 'policy-article', content: ARTICLE });
    await vscode.window.showTextDocument(document);
    const analysis = await api.editor.store.get(document);
    const claim = analysis.claims[0];
    if (!claim) this.skip();
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => {
      assert.equal(await run('confirm', document.uri.toString(), 'claim', claim.id), false);
      cursorIn(vscode.window.activeTextEditor!, claim.text, 'select');
      assert.equal(await run('reject'), false);
      await api.annotations.book.load(document);
    });
    assert.deepEqual(said.errors, []);
    assert.equal(said.warnings.length, 2);
    assert.ok(said.warnings[0].startsWith('Policy Lens: Save the article to a file before reviewing it.'), said.warnings[0]);
    assert.equal(api.annotations.book.state(document.uri)?.readOnly ?? null, null, 'the untitled article was made read-only');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('reports a damaged sidecar as a warning, which VS Code hides by itself, not a lasting error', async function () {
    const { editor, analysis } = await open('damaged-sidecar.txt');
    const claim = analysis.claims[0];
    if (!claim) this.skip();
    const corrupt = '{"format": "policy-lens-annotations", "version": 1, "annotations": [';
    await vscode.workspace.fs.writeFile(sidecarOf(editor.document.uri), encode(corrupt));
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => {
      assert.equal(await run('confirm', editor.document.uri.toString(), 'claim', claim.id), false);
    });
    assert.deepEqual(said.errors, [], 'an error with a button would stay on screen after the fix');
    assert.ok(said.warnings.some((w) => w.includes('is damaged') && w.includes('the lock in the status bar opens it')), said.warnings.join('\n'));
    assert.equal(await read(sidecarOf(editor.document.uri)), corrupt);
  });

  it('writes nothing while the sidecar has unsaved edits in an editor, and says so', async function () {
    const { editor, analysis } = await open('dirty-sidecar.txt');
    const [first, second] = analysis.claims;
    if (!second) this.skip();
    const uri = editor.document.uri.toString();
    assert.equal(await run('confirm', uri, 'claim', first.id), true);
    const sidecar = await vscode.window.showTextDocument(sidecarOf(editor.document.uri), { viewColumn: vscode.ViewColumn.Beside });
    await sidecar.edit((b) => b.insert(new vscode.Position(0, 0), ' '));
    const before = await read(sidecarOf(editor.document.uri));
    const { said, fakes } = recorder();
    await stubbing(fakes, async () => assert.equal(await run('reject', uri, 'claim', second.id), false));
    assert.equal(await read(sidecarOf(editor.document.uri)), before, 'the sidecar was written under the unsaved edit');
    assert.ok(said.warnings[0]?.includes('dirty-sidecar.txt.annotations.json has unsaved changes in an editor'), said.warnings.join('\n'));
    // Saved by hand, the edit is read back and the next review goes through.
    await sidecar.document.save();
    await until(async () => (await run<boolean>('reject', uri, 'claim', second.id)) === true, 'the review to go through after the save');
    assert.deepEqual((await entries(editor.document.uri)).map((e) => e.status), ['confirmed', 'rejected']);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('asks before re-attaching a review onto text with other numbers', async function () {
    const { editor, analysis, api } = await open('reattach.txt');
    const figure = analysis.figures.find((f) => f.text === '40%');
    if (!figure) this.skip();
    assert.equal(await run('confirm', editor.document.uri.toString(), 'figure', figure.id), true);
    const start = editor.document.getText().indexOf('40%');
    // Deleted, then typed anew: typed over, the review would follow the text as an edit of it.
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start), editor.document.positionAt(start + 3))));
    await editor.edit((b) => b.insert(editor.document.positionAt(start), '45%'));
    const state = () => api.annotations.book.state(editor.document.uri)!;
    const [orphan] = await waitFor(() => state().orphanIds.size === 1 && [...state().orphanIds], 'the review to lose its text');
    cursorIn(editor, '45%', 'select');
    const declined = recorder();
    await stubbing(declined.fakes, async () => assert.equal(await run('reattachOrphan', editor.document.uri.toString(), orphan), false));
    assert.ok(declined.said.warnings[0]?.includes('other numbers than the reviewed text “40%”'), declined.said.warnings.join('\n'));
    assert.ok(state().orphanIds.has(orphan));
    const agreed = { showWarningMessage: () => Promise.resolve('Re-attach Anyway') };
    await stubbing(agreed, async () => assert.equal(await run('reattachOrphan', editor.document.uri.toString(), orphan), true));
    assert.equal(state().annotations.find((a) => a.id === orphan)?.quote.exact, '45%');
  });

  it('keeps the Claims view\'s rows through a review of a figure, and redraws a reviewed claim\'s row', async function () {
    const { editor, analysis, api } = await open('tree-rows.txt');
    const tree = api.editor.claimsTree;
    await waitFor(() => tree.current?.document === editor.document && tree.getChildren().length > 0, 'the Claims view to show the article');
    const rows = () => tree.getChildren().flatMap((g) => tree.getChildren(g));
    const before = rows();
    const figure = analysis.figures.find((f) => f.text === '40%');
    if (!figure || !before.length) this.skip();
    assert.equal(await run('confirm', editor.document.uri.toString(), 'figure', figure.id), true);
    await waitFor(() => api.editor.store.peek(editor.document)?.figures.some((f) => f.start === figure.start && f.review), 'the figure review shown');
    // A long report has tens of thousands of rows: a review that changes no claim must not rebuild them.
    assert.deepEqual(rows().map((n, i) => n === before[i]), before.map(() => true), 'the rows were rebuilt');
    const claim = before.find((n) => n.type === 'claim' && n.claim.text.includes('40%'));
    if (!claim || claim.type !== 'claim') this.skip();
    assert.equal(await run('confirm', editor.document.uri.toString(), 'claim', claim.claim.id), true);
    const row = await waitFor(() => rows().find((n) => n.type === 'claim' && n.claim.start === claim.claim.start && n.claim.review), 'the claim\'s row to show its review');
    assert.match(String(tree.getTreeItem(row).label && JSON.stringify(tree.getTreeItem(row).label)), /✓/);
  });

  it('reviews the claim selected in the Claims view from the keyboard', async function () {
    const { editor, analysis, api } = await open('tree-keys.txt');
    const tree = api.editor.claimsTree;
    await waitFor(() => tree.current?.document === editor.document, 'the Claims view to show the article');
    const node = tree.getChildren().flatMap((g) => tree.getChildren(g)).find((n) => n.type === 'claim');
    if (!node || node.type !== 'claim' || !analysis.claims.length) this.skip();
    // A group selected is no claim: nothing is reviewed, and the message says what to select.
    const told = recorder();
    await select(tree, (n) => n.type === 'group' && n.group.key === node.parent.group.key, 'the group to be selected');
    await stubbing(told.fakes, async () => assert.equal(await run('confirm', 'claimsView'), false));
    assert.deepEqual(told.said.infos, ['Policy Lens: select a claim in the Claims view first.']);
    await select(tree, (n) => n.type === 'claim' && n.claim.id === node.claim.id, 'the claim to be selected');
    assert.equal(await run('confirm', 'claimsView'), true);
    assert.deepEqual((await entries(editor.document.uri)).map((e) => [e.status, e.selector[0].exact]), [['confirmed', node.claim.text]]);
    // Every review keybinding of the editor has a twin for the Claims view.
    const bindings = (extension().packageJSON.contributes.keybindings as { command: string; key: string; when: string; args?: string }[]);
    const inEditor = bindings.filter((b) => b.when.startsWith('editorTextFocus') && b.command !== 'policyLens.annotateSelection');
    for (const b of inEditor) assert.ok(bindings.some((t) => t.command === b.command && t.key === b.key && t.when === 'focusedView == policyLens.claims' && t.args === 'claimsView'), b.command);
  });
});
