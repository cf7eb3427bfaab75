import * as vscode from 'vscode';
import { AnalysisStore } from './analysisStore';
import { createAnalyzer } from './analyzer';
import { Decorations, type DecorationRanges } from './decorations';
import { ClaimsTree } from './claimsTree';
import { HighlightsSwitch } from './highlightsSwitch';
import { registerHover } from './hover';
import { registerOutline } from './outline';
import { registerDiagnostics } from './diagnostics';
import { registerAddDateline } from './addDateline';
import { registerStatusBar } from './statusBar';
import { registerCommands } from './commands/registerCommands';
import { readSettings, affectsSettings, type Settings } from './settings';
import { createLog, since } from './output';
import type { LanguageModeApi } from './languageMode';

/** What the editor features hand to the integration tests and to later features (hand annotation). */
export interface EditorApi {
  readonly store: AnalysisStore;
  readonly claimsTree: ClaimsTree;
  readonly highlights: HighlightsSwitch;
  /** The status item with the active article's counts. */
  readonly status: vscode.StatusBarItem;
  decorationRanges(editor: vscode.TextEditor): DecorationRanges;
}

/** The active editor's document first, then the other visible ones: what the user waits for. */
function viewRank(key: string): number {
  if (vscode.window.activeTextEditor?.document.uri.toString() === key) return 2;
  return vscode.window.visibleTextEditors.some((e) => e.document.uri.toString() === key) ? 1 : 0;
}

/**
 * Highlights, hover, Claims view, outline, problems, status bar and commands,
 * all reading the one analysis per document version from the store.
 */
export function registerEditor(context: vscode.ExtensionContext, languageMode: LanguageModeApi): EditorApi {
  const t0 = performance.now();
  const log = createLog(context);
  let settings: Settings = readSettings();
  const current = () => settings;
  // Registered first, so every later listener of the same change already reads the new settings.
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsSettings(e)) return;
      const before = settings.minCheckWorthiness;
      settings = readSettings();
      if (settings.minCheckWorthiness !== before) store.reanalyzeAll();
    }),
  );
  const enginePath = vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath;
  const store = new AnalysisStore(createAnalyzer(enginePath, viewRank), current, log);
  const decorations = new Decorations(context.extensionUri, store, current);
  const claimsTree = new ClaimsTree(store);
  const highlights = new HighlightsSwitch(decorations);
  const version = String(context.extension.packageJSON.version ?? '0.0.0');
  const status = registerStatusBar(store);
  context.subscriptions.push(
    store,
    decorations,
    claimsTree,
    highlights,
    registerHover(store),
    registerOutline(store),
    registerDiagnostics(store, current),
    registerAddDateline(),
    status,
    registerCommands({ store, tree: claimsTree, highlights, log, settings: current, version, languageMode }),
  );
  log.info(`Editor features registered in ${since(t0)}`);
  return { store, claimsTree, highlights, status: status.item, decorationRanges: (editor) => decorations.rangesOf(editor) };
}
