import * as vscode from 'vscode';
import type { EditContext } from '../../core/annotations/editAnnotations';
import type { Annotation } from '../../core/annotations/model';
import { parseSidecar } from '../../core/annotations/parseSidecar';
import { shiftAnnotations } from '../../core/annotations/shiftAnnotations';
import { storedItemIds } from '../../core/annotations/storedItemIds';
import type { Analysis } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import type { AnnotationSettings } from './annotationSettings';
import { newIdFor, stateFrom, type ArticleState } from './articleState';
import { mergeState } from './mergeState';
import { dirtySidecar, diskMatches, fileName, readSidecar, sidecarUri, writeState, type ItemIdsOf, type SidecarRead } from './sidecarFile';
import { reportDirtySidecar, reportReadOnly, reportUntitled } from './readOnlyMessage';
import { reportView, sidecarHome } from './sidecarHome';
import { matchesSaved } from '../savedText';
import { ReviewHistory } from './reviewHistory';

const NO_SIDECAR: SidecarRead = { ...parseSidecar('', ''), raw: null };

/**
 * The annotations of every open article: loaded from the sidecar beside it,
 * moved live with the text, merged into the store's analysis, written back
 * atomically, reloaded when the sidecar changes on disk. The one owner of sidecars.
 */
export class AnnotationBook implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly loading = new Map<string, Promise<ArticleState>>();
  private readonly writes = new WeakMap<ArticleState, Promise<void>>();
  /** Articles changed to their saved text whose next merge should write the sidecar. */
  private readonly reverted = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly subscriptions: vscode.Disposable[];
  /** Fires after an article's annotations changed (edit, reload, orphaning). */
  readonly onDidChange = this.emitter.event;
  /** Every review made through `update`, to undo and redo. */
  readonly history = new ReviewHistory();

  constructor(private readonly store: AnalysisStore, private readonly settings: () => AnnotationSettings) {
    this.subscriptions = [
      this.emitter,
      store.addTransform((document, raw) => this.merge(document, raw)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        this.follow(e);
        // Reverted, reloaded after a change on disk, or undone to the saved text: the sidecar follows the file,
        // now and again once the merge has re-anchored what the change orphaned. A change of text alone
        // cannot say so: `isDirty` still reads false during the first edit of a clean file.
        if (e.document.isDirty) return;
        void this.writeIfStale(e.document, undefined, false, e.contentChanges.length > 0);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => void this.writeIfStale(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.closed(d)),
    ];
  }

  /** The loaded state of an article, if any. */
  state(uri: vscode.Uri): ArticleState | undefined {
    return this.states.get(uri.toString());
  }

  /** Every loaded article state, for the watcher and the views. */
  all(): ArticleState[] {
    return [...this.states.values()];
  }

  /** Loads an article's sidecar once; later calls get the same state. */
  load(document: vscode.TextDocument): Promise<ArticleState> {
    const key = document.uri.toString();
    const known = this.states.get(key);
    if (known) return Promise.resolve(known);
    const running = this.loading.get(key);
    if (running) return running;
    const promise = this.read(document).finally(() => this.loading.delete(key));
    this.loading.set(key, promise);
    return promise;
  }

  /** Rereads the sidecar, e.g. after `git pull` changed it; our own writes are recognised and skipped. */
  async reload(document: vscode.TextDocument): Promise<ArticleState> {
    if (sidecarHome(document.uri) !== 'file') return this.load(document);
    const old = this.states.get(document.uri.toString());
    const reading = () => readSidecar(sidecarUri(document.uri), fileName(document.uri));
    // Read between our own writes, never during one: a read from before a write compared with the text
    // it wrote would take our last file for someone else's and drop what was done since (the undo history too).
    const read = old ? await this.queued(old, reading) : await reading();
    if (old && read.raw === old.known) return old;
    const state = this.adopt(document, stateFrom(document.uri, sidecarUri(document.uri), read, document.getText()));
    if (state.readOnly) reportReadOnly(state);
    return state;
  }

  /**
   * The one write path: applies a pure edit to the annotations and writes the
   * sidecar. Refuses when the sidecar is read-only or changed on disk since it
   * was read (then reloads it), so no one's work is overwritten. `what` names
   * the review for its undo; null for an undo or redo, which is not recorded.
   */
  async update(document: vscode.TextDocument, edit: (list: readonly Annotation[], ctx: EditContext) => Annotation[], what: string | null = 'review'): Promise<boolean> {
    const home = sidecarHome(document.uri);
    if (home !== 'file') {
      if (home === 'untitled') reportUntitled(document);
      else reportView(document);
      return false;
    }
    const state = await this.load(document);
    if (state.readOnly) {
      reportReadOnly(state);
      return false;
    }
    if (dirtySidecar(state)) {
      reportDirtySidecar(state);
      return false;
    }
    // Checked after our own writes asked for so far (the one a save starts, say): read while one is landing,
    // the disk would hold our older file while `known` already names the newer, a change on disk that is not one.
    if (!(await this.queued(state, () => diskMatches(state)))) {
      await this.reload(document);
      void vscode.window.showWarningMessage(`Policy Lens: ${fileName(state.sidecar)} changed on disk and was reloaded. Please repeat the last action.`);
      return false;
    }
    const { author } = this.settings();
    const ctx: EditContext = { text: document.getText(), author, now: new Date().toISOString(), newId: newIdFor(state.annotations) };
    const version = document.version;
    const list = state.annotations;
    const before = new Map(list.map((a) => [a.id, a]));
    const after = edit(list, ctx);
    state.annotations = after;
    // An orphan the edit touched (re-attached) is placed again; untouched ones stay orphans.
    state.orphanIds = new Set(state.annotations.filter((a) => state.orphanIds.has(a.id) && before.get(a.id) === a).map((a) => a.id));
    state.retyped = new Set([...state.retyped].filter((id) => state.orphanIds.has(id)));
    // A review made (or undone) on the words as they are now is judged by them from now on.
    state.following = new Map([...state.following].filter(([id]) => before.get(id) === after.find((a) => a.id === id)));
    if (what !== null && (after.length !== list.length || after.some((a, i) => a !== list[i]))) this.history.record(state, { before: list, after, version, what });
    // Shown before it is written: the write of an unsaved long article first analyses the saved text (seconds).
    // Held here meanwhile; should the write fail, the sidecar stays stale and is written with the next save.
    this.changed(document.uri);
    try {
      await this.serially(state, () => writeState(state, document, false, this.itemIdsOf));
    } catch (error) {
      void vscode.window.showErrorMessage(`Policy Lens: could not write ${fileName(state.sidecar)} (${String(error)}). The review is kept here and written when the article is saved.`);
    }
    return true;
  }

  private async read(document: vscode.TextDocument): Promise<ArticleState> {
    // An untitled article or a read-only view has no file to put a sidecar beside: nothing to read, and nothing damaged.
    const read = sidecarHome(document.uri) !== 'file' ? NO_SIDECAR : await readSidecar(sidecarUri(document.uri), fileName(document.uri));
    const state = this.adopt(document, stateFrom(document.uri, sidecarUri(document.uri), read, document.getText()));
    if (state.readOnly) reportReadOnly(state);
    return state;
  }

  private adopt(document: vscode.TextDocument, state: ArticleState): ArticleState {
    const before = this.states.get(document.uri.toString());
    this.states.set(document.uri.toString(), state);
    // Without annotations before or after, the merged analysis is the raw one: no need to redo every view.
    this.changed(document.uri, !!before?.annotations.length || state.annotations.length > 0);
    return state;
  }

  private changed(uri: vscode.Uri, remerge = true): void {
    if (remerge) this.store.refresh(uri);
    this.emitter.fire(uri);
  }

  /** The store's transform: the reviewed analysis, orphans re-tried against the current text. */
  private merge(document: vscode.TextDocument, raw: Analysis): Analysis {
    if (sidecarHome(document.uri) !== 'file') return raw;
    const state = this.states.get(document.uri.toString());
    if (!state) {
      void this.load(document);
      return raw;
    }
    const merged = mergeState(state, raw, document.getText(), { showRejected: this.settings().showRejected, minCheckWorthiness: this.store.minCheckWorthiness });
    if (merged.orphansChanged) setTimeout(() => this.emitter.fire(document.uri), 0);
    // Re-anchored in the text just reverted or reloaded from disk: the sidecar follows at once.
    if (raw.text === document.getText() && this.reverted.delete(document.uri.toString()) && !document.isDirty) void this.writeIfStale(document);
    return merged.analysis;
  }

  /** The stored itemIds: those of the saved text with every claim counted, not the editor's nor the threshold's. */
  private readonly itemIdsOf: ItemIdsOf = async (saved, annotations) => storedItemIds(await this.store.analyzeTextOnce(saved), annotations);

  private follow(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || !e.contentChanges.length || !state.annotations.length) return;
    const shifted = shiftAnnotations(state.annotations, state.orphanIds, e.contentChanges, e.document.getText(), state.following);
    if (!shifted.changed) return;
    state.annotations = shifted.annotations;
    state.following = shifted.following;
    state.orphanIds = new Set([...state.orphanIds, ...shifted.orphaned]);
    state.retyped = new Set([...state.retyped, ...shifted.retyped]);
    state.stale = true;
    if (shifted.orphaned.length) this.emitter.fire(e.document.uri);
    if (shifted.retyped.length) void this.unlessFromDisk(e.document, state, shifted.retyped);
  }

  /**
   * Words replaced by the file's own (a reload after a change on disk, a
   * revert) are found again as on open, near matches included; only words
   * typed over in the editor keep their reviews detached. `isDirty` cannot
   * tell the two apart: it still reads false during the first edit of a clean file.
   */
  private async unlessFromDisk(document: vscode.TextDocument, state: ArticleState, ids: readonly string[]): Promise<void> {
    if (!(await matchesSaved(document, 'any')) || this.states.get(document.uri.toString()) !== state) return;
    state.retyped = new Set([...state.retyped].filter((id) => !ids.includes(id)));
    this.reverted.add(document.uri.toString());
    this.store.refresh(document.uri);
  }

  /**
   * Rewrites the sidecar when its selectors may no longer fit the saved article.
   * `ifSaved`: only when the editor now holds the saved file (a revert or a reload,
   * not typing); then the merge that re-anchors the text writes again.
   */
  private writeIfStale(document: vscode.TextDocument, state = this.states.get(document.uri.toString()), closed = false, ifSaved = false): Promise<void> {
    if (!state) return Promise.resolve();
    return this.serially(state, async () => {
      if (ifSaved && state.annotations.length) {
        if (!(await matchesSaved(document, 'any'))) return;
        this.reverted.add(document.uri.toString());
        // The merge of this text may be done already: it is redone, now that it is known to be the file's.
        this.store.refresh(document.uri);
      }
      // Left stale while the sidecar has unsaved edits in an editor: written once they are saved or reverted.
      if (!state.stale || state.readOnly || (state.known === null && !state.annotations.length) || dirtySidecar(state)) return;
      if (await diskMatches(state)) await writeState(state, document, closed, this.itemIdsOf);
    });
  }

  /** Resolves once the sidecar writes asked for so far, and the checks that may ask for one, are done (for tests). */
  settled(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    return (state && this.writes.get(state)) ?? Promise.resolve();
  }

  /** Runs an article's sidecar writes one after another, so an older one never lands last. */
  private serially(state: ArticleState, job: () => Promise<void>): Promise<void> {
    return this.queued(state, job);
  }

  /** Runs `job` after the article's sidecar jobs asked for so far, and before any asked for later. */
  private queued<T>(state: ArticleState, job: () => Promise<T>): Promise<T> {
    const run = (this.writes.get(state) ?? Promise.resolve()).then(job);
    this.writes.set(state, run.then(() => undefined, () => undefined));
    return run;
  }

  /**
   * Forgets a closed article. Closed without saving, its sidecar may hold
   * selectors of edits now thrown away: they are carried back to the saved
   * file. A language switch also closes the document, but keeps it open.
   */
  private closed(document: vscode.TextDocument): void {
    const state = this.states.get(document.uri.toString());
    this.states.delete(document.uri.toString());
    this.reverted.delete(document.uri.toString());
    if (state && !vscode.workspace.textDocuments.includes(document)) void this.writeIfStale(document, state, true);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
