import * as vscode from 'vscode';
import { clearReview } from '../../core/annotations/editAnnotations';
import { isDecision, type Annotation } from '../../core/annotations/model';
import { choiceAt, describeItem } from '../../core/annotations/reviewChoice';
import type { ExportItem } from '../../core/export/exportItems';
import { announce } from './announce';
import type { ReviewDeps } from './reviewCommands';
import { pickOne, resolveTarget, selectionOffsets } from './reviewTarget';

/** An annotation as choiceAt and the messages see an item: its kind, label and text. */
const asItem = (a: Annotation): ExportItem & { annotation: Annotation } => ({
  id: a.id, kind: a.kind, label: a.fields.label ?? a.kind, start: a.position.start, end: a.position.end, text: a.quote.exact,
  speaker: null, claimType: null, value: null, review: null, annotation: a,
});

const reviewed = (a: Annotation) => isDecision(a.status);

/**
 * The review to take back. At the cursor it is found among the sidecar's
 * annotations, not the analysis: a rejected item is hidden from the analysis
 * (policyLens.showRejected off) but must still be reachable.
 */
async function which(deps: ReviewDeps, args: unknown[]): Promise<{ document: vscode.TextDocument; annotation: Annotation } | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (args.length || !editor || !deps.store.isArticle(editor.document)) {
    const t = await resolveTarget(deps.store, deps.tree, args);
    const id = t?.item.review?.annotationId;
    const annotation = t && id !== undefined ? deps.book.state(t.document.uri)?.annotations.find((a) => a.id === id) : undefined;
    return t && annotation && { document: t.document, annotation };
  }
  const state = await deps.book.load(editor.document);
  const placed = state.annotations.filter((a) => reviewed(a) && a.status !== 'added' && !state.orphanIds.has(a.id)).map(asItem);
  const [start, end] = selectionOffsets(editor);
  const item = await pickOne(choiceAt(placed, start, end), (i) => ({ label: describeItem(i), description: i.annotation.status }));
  return item && { document: editor.document, annotation: item.annotation };
}

/** Clear Review: the item under the cursor (or named by a link or the Claims view) is unreviewed again. */
export async function clearReviewCommand(deps: ReviewDeps, args: unknown[]): Promise<boolean> {
  const found = await which(deps, args);
  if (!found || !reviewed(found.annotation)) {
    void vscode.window.showInformationMessage('Policy Lens: nothing reviewed here to clear. Put the cursor on a confirmed, rejected or edited item.');
    return false;
  }
  const { document, annotation } = found;
  const what = describeItem(asItem(annotation));
  if (annotation.status === 'added') {
    void vscode.window.showInformationMessage(`Policy Lens: the ${what} was added by hand; Reject removes it.`);
    return false;
  }
  const done = `Cleared the review of ${what}`;
  const ok = await deps.book.update(document, (list, ctx) => clearReview(list, annotation.id, ctx), done);
  if (ok) announce(done, true);
  return ok;
}
