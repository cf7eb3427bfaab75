import * as vscode from 'vscode';
import { revertEdit } from '../../core/annotations/revertEdit';
import type { AnalysisStore } from '../analysisStore';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_COMMANDS as C, ANNOTATION_CONTEXT } from './annotationIds';
import { announce, withdrawUndoHint } from './announce';
import type { Direction } from './reviewHistory';

/** The article the undo is about: the active editor's, which the Claims and Review views also show. */
function activeArticle(store: AnalysisStore): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && store.isArticle(document) ? document : undefined;
}

/**
 * True when the newest review (or undone review) of the article is the last
 * thing done to it: no text changed since. Then Ctrl+Z takes the review back,
 * in the order the user did things; once the text changed, Ctrl+Z is the
 * text's own undo again, and the review is taken back from the palette.
 */
export function isLast(book: AnnotationBook, document: vscode.TextDocument, direction: Direction): boolean {
  const state = book.state(document.uri);
  return !!state && book.history.peek(state, direction)?.version === document.version;
}

const FALLBACK: Record<Direction, string> = { undo: 'undo', redo: 'redo' };

/**
 * Undo Review and Redo Review. VS Code has no API to put a change that is not
 * text on an editor's undo stack, so Ctrl+Z is bound to this command while a
 * review is the last thing done in the article (`keyed`); should the text have
 * changed in the meantime, the editor's own undo runs instead. From the
 * palette it takes back the newest review whatever the text did since.
 */
async function step(store: AnalysisStore, book: AnnotationBook, direction: Direction, keyed: boolean, refresh: () => void): Promise<boolean> {
  const document = activeArticle(store);
  if (keyed && (!document || !isLast(book, document, direction))) {
    await vscode.commands.executeCommand(FALLBACK[direction]);
    return false;
  }
  const state = document && book.state(document.uri);
  const next = state && book.history.peek(state, direction);
  if (!document || !state || !next) {
    const why = !document ? 'open an article first' : direction === 'undo'
      ? 'no review made since the article was opened is left to undo (Clear Review takes back any review)'
      : 'no undone review to redo';
    void vscode.window.showInformationMessage(`Policy Lens: ${why}.`);
    return false;
  }
  let refused = false;
  const [from, to] = direction === 'undo' ? [next.after, next.before] : [next.before, next.after];
  const ok = await book.update(document, (list) => {
    const out = revertEdit(list, from, to);
    refused = out === null;
    return out ?? [...list];
  }, null);
  if (refused) {
    book.history.drop(state, direction);
    refresh();
    void vscode.window.showWarningMessage(`Policy Lens: cannot ${direction} “${next.what}”: the item was reviewed again since. Nothing was changed.`);
    return false;
  }
  if (!ok) return false;
  book.history.moved(state, direction, document.version);
  refresh();
  announce(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${next.what}`);
  return true;
}

/** Keeps `policyLens.canUndoReview` and `policyLens.canRedoReview` true while Ctrl+Z / Ctrl+Y would act on a review. */
function trackContext(store: AnalysisStore, book: AnnotationBook): { refresh: () => void; disposable: vscode.Disposable } {
  const shown = { undo: false, redo: false };
  const refresh = () => {
    const document = activeArticle(store);
    for (const direction of ['undo', 'redo'] as const) {
      const now = !!document && isLast(book, document, direction);
      if (now === shown[direction]) continue;
      shown[direction] = now;
      void vscode.commands.executeCommand('setContext', ANNOTATION_CONTEXT[direction], now);
      if (direction === 'undo' && !now) withdrawUndoHint();
    }
  };
  const disposable = vscode.Disposable.from(
    book.onDidChange(refresh),
    vscode.window.onDidChangeActiveTextEditor(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && refresh()),
  );
  return { refresh, disposable };
}

export function registerReviewUndo(store: AnalysisStore, book: AnnotationBook): vscode.Disposable {
  const context = trackContext(store, book);
  return vscode.Disposable.from(
    context.disposable,
    vscode.commands.registerCommand(C.undoReview, (keyed?: unknown) => step(store, book, 'undo', keyed === 'key', context.refresh)),
    vscode.commands.registerCommand(C.redoReview, (keyed?: unknown) => step(store, book, 'redo', keyed === 'key', context.refresh)),
  );
}
