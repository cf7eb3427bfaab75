import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Annotation } from '../../src/core/annotations/model';
import type { Analysis } from '../../src/core/model';
import type { AnnotationsApi } from '../../src/extension/annotations/registerAnnotations';
import type { EditorApi } from '../../src/extension/registerEditor';
import { extensionApi, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const ARTICLE = [
  'date 2024-04-02 City hall approves cycling budget',
  '',
  'Mayor Lena Ortiz said on Monday that the city would double its cycling budget next year.',
  '',
  '"We will build 30 kilometres of new lanes by 2026," she said.',
  '',
  'Council member Tom Reyes criticised the plan. "It is far too expensive for a city this size," Reyes said.',
  '',
].join('\n');
const QUOTE = '"We will build 30 kilometres of new lanes by 2026,"';

interface Apis {
  readonly editor: EditorApi;
  readonly annotations: AnnotationsApi;
}

const apis = async () => (await extensionApi()) as unknown as Apis;
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const sidecarOf = (uri: vscode.Uri) => uri.with({ path: `${uri.path}.annotations.json` });
const annotationsIn = async (uri: vscode.Uri): Promise<{ status: string; itemId: string | null; fields: Record<string, string>; selector: [{ exact: string }, { start: number; end: number }] }[]> =>
  JSON.parse(await read(sidecarOf(uri))).annotations;

/** Writes a fresh article (and sidecar, if given), opens it, and waits for its reviewed analysis. */
async function open(name: string, sidecar?: string): Promise<{ editor: vscode.TextEditor; api: Apis; analysis: Analysis }> {
  const api = await apis();
  const uri = workspaceFile(`annotations-test/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
  if (sidecar !== undefined) await vscode.workspace.fs.writeFile(sidecarOf(uri), new TextEncoder().encode(sidecar));
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  const editor = await waitFor(
    () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.document.languageId === 'policy-article'),
    'the article to open as policy-article',
  );
  await api.annotations.book.load(editor.document);
  const analysis = await api.editor.store.get(editor.document);
  return { editor, api, analysis };
}

const quoteOf = (analysis: Analysis) => analysis.quotes.find((q) => q.text === QUOTE);
const run = <T>(command: string, ...args: unknown[]) => vscode.commands.executeCommand<T>(`policyLens.${command}`, ...args);

describe('Hand annotation', () => {
  before(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('author', 'Tester', vscode.ConfigurationTarget.Global);
  });
  after(async () => {
    await vscode.workspace.getConfiguration('policyLens').update('author', undefined, vscode.ConfigurationTarget.Global);
  });

  it('confirms a quote through the command and writes it to the sidecar', async function () {
    const { editor, analysis, api } = await open('confirm.txt');
    const quote = quoteOf(analysis);
    if (!quote) this.skip(); // the quotes stage does not find it yet
    assert.equal(await run('confirm', editor.document.uri.toString(), 'quote', quote.id), true);
    const [a] = await annotationsIn(editor.document.uri);
    assert.deepEqual([a.status, a.itemId, a.selector[0].exact, a.selector[1].start], ['confirmed', quote.id, QUOTE, quote.start]);
    const reviewed = await waitFor(() => quoteOf(api.editor.store.peek(editor.document) ?? analysis)?.review, 'the review in the analysis');
    assert.deepEqual([reviewed.status, reviewed.by], ['confirmed', 'Tester']);
  });

  it('puts the ✓ of a confirmed claim inside a quote after the closing quotation mark', async function () {
    const { editor, analysis, api } = await open('claim-mark.txt');
    const quote = quoteOf(analysis);
    const claim = quote && analysis.claims.find((c) => c.start > quote.start && c.end < quote.end);
    if (!quote || !claim) this.skip(); // the engine finds no claim inside the quote yet
    assert.equal(await run('confirm', editor.document.uri.toString(), 'claim', claim.id), true);
    const marks = () => api.annotations.decorations.rangesOf(editor)?.confirmed ?? [];
    const [mark] = await waitFor(() => marks().length > 0 && marks(), 'the ✓ mark');
    assert.equal(editor.document.offsetAt(mark.end), quote.end);
  });

  it('hides review marks and labels with Toggle Highlights, and shows them again', async () => {
    const { editor, api, analysis } = await open('toggle-marks.txt');
    assert.equal(await run('confirm', editor.document.uri.toString(), 'figure', analysis.figures[0].id), true);
    const start = ARTICLE.indexOf('double its cycling budget');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'double its cycling budget'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    const marks = () => api.annotations.decorations.rangesOf(editor)?.confirmed.length ?? 0;
    const labels = () => [...(api.annotations.decorations.rangesOf(editor)?.labels.values() ?? [])].flat().length;
    await waitFor(() => labels() === 1 && marks() === 1, 'the label and the ✓');
    assert.equal(await run('hideHighlights'), false);
    try {
      await waitFor(() => labels() === 0 && marks() === 0, 'the label and the ✓ to hide with the highlights');
    } finally {
      await run('showHighlights');
    }
    await waitFor(() => labels() === 1 && marks() === 1, 'the label and the ✓ back with the highlights');
  });

  it('shows the quote and the claim inside it, with the review links of both, anywhere inside the claim', async function () {
    const { editor, analysis } = await open('quote-hover.txt');
    const quote = quoteOf(analysis);
    const claim = quote && analysis.claims.find((c) => c.start > quote.start && c.end < quote.end);
    if (!quote || !claim) this.skip(); // the engine finds no claim inside the quote yet
    const middle = editor.document.positionAt(QUOTE.indexOf('build') + quote.start + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, middle);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    const confirm = (kind: string, id: string) => encodeURIComponent(JSON.stringify([editor.document.uri.toString(), kind, id]));
    const parts = ['**Quote**', '**Claim**', 'Review quote:', 'Review claim:', confirm('quote', quote.id), confirm('claim', claim.id)];
    for (const part of parts) assert.ok(text.includes(part), `missing ${part} in:\n${text}`);
  });

  it('rejects a quote: the sidecar says so and the quote is hidden', async function () {
    const { editor, analysis, api } = await open('reject.txt');
    const quote = quoteOf(analysis);
    if (!quote) this.skip();
    assert.equal(await run('reject', editor.document.uri.toString(), 'quote', quote.id), true);
    assert.equal((await annotationsIn(editor.document.uri))[0].status, 'rejected');
    await waitFor(() => !quoteOf(api.editor.store.peek(editor.document)!), 'the quote to be hidden');
  });

  it('changes the speaker of a quote', async function () {
    const { editor, analysis, api } = await open('speaker.txt');
    const quote = quoteOf(analysis);
    if (!quote) this.skip();
    assert.equal(await run('changeSpeaker', editor.document.uri.toString(), 'quote', quote.id, 'Tom Reyes'), true);
    const [a] = await annotationsIn(editor.document.uri);
    assert.deepEqual([a.status, a.fields.speaker], ['edited', 'Tom Reyes']);
    await waitFor(() => quoteOf(api.editor.store.peek(editor.document)!)?.speaker?.name === 'Tom Reyes', 'the new speaker in the analysis');
  });

  it('shows the speaker set by hand in the outline, and the engine\'s until then', async function () {
    const { editor, analysis, api } = await open('outline.txt');
    const quote = quoteOf(analysis);
    if (!quote?.speaker || quote.speaker.name === 'Tom Reyes') this.skip();
    const quoteSymbol = async () => {
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
      return symbols.flatMap((s) => s.children).find((c) => c.range.start.isEqual(editor.document.positionAt(quote.start)))?.name ?? '';
    };
    assert.ok((await quoteSymbol()).endsWith(`— ${quote.speaker.name}`), 'the engine\'s speaker before any review');
    assert.equal(await run('changeSpeaker', editor.document.uri.toString(), 'quote', quote.id, 'Tom Reyes'), true);
    await waitFor(() => quoteOf(api.editor.store.peek(editor.document)!)?.speaker?.name === 'Tom Reyes', 'the new speaker in the analysis');
    // The outline is asked again as VS Code would; a stale one never changes, so a few tries suffice.
    let name = await quoteSymbol();
    for (let tries = 0; tries < 20 && !name.endsWith('— Tom Reyes'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      name = await quoteSymbol();
    }
    assert.ok(name.endsWith('— Tom Reyes'), `the outline still says ${name}`);
  });

  it('exports every article of the workspace with its saved annotations', async function () {
    const { editor, analysis } = await open('export-all.txt');
    const quote = quoteOf(analysis);
    if (!quote) this.skip();
    assert.equal(await run('changeSpeaker', editor.document.uri.toString(), 'quote', quote.id, 'Tom Reyes'), true);
    const target = workspaceFile('annotations-test/all.jsonl');
    const result = await run<{ failed: unknown[]; notes: string[] }>('exportAllArticles', { format: 'jsonl', target });
    assert.deepEqual([result.failed, result.notes], [[], []]);
    const docs = (await read(target)).trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string }; quotes: { text: string; speaker: { name: string } | null }[] });
    const exported = docs.find((d) => d.source.path.endsWith('annotations-test/export-all.txt'));
    assert.ok(exported, 'the article is missing from the export');
    assert.equal(exported.quotes.find((q) => q.text === QUOTE)?.speaker?.name, 'Tom Reyes');
  });

  it('annotates the selection with a custom label', async () => {
    const { editor, api } = await open('label.txt');
    const start = ARTICLE.indexOf('double its cycling budget');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'double its cycling budget'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    const [a] = await annotationsIn(editor.document.uri);
    assert.deepEqual([a.status, a.fields.label, a.selector[0].exact], ['added', 'framing', 'double its cycling budget']);
    await waitFor(() => api.editor.store.peek(editor.document)?.labels?.length === 1, 'the label in the analysis');
  });

  it('moves an annotation when the article is edited, and saves the new place with the article', async () => {
    const { editor, api } = await open('edit.txt');
    const start = ARTICLE.indexOf('criticised the plan');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'criticised the plan'.length));
    assert.equal(await run('annotateSelection', 'hedge'), true);
    const inserted = 'In a late vote, ';
    await editor.edit((b) => b.insert(editor.document.positionAt(ARTICLE.indexOf('Mayor')), inserted));
    const moved: Annotation = await waitFor(() => api.annotations.book.state(editor.document.uri)!.annotations.find((a) => a.position.start !== start), 'the annotation to move');
    assert.deepEqual([moved.position.start, moved.quote.exact], [start + inserted.length, 'criticised the plan']);
    await editor.document.save();
    let saved = -1;
    for (let i = 0; i < 100 && saved !== start + inserted.length; i++) {
      await new Promise((r) => setTimeout(r, 50));
      saved = (await annotationsIn(editor.document.uri))[0].selector[1].start;
    }
    assert.equal(saved, start + inserted.length, 'the sidecar did not follow the save');
  });

  it('makes an orphan of an annotation whose text is deleted, listed under Needs attention', async () => {
    const { editor, api } = await open('orphan.txt');
    const start = ARTICLE.indexOf('far too expensive');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'far too expensive'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start - 6), editor.document.positionAt(start + 'far too expensive'.length))));
    await waitFor(() => api.annotations.view.attention().length === 1, 'the orphan in Needs attention');
    assert.equal(api.annotations.book.state(editor.document.uri)!.annotations.length, 1, 'the orphan was dropped');
  });

  it('shows Needs attention only while its article is active, as the Claims view does', async () => {
    const { editor, api } = await open('attention.txt');
    const view = api.annotations.view;
    const start = ARTICLE.indexOf('far too expensive');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'far too expensive'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    await editor.edit((b) => b.delete(new vscode.Range(editor.document.positionAt(start - 6), editor.document.positionAt(start + 'far too expensive'.length))));
    // No badge: the activity bar would add it to the Claims view's; the count leads the view's description.
    await waitFor(() => view.attention().length === 1 && view.view.description === '⚠ 1 · annotations-test/attention.txt', 'the orphan and its count');
    assert.equal(view.view.badge, undefined, 'the Review view has no badge');
    await waitFor(() => api.editor.claimsTree.view.badge?.value === api.editor.store.peek(editor.document)?.claims.length, 'the Claims view badge to count claims only');
    const attentionShown = () => view.getChildren().some((n) => n.type === 'section' && n.section === 'attention');
    const plain = workspaceFile('annotations-test/shopping.txt');
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode('Shopping list\n\nbread, milk\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain));
    await waitFor(() => !attentionShown() && view.view.description === undefined, 'Needs attention to go with a plain-text file active');
    assert.deepEqual(view.attention(), []);
    await vscode.window.showTextDocument(editor.document);
    await waitFor(() => view.attention().length === 1, 'the orphan back with its article');
    // A document opened through the API outlives its editor for minutes, so closing every editor is no test here; a switch to plain text is.
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await waitFor(() => !attentionShown() && view.view.description === undefined, 'Needs attention to go with its article switched to plain text');
  });

  it('loads the annotations back when the article is opened again', async () => {
    const first = await open('reopen.txt');
    const start = ARTICLE.indexOf('Lena Ortiz');
    first.editor.selection = new vscode.Selection(first.editor.document.positionAt(start), first.editor.document.positionAt(start + 'Lena Ortiz'.length));
    assert.equal(await run('annotateSelection', 'hedge'), true);
    // A second article with the same sidecar content, as after reopening the window: read from disk only.
    const copy = await open('reopened.txt', await read(sidecarOf(first.editor.document.uri)));
    const labels = await waitFor(() => copy.api.editor.store.peek(copy.editor.document)?.labels, 'the labels of the reopened article');
    assert.deepEqual(labels.map((l) => [l.label, l.text]), [['hedge', 'Lena Ortiz']]);
  });

  it('picks up a sidecar changed outside the editor', async () => {
    const { editor, api } = await open('outside.txt');
    const start = ARTICLE.indexOf('Monday');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'Monday'.length));
    assert.equal(await run('annotateSelection', 'hedge'), true);
    const text = (await read(sidecarOf(editor.document.uri))).replace('"hedge"', '"framing"');
    await vscode.workspace.fs.writeFile(sidecarOf(editor.document.uri), new TextEncoder().encode(text));
    await waitFor(() => api.editor.store.peek(editor.document)?.labels?.[0]?.label === 'framing', 'the outside change to show');
  });

  it('leaves a corrupt sidecar untouched and stays read-only', async function () {
    const corrupt = '{"format": "policy-lens-annotations", "version": 1, "annotations": [';
    const { editor, analysis, api } = await open('corrupt.txt', corrupt);
    assert.equal(api.annotations.book.state(editor.document.uri)?.readOnly?.kind, 'corrupt');
    const quote = quoteOf(analysis);
    if (!quote) this.skip();
    assert.equal(await run('confirm', editor.document.uri.toString(), 'quote', quote.id), false);
    assert.equal(await read(sidecarOf(editor.document.uri)), corrupt);
  });

  it('shows a red lock in the status bar while the sidecar is damaged, opening it, until it is fixed', async () => {
    const { editor, api } = await open('locked.txt', '{"format": "policy-lens-annotations", "version": 1, "annotations": [');
    const status = api.annotations.status;
    await waitFor(() => status.text === '$(lock) read-only' || undefined, 'the lock in the status bar');
    assert.ok(status.backgroundColor instanceof vscode.ThemeColor && status.backgroundColor.id === 'statusBarItem.errorBackground', 'the lock is not red');
    assert.match(String(status.tooltip), /^Annotations are read-only: locked\.txt\.annotations\.json .*Click to open it/);
    const command = status.command as vscode.Command;
    assert.deepEqual([command.command, String(command.arguments?.[0])], ['vscode.open', sidecarOf(editor.document.uri).toString()]);
    await vscode.workspace.fs.writeFile(sidecarOf(editor.document.uri), new TextEncoder().encode('{"format": "policy-lens-annotations", "version": 1, "annotations": []}'));
    await waitFor(() => status.text === '$(pass) 0 reviewed' || undefined, 'the lock to go once the sidecar is fixed');
    assert.equal(status.backgroundColor, undefined);
  });

  it('exports the reviewed article as W3C, brat and CSV', async () => {
    const { editor } = await open('export.txt');
    for (const [command, name] of [['exportW3c', 'export.w3c.jsonld'], ['exportBrat', 'export.ann'], ['exportCsv', 'export.claims.csv']]) {
      const target = workspaceFile(`annotations-test/${name}`);
      await vscode.window.showTextDocument(editor.document);
      const written = await run<vscode.Uri>(command, target);
      assert.equal(written?.toString(), target.toString());
      assert.ok((await read(target)).length > 0 || command === 'exportBrat');
    }
    assert.equal(JSON.parse(await read(workspaceFile('annotations-test/export.w3c.jsonld')))['@context'], 'http://www.w3.org/ns/anno.jsonld');
  });

  it('compares two annotators and lists their disagreements', async () => {
    const { editor } = await open('compare.txt');
    const start = ARTICLE.indexOf('cycling budget');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'cycling budget'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    const mine = sidecarOf(editor.document.uri);
    const theirs = workspaceFile('annotations-test/compare.txt.other.annotations.json');
    await vscode.workspace.fs.writeFile(theirs, new TextEncoder().encode((await read(mine)).replace('"framing"', '"hedge"')));
    const result = await run<{ disagreements: { kind: string }[]; labels: { label: string; f1: number | null }[] }>('compareAnnotations', mine, theirs);
    assert.deepEqual(result.disagreements.map((d) => d.kind).sort(), ['only-a', 'only-b']);
    assert.deepEqual(result.labels.filter((l) => l.f1 === 0).map((l) => l.label), ['framing', 'hedge']);
  });

  it('compares two sidecars against the article they name, whichever article is active', async () => {
    const { editor } = await open('compare-named.txt');
    const start = ARTICLE.indexOf('cycling budget');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'cycling budget'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    const mine = await read(sidecarOf(editor.document.uri));
    const copy = async (name: string, text: string) => {
      const uri = workspaceFile(`annotations-test/copies/${name}`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      return uri;
    };
    const ana = await copy('compare-named.txt.ana.annotations.json', mine);
    const ben = await copy('compare-named.txt.ben.annotations.json', mine.replace('"framing"', '"hedge"'));
    const elsewhere = await copy('elsewhere.txt.ben.annotations.json', mine.replace('"framing"', '"hedge"').replace('"compare-named.txt"', '"elsewhere.txt"'));
    const other = workspaceFile('annotations-test/compare-other.txt');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('date 2024-04-03 Another story\n\nNothing here is the same.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'policy-article', 'the other article to be active');
    const result = await run<{ disagreements: { kind: string }[] } | undefined>('compareAnnotations', ana, ben);
    assert.deepEqual(result?.disagreements.map((d) => d.kind).sort(), ['only-a', 'only-b']);
    // Negative: sidecars of two different articles are refused, not scored.
    assert.equal(await run('compareAnnotations', ana, elsewhere), undefined);
  });

  it('names the article of the last comparison in the Review view, whichever article is active', async () => {
    const { editor, api } = await open('compare-label.txt');
    const start = ARTICLE.indexOf('cycling budget');
    editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + 'cycling budget'.length));
    assert.equal(await run('annotateSelection', 'framing'), true);
    const mine = sidecarOf(editor.document.uri);
    const theirs = workspaceFile('annotations-test/compare-label.txt.other.annotations.json');
    await vscode.workspace.fs.writeFile(theirs, new TextEncoder().encode((await read(mine)).replace('"framing"', '"hedge"')));
    assert.ok(await run('compareAnnotations', mine, theirs));
    const agreement = () => api.annotations.view.getChildren().flatMap((n) => (n.type === 'section' && n.section === 'agreement' ? [n.label] : []))[0];
    const other = workspaceFile('annotations-test/compare-label-other.txt');
    await vscode.workspace.fs.writeFile(other, new TextEncoder().encode('date 2024-04-03 Another story\n\nNothing here is the same.\n'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(other));
    await waitFor(() => vscode.window.activeTextEditor?.document.languageId === 'policy-article', 'the other article to be active');
    assert.equal(agreement(), 'Agreement on annotations-test/compare-label.txt');
    assert.ok(!agreement()?.includes('compare-label-other.txt'), 'named after the active article');
  });
});
