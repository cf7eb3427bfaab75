import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, extensionApi, languageOf, openFile, workspaceFile } from './extensionApi';
import { waitFor } from './waitFor';

const ARTICLE = 'policy-article';

/** Waits until the document at `path` has `language`, and returns it. */
async function becomes(path: string, language: string): Promise<string> {
  const uri = workspaceFile(path);
  return waitFor(() => languageOf(uri) === language && language, `${path} to become ${language} (it is ${languageOf(uri)})`);
}

describe('Language mode', () => {
  it('activates on a plain-text file and switches a dated .txt that was already open', async () => {
    await openFile('dated.txt');
    await waitFor(() => extension().isActive, 'the extension to activate');
    assert.equal(await becomes('dated.txt', ARTICLE), ARTICLE);
  });

  it('opens a dated .txt with a leading space and CRLF as policy-article', async () => {
    await openFile('leading-space.txt');
    assert.equal(await becomes('leading-space.txt', ARTICLE), ARTICLE);
  });

  it('opens a dated .txt with blank lines before its dateline as policy-article', async () => {
    await openFile('blank-first-line.txt');
    assert.equal(await becomes('blank-first-line.txt', ARTICLE), ARTICLE);
  });

  it('leaves an ordinary .txt as plaintext', async () => {
    await openFile('ordinary.txt');
    // Events arrive in order: once a dated file opened later has switched, ordinary.txt was decided.
    await openFile('late.txt');
    await becomes('late.txt', ARTICLE);
    await (await extensionApi()).languageMode.settled();
    assert.equal(languageOf(workspaceFile('ordinary.txt')), 'plaintext');
  });

  it('switches a file matched by policyLens.articleGlobs', async () => {
    const globs = vscode.workspace.getConfiguration('policyLens').get<string[]>('articleGlobs');
    assert.ok(globs?.includes('**/briefs/*.txt'), `the workspace settings were not read: ${JSON.stringify(globs)}`);
    await openFile('briefs/memo.txt');
    assert.equal(await becomes('briefs/memo.txt', ARTICLE), ARTICLE);
  });

  it('switches an open file when policyLens.articleGlobs comes to match it', async () => {
    await openFile('drafts/plan.txt');
    await (await extensionApi()).languageMode.settled();
    assert.equal(languageOf(workspaceFile('drafts/plan.txt')), 'plaintext');
    const config = vscode.workspace.getConfiguration('policyLens');
    const globs = config.get<string[]>('articleGlobs') ?? [];
    await config.update('articleGlobs', [...globs, '**/drafts/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      assert.equal(await becomes('drafts/plan.txt', ARTICLE), ARTICLE);
    } finally {
      await config.update('articleGlobs', globs, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('switches back the open files only a removed glob made articles, not a dated one or one treated by hand', async () => {
    const config = vscode.workspace.getConfiguration('policyLens');
    const globs = config.get<string[]>('articleGlobs') ?? [];
    await vscode.workspace.fs.writeFile(workspaceFile('drafts/dated-plan.txt'), new TextEncoder().encode('date 2024-06-12 Dated draft\n\nText.\n'));
    await vscode.workspace.fs.writeFile(workspaceFile('drafts/kept-plan.txt'), new TextEncoder().encode('A draft kept by hand.\n'));
    await config.update('articleGlobs', [...globs, '**/drafts/*.txt'], vscode.ConfigurationTarget.Workspace);
    try {
      for (const path of ['drafts/plan.txt', 'drafts/dated-plan.txt', 'drafts/kept-plan.txt']) {
        await openFile(path);
        await becomes(path, ARTICLE);
      }
      await vscode.commands.executeCommand('policyLens.treatAsArticle', workspaceFile('drafts/kept-plan.txt'));
    } finally {
      await config.update('articleGlobs', globs, vscode.ConfigurationTarget.Workspace);
    }
    assert.equal(await becomes('drafts/plan.txt', 'plaintext'), 'plaintext');
    await (await extensionApi()).languageMode.settled();
    assert.equal(languageOf(workspaceFile('drafts/dated-plan.txt')), ARTICLE);
    assert.equal(languageOf(workspaceFile('drafts/kept-plan.txt')), ARTICLE);
    await (await extensionApi()).languageMode.treated.remove(workspaceFile('drafts/kept-plan.txt'));
  });

  it('opens *.article.txt as policy-article by its file name', async () => {
    await openFile('notes.article.txt');
    assert.equal(await becomes('notes.article.txt', ARTICLE), ARTICLE);
  });

  it('treats the active file as an article on "Treat File as Article"', async () => {
    await openFile('loose.txt');
    await (await extensionApi()).languageMode.settled();
    assert.equal(languageOf(workspaceFile('loose.txt')), 'plaintext');
    await vscode.commands.executeCommand('policyLens.treatAsArticle');
    assert.equal(await becomes('loose.txt', ARTICLE), ARTICLE);
  });

  it('remembers a file treated as an article, and forgets it when the user switches it back', async () => {
    const document = await openFile('kept.txt');
    const { languageMode } = await extensionApi();
    await languageMode.settled();
    assert.equal(languageMode.treated.has(document.uri), false);
    await vscode.commands.executeCommand('policyLens.treatAsArticle');
    await becomes('kept.txt', ARTICLE);
    assert.equal(languageMode.treated.has(document.uri), true);
    const article = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString())!;
    await vscode.languages.setTextDocumentLanguage(article, 'plaintext');
    await waitFor(() => !languageMode.treated.has(document.uri), 'kept.txt to be forgotten');
    await languageMode.settled();
    assert.equal(languageOf(document.uri), 'plaintext');
  });

  it('opens a file remembered from an earlier session as an article', async () => {
    const { languageMode } = await extensionApi();
    await languageMode.treated.add(workspaceFile('remembered.txt'));
    await openFile('remembered.txt');
    assert.equal(await becomes('remembered.txt', ARTICLE), ARTICLE);
  });

  it('keeps a dated file plain text once the user switches it back', async () => {
    const document = await openFile('reverted.txt');
    await becomes('reverted.txt', ARTICLE);
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    await (await extensionApi()).languageMode.settled();
    assert.equal(languageOf(workspaceFile('reverted.txt')), 'plaintext');
  });

  it('exports as the editor chose: files treated as articles, open or not, and no file switched back to Plain Text', async () => {
    const { languageMode } = await extensionApi();
    const write = (path: string, text: string) => vscode.workspace.fs.writeFile(workspaceFile(path), new TextEncoder().encode(text));
    const dated = 'date 2024-06-03 Library hours extended\n\nThe city library will stay open until 9 pm from July, the council said.\n';
    const undated = 'Library hours extended\n\nThe city library will stay open until 9 pm from July, the council said.\n';
    await write('mode-export/treated-open.txt', undated);
    await write('mode-export/treated-closed.md', undated);
    await write('mode-export/switched-back.txt', dated);
    await openFile('mode-export/treated-open.txt');
    await languageMode.settled();
    await vscode.commands.executeCommand('policyLens.treatAsArticle');
    await becomes('mode-export/treated-open.txt', ARTICLE);
    // Never opened in this session: only the memory says it is an article.
    await languageMode.treated.add(workspaceFile('mode-export/treated-closed.md'));
    const back = await openFile('mode-export/switched-back.txt');
    await becomes('mode-export/switched-back.txt', ARTICLE);
    await vscode.languages.setTextDocumentLanguage(vscode.workspace.textDocuments.find((d) => d.uri.toString() === back.uri.toString())!, 'plaintext');
    await languageMode.settled();
    const target = workspaceFile('mode-export/all.jsonl');
    try {
      const result = await vscode.commands.executeCommand<{ skipped: { path: string; reason: string }[]; articles: number }>('policyLens.exportAllArticles', { format: 'jsonl', target });
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      const paths = text.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path).filter((p) => p.includes('mode-export/'));
      assert.deepEqual(paths.map((p) => p.slice(p.indexOf('mode-export/'))).sort(), ['mode-export/treated-closed.md', 'mode-export/treated-open.txt']);
      assert.deepEqual(result.skipped.filter((s) => s.path.includes('mode-export/')), [{ path: 'mode-export/switched-back.txt', reason: 'plain-text' }]);
    } finally {
      await languageMode.treated.remove(workspaceFile('mode-export/treated-open.txt'));
      await languageMode.treated.remove(workspaceFile('mode-export/treated-closed.md'));
    }
  });
});
