import * as vscode from 'vscode';
import type { AnnotationFields } from '../../core/annotations/model';
import { SIDECAR_SUFFIX } from '../../core/annotations/sidecarPath';
import type { EditorApi } from '../registerEditor';
import { AnnotationBook } from './annotationBook';
import { ANNOTATION_COMMANDS as C } from './annotationIds';
import { affectsAnnotationSettings, readAnnotationSettings } from './annotationSettings';
import { annotateSelection } from './annotateSelection';
import { compareAnnotations } from './compareAnnotations';
import { exportAnnotated } from './exportAnnotated';
import { followRenames } from './followRenames';
import { registerOrphanCommands } from './orphanCommands';
import { registerReviewActions } from './reviewCodeActions';
import { registerReviewCommands } from './reviewCommands';
import { ReviewDecorations } from './reviewDecorations';
import { registerReviewHover } from './reviewHover';
import { registerReviewStatus } from './reviewStatus';
import { registerReviewUndo } from './reviewUndo';
import { ReviewView } from './reviewView';

/** What hand annotation hands to the integration tests. */
export interface AnnotationsApi {
  readonly book: AnnotationBook;
  readonly view: ReviewView;
  readonly decorations: ReviewDecorations;
  /** The review status item: "$(pass) 3 reviewed", or the lock of a read-only sidecar. */
  readonly status: vscode.StatusBarItem;
}

/** Reloads a sidecar that changed outside this editor (another editor, `git pull`); our own writes are skipped. */
function watchSidecars(book: AnnotationBook): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // A checkout replaces files in several steps: read once they settle.
  const onDisk = (uri: vscode.Uri) => {
    const key = uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      const state = book.all().find((s) => s.sidecar.toString() === key);
      const document = state && vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.article.toString());
      if (document) void book.reload(document);
    }, 100));
  };
  const stop = new vscode.Disposable(() => timers.forEach((t) => clearTimeout(t)));
  return vscode.Disposable.from(watcher, stop, watcher.onDidChange(onDisk), watcher.onDidCreate(onDisk), watcher.onDidDelete(onDisk));
}

/**
 * Hand annotation over the editor features: sidecars, review commands, the
 * lightbulb, hover links, the Review view, decorations, status, exports.
 */
export function registerAnnotations(context: vscode.ExtensionContext, editor: EditorApi): AnnotationsApi {
  let settings = readAnnotationSettings();
  const current = () => settings;
  const { store, claimsTree: tree } = editor;
  const book = new AnnotationBook(store, current);
  const view = new ReviewView(store, book);
  const decorations = new ReviewDecorations(store, current, editor.highlights);
  const status = registerReviewStatus(store, book);
  context.subscriptions.push(
    book, view, decorations, status,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!affectsAnnotationSettings(e)) return;
      settings = readAnnotationSettings();
      book.all().forEach((s) => store.refresh(s.article));
      decorations.paintAll();
    }),
    watchSidecars(book),
    followRenames(book),
    registerReviewCommands({ store, tree, book }),
    registerReviewUndo(store, book),
    registerOrphanCommands(book),
    registerReviewActions(store),
    registerReviewHover(store),
    vscode.commands.registerCommand(C.annotateSelection, (kind?: unknown, fields?: AnnotationFields) =>
      annotateSelection(store, book, typeof kind === 'string' ? kind : undefined, fields)),
    vscode.commands.registerCommand(C.compareAnnotations, (a?: vscode.Uri, b?: vscode.Uri) => compareAnnotations(store, view, a, b)),
    vscode.commands.registerCommand(C.exportW3c, (target?: vscode.Uri) => exportAnnotated(store, 'w3c', target)),
    vscode.commands.registerCommand(C.exportBrat, (target?: vscode.Uri) => exportAnnotated(store, 'brat', target)),
    vscode.commands.registerCommand(C.exportCsv, (target?: vscode.Uri) => exportAnnotated(store, 'csv', target)),
  );
  for (const document of vscode.workspace.textDocuments) if (store.isArticle(document)) void book.load(document);
  return { book, view, decorations, status: status.item };
}
