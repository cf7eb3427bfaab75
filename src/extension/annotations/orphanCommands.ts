import * as vscode from 'vscode';
import { reattach, removeAnnotation } from '../../core/annotations/editAnnotations';
import { sameNumbers } from '../../core/annotations/sameNumbers';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_COMMANDS as C } from './annotationIds';
import { toRange } from '../ranges';
import { announce } from './announce';
import type { ReviewNode } from './reviewView';
import { sidecarUri } from './sidecarFile';

/** `[uri, annotationId]` or a Review view node → the article and the annotation id. */
function which(args: unknown[]): { uri: string; id: string } | undefined {
  const [first, id] = args;
  if (typeof first === 'string' && typeof id === 'string') return { uri: first, id };
  const node = first as ReviewNode | undefined;
  return node?.type === 'annotation' ? { uri: node.article.toString(), id: node.annotation.id } : undefined;
}

const openDocument = (uri: string) =>
  vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? vscode.workspace.openTextDocument(vscode.Uri.parse(uri));

const RE_ATTACH = 'Re-attach Anyway';

const shown = (s: string) => (s.length > 60 ? `${s.slice(0, 59)}…` : s);

/**
 * Asks before a review moves onto text with other numbers than it was made on:
 * "around 40%" confirmed is not "around 45%" confirmed. Not modal, so the
 * question can be answered, and tested, like any other message.
 */
async function numbersAgree(reviewed: string, selected: string): Promise<boolean> {
  if (sameNumbers(reviewed, selected)) return true;
  const answer = await vscode.window.showWarningMessage(
    `Policy Lens: the selection “${shown(selected)}” states other numbers than the reviewed text “${shown(reviewed)}”. Re-attach the review anyway?`,
    RE_ATTACH,
  );
  return answer === RE_ATTACH;
}

/** Puts an orphan (or an unmatched review) on the text selected in its article. */
async function reattachOrphan(book: AnnotationBook, args: unknown[]): Promise<boolean> {
  const target = which(args);
  const editor = vscode.window.activeTextEditor;
  if (!target || !editor || editor.document.uri.toString() !== target.uri || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('Policy Lens: select the text in the article first, then re-attach.');
    return false;
  }
  const start = editor.document.offsetAt(editor.selection.start);
  const end = editor.document.offsetAt(editor.selection.end);
  const reviewed = book.state(editor.document.uri)?.annotations.find((a) => a.id === target.id)?.quote.exact;
  if (reviewed !== undefined && !(await numbersAgree(reviewed, editor.document.getText(editor.selection)))) return false;
  const what = `Re-attached the review to “${shown(editor.document.getText(editor.selection))}”`;
  const ok = await book.update(editor.document, (list, ctx) => reattach(list, target.id, start, end, ctx), what);
  if (ok) announce(what, true);
  return ok;
}

async function deleteAnnotation(book: AnnotationBook, args: unknown[]): Promise<boolean> {
  const target = which(args);
  if (!target) return false;
  const document = await openDocument(target.uri);
  const gone = book.state(document.uri)?.annotations.find((a) => a.id === target.id);
  const what = `Deleted the annotation of “${shown(gone?.quote.exact ?? target.id)}”`;
  const ok = await book.update(document, (list) => removeAnnotation(list, target.id), what);
  if (ok) announce(what, true);
  return ok;
}

/** Selects [start, end) of an article and scrolls to it. */
async function revealRange(uri: string, start: number, end: number): Promise<void> {
  const editor = await vscode.window.showTextDocument(await openDocument(uri));
  const range = toRange(editor.document, { start, end });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function openSidecar(uri?: unknown): Promise<void> {
  const article = typeof uri === 'string' ? vscode.Uri.parse(uri) : vscode.window.activeTextEditor?.document.uri;
  if (article) await vscode.window.showTextDocument(sidecarUri(article));
}

export function registerOrphanCommands(book: AnnotationBook): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(C.reattachOrphan, (...args: unknown[]) => reattachOrphan(book, args)),
    vscode.commands.registerCommand(C.deleteAnnotation, (...args: unknown[]) => deleteAnnotation(book, args)),
    vscode.commands.registerCommand(C.revealRange, (uri: string, start: number, end: number) => revealRange(uri, start, end)),
    vscode.commands.registerCommand(C.openSidecar, (uri?: unknown) => openSidecar(uri)),
  );
}
