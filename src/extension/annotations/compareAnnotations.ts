import * as vscode from 'vscode';
import { agreement, type Agreement } from '../../core/annotations/agreement';
import { mergeAnnotations } from '../../core/annotations/mergeAnnotations';
import { SIDECAR_SUFFIX } from '../../core/annotations/sidecarPath';
import type { AnalysisStore } from '../analysisStore';
import type { ReviewView } from './reviewView';
import { comparedArticle } from './comparedArticle';
import { fileName, readSidecar } from './sidecarFile';
import { workspaceFiles } from '../workspaceFiles';

/** Two sidecars from the workspace, picked in one QuickPick. */
async function pickTwo(): Promise<vscode.Uri[] | undefined> {
  const found = await workspaceFiles([`**/*${SIDECAR_SUFFIX}`], 500);
  if (found.length < 2) {
    void vscode.window.showInformationMessage(`Policy Lens: Compare Annotations needs two annotation files (*${SIDECAR_SUFFIX}) in the workspace; found ${found.length}.`);
    return undefined;
  }
  const items = found.map((uri) => ({ label: fileName(uri), description: vscode.workspace.asRelativePath(uri), uri }));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Compare Annotations: pick two annotation files of the same article' });
  if (!picked) return undefined;
  if (picked.length !== 2) {
    void vscode.window.showInformationMessage('Policy Lens: pick exactly two annotation files.');
    return undefined;
  }
  return picked.map((p) => p.uri);
}

/**
 * "Policy Lens: Compare Annotations": merges each annotator's sidecar into
 * the same extraction and reports span F1 per label, kappa on claim types,
 * and the disagreements, in the Review view.
 */
export async function compareAnnotations(store: AnalysisStore, view: ReviewView, a?: vscode.Uri, b?: vscode.Uri): Promise<Agreement | undefined> {
  try {
    return await compare(store, view, a, b);
  } catch (error) {
    // A command's rejection is shown nowhere: say it, rather than do nothing.
    void vscode.window.showErrorMessage(`Policy Lens: Compare Annotations failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function compare(store: AnalysisStore, view: ReviewView, a?: vscode.Uri, b?: vscode.Uri): Promise<Agreement | undefined> {
  const pair = a && b ? [a, b] : await pickTwo();
  if (!pair) return undefined;
  const read = [];
  for (const uri of pair) {
    const sidecar = await readSidecar(uri, '');
    if (sidecar.kind !== 'ok') {
      void vscode.window.showErrorMessage(`Policy Lens: cannot compare ${fileName(uri)}: ${sidecar.message}`);
      return undefined;
    }
    read.push(sidecar.sidecar);
  }
  const found = await comparedArticle(store, [read[0].article, read[1].article], pair[0]);
  if ('error' in found) {
    void vscode.window.showErrorMessage(`Policy Lens: cannot compare ${fileName(pair[0])} and ${fileName(pair[1])}: ${found.error}.`);
    return undefined;
  }
  const { document } = found;
  const raw = await store.analyzeTextOnce(document.getText());
  const merged = read.map((sidecar) => mergeAnnotations(raw, sidecar.annotations, { minCheckWorthiness: store.minCheckWorthiness }).analysis);
  const result = agreement(merged[0], merged[1]);
  view.showComparison({ article: document.uri, names: [fileName(pair[0]), fileName(pair[1])], agreement: result });
  await vscode.commands.executeCommand('policyLens.review.focus');
  return result;
}
