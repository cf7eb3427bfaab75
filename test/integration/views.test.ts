import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';
import { workspaceFiles } from '../../src/extension/workspaceFiles';

const ARTICLE = [
  'date 2024-06-12 Harbour council approves new ferry line',
  '',
  'The harbour council voted on Tuesday to fund a ferry line that will carry 4,000 passengers a day.',
  '',
  '"We will open the line by May 2026," the council chair, Tove Lindqvist, said.',
  '',
].join('\n');

const apis = async () => (await extensionApi()) as unknown as { editor: EditorApi; annotations: AnnotationsApi };

/** Writes a file of the test workspace and shows it in the given column. */
async function show(path: string, text: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  const uri = workspaceFile(`views-test/${path}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), column);
}

/** Shows the article and waits for the Claims view to list it. */
async function showArticle(api: EditorApi, path = 'ferry.txt', column = vscode.ViewColumn.One): Promise<vscode.TextDocument> {
  const editor = await show(path, ARTICLE, column);
  const document = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString() && d.languageId === 'policy-article'), 'the article mode');
  await waitFor(() => api.store.peek(document), 'the analysis');
  await waitFor(() => api.claimsTree.current?.document === document, 'the Claims view to show the article');
  return document;
}

describe('Views', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('keep the article while it is visible beside the focused editor, and clear when its last editor closes', async () => {
    const { editor: api, annotations } = await apis();
    const article = await showArticle(api);
    await show('notes.txt', 'Call the harbour office.\n', vscode.ViewColumn.Two);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('notes.txt'), 'the notes to take focus');
    assert.equal(api.claimsTree.current?.document, article, 'the Claims view blanked beside the visible article');
    assert.equal(annotations.view.view.description, 'views-test/ferry.txt', 'the Review view blanked beside the visible article');
    // The Claims view's Export Analysis button acts on the article it shows, not on the focused notes.
    const target = workspaceFile('views-test/ferry.analysis.json');
    await vscode.commands.executeCommand('policyLens.exportAnalysis', undefined, target);
    const exported = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.equal(exported.source.path, 'views-test/ferry.txt');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === article.uri.toString());
    await vscode.window.tabGroups.close(tab!);
    await waitFor(() => api.claimsTree.current === undefined, 'the Claims view to clear once the article closed');
    await waitFor(() => annotations.view.view.description === undefined, 'the Review view to clear once the article closed');
  });

  it('clear when every editor closes, and Export Claims then asks for an article as Export Analysis does', async () => {
    const { editor: api } = await apis();
    await showArticle(api);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => api.claimsTree.current === undefined, 'the Claims view to clear');
    const target = workspaceFile('views-test/ferry.claims.json');
    assert.equal(await vscode.commands.executeCommand('policyLens.exportClaims', target), undefined);
    await assert.rejects(async () => vscode.workspace.fs.stat(target), 'Export Claims wrote a closed article');
  });
});

describe('A file that was not analysed', () => {
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('says so in the Claims view, never "no claims found"', async () => {
    const { editor: api } = await apis();
    // Control bytes without a NUL, or VS Code itself refuses to open it as text.
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => [0x89, 0x01, 0x1a, 0x7f, 0x41, 0x02, 0x1b, 0x0a][i % 8]);
    const uri = workspaceFile('views-test/blob.article.txt');
    await vscode.workspace.fs.writeFile(uri, bytes);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => api.claimsTree.current?.document.uri.toString() === uri.toString(), 'the Claims view to show the file');
    api.claimsTree.getChildren(); // as VS Code asks when the view draws
    assert.match(api.claimsTree.view.message ?? '', /^Not analysed: .*does not look like text/);
    // The Output says the same, never "Analysed …: 0 claims".
    const logged = api.store.log.recent().filter((l) => l.includes('blob.article.txt v'));
    assert.ok(logged.some((l) => /^info Not analysed views-test\/blob\.article\.txt v\d+: .*does not look like text/.test(l)), logged.join('\n'));
    assert.ok(!logged.some((l) => l.startsWith('info Analysed')), logged.join('\n'));
  });
});

describe('An undated article', () => {
  const UNDATED = [
    'Harbour council approves new ferry line',
    '',
    'The harbour council voted on Tuesday to fund the line. Work starts next month and ends next year.',
    '',
  ].join('\n');
  const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Policy Lens' && /date|dateline/.test(String(d.code)));

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('gets one warning for its relative dates, fixed by the quick fix that adds a dateline', async () => {
    const { editor: api } = await apis();
    const editor = await show('undated.article.txt', UNDATED);
    const document = await waitFor(() => editor.document.languageId === 'policy-article' && editor.document, 'the article mode');
    const [warning, ...more] = await waitFor(() => ours(document.uri).length > 0 && ours(document.uri), 'the warning');
    assert.deepEqual(more, [], 'one warning per relative date');
    assert.equal(warning.code, 'no-dateline');
    assert.match(warning.message, /^No dateline: 3 relative dates \(“Tuesday”, “next month”, “next year”\)/);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, warning.range);
    const fix = actions.find((a) => a.title.startsWith("Add a dateline with today's date"));
    assert.ok(fix?.command, `no dateline fix among ${actions.map((a) => a.title)}`);
    assert.ok(actions.some((a) => a.title === 'Add a dateline with another date…'));
    // The fix with a date of the test's choosing, as the "another date" prompt would give it.
    assert.equal(await vscode.commands.executeCommand(fix.command.command, document.uri.toString(), '2024-06-12'), '2024-06-12');
    assert.equal(document.lineAt(0).text, 'date 2024-06-12 Harbour council approves new ferry line');
    await waitFor(() => ours(document.uri).length === 0, 'the warning to go once dated');
    const analysis = await waitFor(() => api.store.peek(document), 'the new analysis');
    assert.equal(analysis.article.referenceDate, '2024-06-12');
  });

  it('loses its warning when its editor closes', async () => {
    const editor = await show('closed.article.txt', UNDATED);
    const uri = editor.document.uri;
    await waitFor(() => ours(uri).length === 1, 'the warning');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await waitFor(() => ours(uri).length === 0, 'the warning to go with the editor');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await waitFor(() => ours(uri).length === 1, 'the warning to come back with the editor');
  });
});

describe('Workspace files without the search service', () => {
  it('are found by walking the folders when findFiles rejects, as without ripgrep', async () => {
    for (const name of ['one.annotations.json', 'deeper/two.annotations.json']) {
      await vscode.workspace.fs.writeFile(workspaceFile(`views-test/${name}`), new TextEncoder().encode('{}'));
    }
    const noRipgrep = () => Promise.reject(new Error('spawn /x/@vscode/ripgrep/bin/rg ENOENT'));
    const paths = (uris: vscode.Uri[]) => uris.map((u) => vscode.workspace.asRelativePath(u)).filter((p) => p.startsWith('views-test/')).sort();
    const walked = paths(await workspaceFiles(['**/*.annotations.json'], 500, noRipgrep));
    assert.deepEqual(walked, ['views-test/deeper/two.annotations.json', 'views-test/one.annotations.json']);
    assert.deepEqual(walked, paths(await workspaceFiles(['**/*.annotations.json'], 500)));
  });
});
