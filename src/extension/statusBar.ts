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

/** The counts of the active article in the status bar; clicking focuses the Claims view. */
export function registerStatusBar(store: AnalysisStore): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Policy Lens';
  item.command = `${VIEWS.claims}.focus`;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && store.isArticle(document) ? store.peek(document) : undefined;
    if (!analysis) return item.hide();
    Object.assign(item, statusText(analysis));
    item.show();
  };
  update();
  return vscode.Disposable.from(
    item,
    store.onDidChange(update),
    store.onDidSwitch(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
}
