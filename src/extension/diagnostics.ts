import * as vscode from 'vscode';
import type { AnalysisStore } from './analysisStore';
import type { Settings } from './settings';
import { problems } from './problems';
import { toRange } from './ranges';
import { DIAGNOSTIC_SOURCE, SETTINGS } from './ids';
import { timed } from './output';
import { hasTab } from './editorTabs';

const SEVERITY = { warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information } as const;

/**
 * Problems of each analysed article, kept in step with the store. They go when
 * the article's last tab closes (VS Code keeps the document a while longer)
 * and come back when it is shown again.
 */
export function registerDiagnostics(store: AnalysisStore, settings: () => Settings): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('policyLens');
  const update = (document: vscode.TextDocument) => {
    const analysis = store.peek(document);
    if (!analysis || !store.isArticle(document) || !hasTab(document.uri)) return collection.delete(document.uri);
    collection.set(
      document.uri,
      problems(analysis, settings().diagnostics).map((p) => {
        const diagnostic = new vscode.Diagnostic(toRange(document, p), p.message, SEVERITY[p.severity]);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = p.code;
        return diagnostic;
      }),
    );
  };
  return vscode.Disposable.from(
    collection,
    store.onDidChange(({ document }) => timed(store.log, 'Updating the problems', () => update(document))),
    vscode.workspace.onDidCloseTextDocument((document) => collection.delete(document.uri)),
    vscode.window.tabGroups.onDidChangeTabs(({ opened, closed }) => {
      if (opened.length + closed.length > 0) vscode.workspace.textDocuments.forEach(update);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.diagnostics}`)) vscode.workspace.textDocuments.forEach(update);
    }),
  );
}
