import * as vscode from 'vscode';
import { agreement, type Agreement } from '../../core/annotations/agreement';
import { mergeAnnotations } from '../../core/annotations/mergeAnnotations';
import { SIDECAR_SUFFIX, articlePathOf } from '../../core/annotations/sidecarPath';
import type { AnalysisStore } from '../analysisStore';
import type { ReviewView } from './reviewView';
import { fileName, readSidecar } from './sidecarFile';

/** Two sidecars from the workspace, picked in one QuickPick. */
async function pickTwo(): Promise<vscode.Uri[] | undefined> {
  const found = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**', 500);
  const items = found.map((uri) => ({ label: fileName(uri), description: vscode.workspace.asRelativePath(uri), uri }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Compare Annotations: pick two annotation files of the same article' });
  if (!picked) return undefined;
  if (picked.length !== 2) {
    void vscode.window.showInformationMessage('Policy Lens: pick exactly two annotation files.');
    return undefined;
  }
  return picked.map((p) => p.uri);
}

/** The article both sidecars annotate: the active article, else the one beside the first sidecar. */
async function articleFor(store: AnalysisStore, first: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && store.isArticle(active)) return active;
  const path = articlePathOf(first.path);
  return path ? vscode.workspace.openTextDocument(first.with({ path })) : undefined;
}

/**
 * "Policy Lens: Compare Annotations": merges each annotator's sidecar into
 * the same extraction and reports span F1 per label, kappa on claim types,
 * and the disagreements, in the Review view.
 */
export async function compareAnnotations(store: AnalysisStore, view: ReviewView, a?: vscode.Uri, b?: vscode.Uri): Promise<Agreement | undefined> {
  const pair = a && b ? [a, b] : await pickTwo();
  if (!pair) return undefined;
  const document = await articleFor(store, pair[0]);
  if (!document) {
    void vscode.window.showErrorMessage('Policy Lens: open the article the annotations belong to, then compare again.');
    return undefined;
  }
  const raw = await store.analyzeTextOnce(document.getText());
  const merged = [];
  for (const uri of pair) {
    const read = await readSidecar(uri, fileName(document.uri));
    if (read.kind !== 'ok') {
      void vscode.window.showErrorMessage(`Policy Lens: cannot compare ${fileName(uri)}: ${read.message}`);
      return undefined;
    }
    merged.push(mergeAnnotations(raw, read.sidecar.annotations, { minCheckWorthiness: store.minCheckWorthiness }).analysis);
  }
  const result = agreement(merged[0], merged[1]);
  view.showComparison({ article: document.uri, names: [fileName(pair[0]), fileName(pair[1])], agreement: result });
  await vscode.commands.executeCommand('policyLens.review.focus');
  return result;
}
