import * as vscode from 'vscode';
import { parseDateline } from '../core/segment/dateline';
import { SETTINGS } from './ids';
import { readSettings } from './settings';
import { TreatedArticles } from './treatedArticles';

export const ARTICLE_LANGUAGE = 'policy-article';
export const TREAT_AS_ARTICLE = 'policyLens.treatAsArticle';

/** The mode a user's choice gives a file, or undefined where its text and the globs decide. */
export type ChosenMode = 'article' | 'plain' | undefined;

/** What Export All and the integration tests need: pending switches, the remembered files, the mode chosen for a file. */
export interface LanguageModeApi {
  settled(): Promise<void>;
  readonly treated: TreatedArticles;
  chosenMode(uri: vscode.Uri): ChosenMode;
}

/**
 * The mode the editor gives a file, as far as that is the user's choice: an open
 * document by its language now (a dated file switched back to Plain Text stays
 * plain while open), a closed one treated as an article by that memory.
 * notes.txt treated as an article → 'article'; an open dated file switched to Plain Text → 'plain'.
 */
function chosenMode(uri: vscode.Uri, treated: TreatedArticles): ChosenMode {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open?.languageId === ARTICLE_LANGUAGE) return 'article';
  if (open?.languageId === 'plaintext') return 'plain';
  return treated.has(uri) ? 'article' : undefined;
}

/** The document's first lines up to the first that holds more than white space (at most 20), as the engine reads its dateline past blank lines. */
function leadingLines(document: vscode.TextDocument): string {
  let last = 0;
  while (last < Math.min(document.lineCount, 20) - 1 && document.lineAt(last).isEmptyOrWhitespace) last++;
  return document.getText(new vscode.Range(0, 0, last, document.lineAt(last).text.length));
}

/**
 * True for a plain-text document that is an article: its first line is a dateline,
 * or its path matches `policyLens.articleGlobs`.
 * `date 2024-03-05 Ministers agree` → true; `Shopping list` → false.
 */
export function isArticleDocument(document: vscode.TextDocument): boolean {
  if (document.languageId !== 'plaintext' || document.lineCount === 0) return false;
  return hasDateline(document) || matchesArticleGlobs(document);
}

const hasDateline = (document: vscode.TextDocument) => document.lineCount > 0 && parseDateline(leadingLines(document)) !== null;

/** True when the document's path matches `policyLens.articleGlobs`, whatever its language now. */
function matchesArticleGlobs(document: vscode.TextDocument): boolean {
  const asPlain = { uri: document.uri, languageId: 'plaintext' } as vscode.TextDocument;
  return readSettings(document.uri).articleGlobs.some((pattern) => vscode.languages.match({ pattern }, asPlain) > 0);
}

/**
 * VS Code maps every .txt to plaintext by extension and ignores `firstLine` for it,
 * so articles are switched here, and so are the files the user treated as articles
 * before. A document the user turns back to plain text is left alone until it is
 * really closed, and is no longer remembered.
 */
export function registerLanguageMode(context: vscode.ExtensionContext): LanguageModeApi {
  const switched = new Set<string>();
  /** The switched documents only a glob made articles: removing the glob switches them back. */
  const byGlob = new Set<string>();
  const pending = new Set<Thenable<unknown>>();
  const treated = new TreatedArticles(context.workspaceState);
  const track = (p: Thenable<unknown>) => {
    const tracked: Thenable<unknown> = p.then(() => pending.delete(tracked));
    pending.add(tracked);
  };

  const check = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (switched.has(key)) {
      // A language change reopens the document: in plain text again, the user turned it back.
      if (document.languageId === 'plaintext') void treated.remove(document.uri);
      return;
    }
    if (!isArticleDocument(document) && !(document.languageId === 'plaintext' && treated.has(document.uri))) return;
    switched.add(key);
    if (!treated.has(document.uri) && !hasDateline(document)) byGlob.add(key);
    track(vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE).then(undefined, () => switched.delete(key)));
  };
  /** A document a removed glob had made an article, with no dateline and not treated by hand, goes back to plain text. */
  const uncheck = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (!byGlob.has(key) || document.languageId !== ARTICLE_LANGUAGE) return;
    if (hasDateline(document) || treated.has(document.uri)) return void byGlob.delete(key);
    if (matchesArticleGlobs(document)) return;
    // Forgotten first, so the reopen in plain text does not read as the user turning it back.
    byGlob.delete(key);
    switched.delete(key);
    track(vscode.languages.setTextDocumentLanguage(document, 'plaintext'));
  };
  const checkOpen = () => vscode.workspace.textDocuments.forEach(check);

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(check),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.some((c) => c.range.start.line === 0)) check(e.document);
    }),
    // A language change also fires close; only a real close removes the document.
    vscode.workspace.onDidCloseTextDocument((document) => {
      if (vscode.workspace.textDocuments.includes(document)) return;
      switched.delete(document.uri.toString());
      byGlob.delete(document.uri.toString());
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.articleGlobs}`)) return;
      vscode.workspace.textDocuments.forEach(uncheck);
      checkOpen();
    }),
    vscode.commands.registerCommand(TREAT_AS_ARTICLE, async (uri?: vscode.Uri) => {
      const document = await treatAsArticle(uri);
      if (!document) return undefined;
      switched.add(document.uri.toString());
      byGlob.delete(document.uri.toString());
      await treated.add(document.uri);
      return document.languageId;
    }),
  );
  checkOpen();
  return {
    settled: async () => {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    treated,
    chosenMode: (uri) => chosenMode(uri, treated),
  };
}

/** "Treat File as Article": the given file (explorer menu) or the active editor's, switched; undefined when there is none. */
async function treatAsArticle(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Policy Lens: open a file to treat it as an article.');
    return undefined;
  }
  const changed = await vscode.languages.setTextDocumentLanguage(document, ARTICLE_LANGUAGE);
  if (uri) await vscode.window.showTextDocument(changed);
  return changed;
}
