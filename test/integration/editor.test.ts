import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import Ajv2020 from 'ajv/dist/2020';
import schema from '../../schema/article-analysis.schema.json';
import type { Analysis, Span } from '../../src/core/model';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-03-05 Ministers agree to raise the water budget',
  '',
  'The Minister of Water, Maria Keller, told reporters on Tuesday that the budget would grow by 12 percent next year.',
  '',
  '"We will spend 40 million euros on new pipes by 2026," she said.',
  '',
  '"Prices for steel have risen by 8 percent since January," Keller said.',
  '',
  'Officials expect the works to start in May, two months later than planned.',
  '',
].join('\n');
const PATH = 'editor-test/water-budget.txt';
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

async function editorApi(): Promise<EditorApi> {
  return ((await extensionApi()) as unknown as { editor: EditorApi }).editor;
}

/** Writes the article through the workspace file system and shows it; resolves once it is analysed. */
async function openArticle(): Promise<{ editor: vscode.TextEditor; analysis: Analysis; api: EditorApi }> {
  const api = await editorApi();
  const uri = workspaceFile(PATH);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const editor = await waitFor(
    () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.document.languageId === 'policy-article'),
    'the article to open as policy-article',
  );
  const analysis = await waitFor(() => api.store.peek(editor.document), 'the analysis');
  return { editor: vscode.window.activeTextEditor ?? editor, analysis, api };
}

const key = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
const keys = (document: vscode.TextDocument, spans: readonly Span[]) =>
  spans.map((s) => key(new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)))).sort();

describe('Editor features', () => {
  for (const kind of ['quotes', 'figures', 'dates', 'claims'] as const) {
    it(`decorates the ${kind} at the analysis ranges`, async function () {
      const { editor, analysis, api } = await openArticle();
      if (analysis[kind].length === 0) this.skip(); // the engine stage for this kind finds nothing yet
      const painted = await waitFor(() => api.decorationRanges(editor)[kind].length > 0 && api.decorationRanges(editor)[kind], `${kind} decorations`);
      assert.deepEqual(painted.map(key).sort(), keys(editor.document, analysis[kind]));
    });
  }

  it('shows the speaker of a "she said" quote in the hover', async () => {
    const { editor, analysis } = await openArticle();
    const quote = analysis.quotes.find((q) => q.text.startsWith('"We will spend'));
    assert.ok(quote, 'the quote was not found');
    const position = editor.document.positionAt(quote.start + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(text.includes('Maria Keller'), `no speaker in the hover:\n${text}`);
  });

  it('lists the claims in the tree and reveals a claim with the reveal command', async function () {
    const { editor, analysis, api } = await openArticle();
    if (analysis.claims.length === 0) this.skip(); // the claims stage finds nothing yet
    const roots = await waitFor(() => api.claimsTree.getChildren().length > 0 && api.claimsTree.getChildren(), 'the tree to fill');
    const ids = roots.flatMap((g) => api.claimsTree.getChildren(g)).map((n) => (n.type === 'claim' ? n.claim.id : ''));
    assert.deepEqual(ids.sort(), analysis.claims.map((c) => c.id).sort());
    const claim = analysis.claims[analysis.claims.length - 1];
    await vscode.commands.executeCommand('policyLens.revealClaim', editor.document.uri.toString(), claim.id);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.deepEqual([editor.document.offsetAt(selection.start), editor.document.offsetAt(selection.end)], [claim.start, claim.end]);
  });

  it('exports an analysis that validates against the schema', async () => {
    const { editor } = await openArticle();
    const target = workspaceFile('editor-test/water-budget.analysis.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('policyLens.exportAnalysis', editor.document.uri, target);
    assert.equal(written?.toString(), target.toString());
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.equal(json.source.length, editor.document.getText().length);
    assert.ok(validate(json), JSON.stringify(validate.errors, null, 1));
  });

  it('exports every article of the workspace as JSONL, each line valid', async () => {
    await openArticle();
    const target = workspaceFile('editor-test/all.jsonl');
    const result = await vscode.commands.executeCommand<{ written: string[]; failed: unknown[]; articles: number }>('policyLens.exportAllArticles', { format: 'jsonl', target });
    assert.deepEqual(result.failed, []);
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).trim().split('\n');
    // The summary counts the articles in the one file, not the file alone.
    assert.deepEqual([result.written.length, result.articles], [1, lines.length]);
    assert.ok(lines.some((l) => JSON.parse(l).source.path.endsWith('water-budget.txt')), 'the test article is missing');
    for (const line of lines) assert.ok(validate(JSON.parse(line)), JSON.stringify(validate.errors));
  });

  it('counts an article that is not valid UTF-8 as failed, as the CLI refuses it, and still exports the rest', async () => {
    await openArticle();
    const bad = workspaceFile('editor-test/latin1.txt');
    // A dateline, then "Zürich" in Latin-1: one byte that no UTF-8 sequence starts with.
    await vscode.workspace.fs.writeFile(bad, new Uint8Array([...new TextEncoder().encode('date 2024-03-05 Bad bytes\n\nZ'), 0xfc, ...new TextEncoder().encode('rich.\n')]));
    try {
      const target = workspaceFile('editor-test/bad.jsonl');
      const result = await vscode.commands.executeCommand<{ failed: { path: string; error: string }[] }>('policyLens.exportAllArticles', { format: 'jsonl', target });
      assert.deepEqual(result.failed.map((f) => f.path), ['editor-test/latin1.txt']);
      assert.match(result.failed[0].error, /not valid UTF-8 \(near byte 28\)/);
      const paths = new TextDecoder().decode(await vscode.workspace.fs.readFile(target)).trim().split('\n').map((l) => JSON.parse(l).source.path as string);
      assert.ok(!paths.some((p) => p.endsWith('latin1.txt')), 'the undecodable article was exported');
      assert.ok(paths.some((p) => p.endsWith('water-budget.txt')), 'the valid article is missing');
    } finally {
      await vscode.workspace.fs.delete(bad);
    }
  });

  it('removes only that kind when a highlight setting is switched off', async () => {
    const { editor, api } = await openArticle();
    await waitFor(() => api.decorationRanges(editor).quotes.length > 0, 'quote decorations');
    const datesBefore = api.decorationRanges(editor).dates.length;
    const config = vscode.workspace.getConfiguration('policyLens');
    await config.update('highlight.quotes', false, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(() => api.decorationRanges(editor).quotes.length === 0, 'quote decorations to go');
      assert.equal(api.decorationRanges(editor).dates.length, datesBefore);
    } finally {
      await config.update('highlight.quotes', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => api.decorationRanges(editor).quotes.length > 0, 'quote decorations to return');
  });

  it('hides and shows every highlight with Toggle Highlights', async () => {
    const { editor, api } = await openArticle();
    assert.equal(await vscode.commands.executeCommand('policyLens.toggleHighlights'), false);
    try {
      const all = api.decorationRanges(editor);
      assert.equal(all.quotes.length + all.figures.length + all.dates.length + all.claims.length, 0);
      assert.equal(api.highlights.hidden, true, 'the off state (title icon, status-bar hint) is not set');
    } finally {
      await vscode.commands.executeCommand('policyLens.toggleHighlights');
    }
    assert.ok(api.decorationRanges(editor).quotes.length > 0);
    assert.equal(api.highlights.hidden, false);
  });

  it('hides and shows highlights with the two title buttons, each idempotent', async () => {
    const { editor, api } = await openArticle();
    await vscode.commands.executeCommand('policyLens.hideHighlights');
    await vscode.commands.executeCommand('policyLens.hideHighlights');
    try {
      assert.equal(api.highlights.hidden, true);
      assert.equal(api.decorationRanges(editor).quotes.length, 0);
    } finally {
      await vscode.commands.executeCommand('policyLens.showHighlights');
    }
    await vscode.commands.executeCommand('policyLens.showHighlights');
    assert.equal(api.highlights.hidden, false);
    assert.ok(api.decorationRanges(editor).quotes.length > 0);
  });

  it('returns document symbols: the headline, then paragraphs with their quotes', async () => {
    const { editor } = await openArticle();
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols[0]?.name, 'Ministers agree to raise the water budget');
    assert.ok(symbols.length >= 2, `expected paragraphs after the headline: ${symbols.map((s) => s.name)}`);
    assert.ok(symbols.some((s) => s.children.length > 0), 'no quote under any paragraph');
  });

  it('copies a claim as JSON', async function () {
    const { editor, analysis } = await openArticle();
    if (analysis.claims.length === 0) this.skip(); // the claims stage finds nothing yet
    const window = vscode.window as unknown as { setStatusBarMessage: (text: string, ms: number) => vscode.Disposable };
    const original = window.setStatusBarMessage;
    const said: string[] = [];
    window.setStatusBarMessage = (text: string) => (said.push(text), new vscode.Disposable(() => undefined));
    let copied: string;
    try {
      copied = await vscode.commands.executeCommand<string>('policyLens.copyClaimAsJson', editor.document.uri.toString(), analysis.claims[0].id);
    } finally {
      window.setStatusBarMessage = original;
    }
    assert.equal(JSON.parse(copied).id, analysis.claims[0].id);
    // Named by its words, as the review messages name theirs, never by its id.
    assert.ok(said.some((s) => s.startsWith(`Policy Lens: copied claim “${analysis.claims[0].text.slice(0, 12)}`)), said.join('\n'));
  });

  it('gives a binary file forced into the article mode a clear message, not an exception', async () => {
    const api = await editorApi();
    const uri = workspaceFile('editor-test/blob.article.txt');
    // No NUL byte, or VS Code itself refuses to open it as text.
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => [0x89, 0x01, 0x1a, 0x7f, 0x41, 0x02, 0x1b, 0x0a][i % 8]);
    await vscode.workspace.fs.writeFile(uri, bytes);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const document = await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'policy-article'), 'the blob in article mode');
    const analysis = await api.store.get(document);
    assert.deepEqual(analysis.warnings.map((w) => w.code), ['not-text']);
  });
});
