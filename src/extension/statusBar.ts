import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { AnalysisStore } from './analysisStore';
import { VIEWS } from './ids';
import { notAnalysedReason } from './claimsViewState';

/** "7 claims · 4 quotes", or why there is nothing to count. */
export function statusText(analysis: Analysis): { text: string; tooltip: string } {
  const problem = notAnalysedReason(analysis);
  if (problem) return { text: '$(warning) Policy Lens: not analysed', tooltip: problem };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const text = `$(quote) Policy Lens: ${plural(analysis.claims.length, 'claim')} · ${plural(analysis.quotes.length, 'quote')}`;
  const noDateline = analysis.warnings.some((w) => w.code === 'no-dateline');
  const tooltip = noDateline
    ? 'No dateline ("date YYYY-MM-DD Headline" on the first line): relative dates stay unresolved. Click to show the claims.'
    : `${plural(analysis.figures.length, 'figure')}, ${plural(analysis.dates.length, 'date')}. Click to show the claims.`;
  return { text, tooltip };
}

/** Shown while the active article's first analysis runs, so a large one never looks unanalysed without a word. */
export const ANALYSING = { text: '$(sync~spin) Policy Lens: analysing…', tooltip: 'The article is being analysed; its counts follow. Click to show the Claims view.' };

/** The counts of the active article in the status bar, "analysing…" until it has any; clicking focuses the Claims view. */
export function registerStatusBar(store: AnalysisStore): vscode.Disposable & { readonly item: vscode.StatusBarItem } {
  const item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Lens';
  item.command = `${VIEWS.claims}.focus`;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !store.isArticle(document)) {
      shown = undefined;
      return item.hide();
    }
    const analysis = store.peek(document);
    // Edited, an article keeps its last counts until the new ones come; only a first analysis shows the spinner.
    if (analysis) Object.assign(item, statusText(analysis));
    else if (document !== shown) Object.assign(item, ANALYSING);
    shown = document;
    item.show();
  };
  let shown: vscode.TextDocument | undefined;
  update();
  const subscriptions = vscode.Disposable.from(
    item,
    store.onDidChange(update),
    store.onDidSwitch(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
  // The item itself goes to the integration tests: VS Code offers no way to read the status bar.
  return Object.assign(subscriptions, { item });
}
