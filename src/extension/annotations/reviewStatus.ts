import * as vscode from 'vscode';
import { countDecisions } from '../../core/annotations/countDecisions';
import type { AnalysisStore } from '../analysisStore';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_VIEWS } from './annotationIds';
import { reviewTooltip } from './reviewTooltip';
import { readOnlyWhy } from './readOnlyMessage';
import { fileName } from './sidecarFile';

/** "$(pass) 3 reviewed · $(warning) 1": the active article's review progress; a lock when read-only, which opens the sidecar. */
export function registerReviewStatus(store: AnalysisStore, book: AnnotationBook): vscode.Disposable & { readonly item: vscode.StatusBarItem } {
  const item = vscode.window.createStatusBarItem('policyLens.reviewStatus', vscode.StatusBarAlignment.Right, 99);
  item.name = 'Policy Lens Review';
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && store.isArticle(document) ? book.state(document.uri) : undefined;
    const analysis = document && store.peek(document);
    if (!state || !analysis) return item.hide();
    // Every decision, rejections too, though the analysis hides rejected items.
    const reviewed = countDecisions(state.annotations, new Set([...state.orphanIds, ...state.unmatched.map((a) => a.id)]));
    const attention = state.orphanIds.size + state.unmatched.length;
    const parts = [state.readOnly ? '$(lock) read-only' : `$(pass) ${reviewed} reviewed`, ...(attention ? [`$(warning) ${attention}`] : [])];
    item.text = parts.join(' · ');
    item.tooltip = state.readOnly
      ? `Annotations are read-only: ${fileName(state.sidecar)} ${readOnlyWhy(state)} (${state.readOnly.message}). Click to open it; once it is fixed and saved, this goes.`
      : reviewTooltip(reviewed, attention);
    // While read-only, the lock is where the problem stays visible and is fixed from (the toast cannot be closed for the user).
    item.command = state.readOnly ? { title: 'Open Sidecar', command: 'vscode.open', arguments: [state.sidecar] } : `${ANNOTATION_VIEWS.review}.focus`;
    item.backgroundColor = state.readOnly ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    item.show();
  };
  update();
  const subscriptions = vscode.Disposable.from(item, store.onDidChange(update), store.onDidSwitch(update), book.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
  // The item itself goes to the integration tests: VS Code offers no way to read the status bar.
  return Object.assign(subscriptions, { item });
}
