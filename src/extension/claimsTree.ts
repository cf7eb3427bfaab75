import * as vscode from 'vscode';
import type { Analysis } from '../core/model';
import type { AnalysisStore } from './analysisStore';
import { groupClaims, matchesFilter, type GroupBy } from './claimGroups';
import { claimTooltip, toTreeItem, type ClaimNode, type ClaimTreeNode, type GroupNode } from './claimItems';
import { CONTEXT, VIEWS } from './ids';
import { timed } from './output';
import { spansWithin } from './spansWithin';
import { claimsHeader, followTarget, notAnalysedReason } from './claimsViewState';
import { editorsNow, onDidChangeEditors } from './editorTabs';

const fileName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? 'This article';
/** The document name the narrative claims go under: its headline, else its file name. */
const articleName = (analysis: Analysis, uri: vscode.Uri) => analysis.article.title ?? fileName(uri);

/**
 * The Claims view of the active article (or the one still shown beside it): grouped by speaker or type, filtered
 * by text, following the active editor and the cursor.
 */
export class ClaimsTree implements vscode.TreeDataProvider<ClaimTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ClaimTreeNode>;
  private readonly subscriptions: vscode.Disposable[];
  private document: vscode.TextDocument | undefined;
  private analysis: Analysis | undefined;
  /** The document `analysis` belongs to: while another's is pending, its claims must not be shown. */
  private analysisOf: vscode.TextDocument | undefined;
  private roots: GroupNode[] = [];
  private byClaim = new Map<string, ClaimNode>();
  /** The analysis changed while the view was hidden: the groups are rebuilt when next needed. */
  private stale = false;
  groupBy: GroupBy = 'speaker';
  filter = '';

  constructor(private readonly store: AnalysisStore) {
    this.view = vscode.window.createTreeView(VIEWS.claims, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions = [
      this.view,
      this.changed,
      store.onDidChange((e) => e.document === this.document && this.invalidate()),
      // A language switch changes no editor, yet may make the active document an article or take that away.
      store.onDidSwitch(() => this.follow()),
      this.view.onDidChangeVisibility((e) => e.visible && this.stale && this.rebuild()),
      onDidChangeEditors(() => this.follow()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.revealAt(e.textEditor)),
    ];
    void vscode.commands.executeCommand('setContext', CONTEXT.groupBy, this.groupBy);
    this.follow();
  }

  /** The article the view shows, if any. */
  get current(): { document: vscode.TextDocument; analysis: Analysis } | undefined {
    this.ensure();
    return this.document && this.analysis ? { document: this.document, analysis: this.analysis } : undefined;
  }

  getTreeItem(node: ClaimTreeNode): vscode.TreeItem {
    return toTreeItem(node, this.byClaim.size, this.analysisOf?.uri.toString() ?? '');
  }

  resolveTreeItem(item: vscode.TreeItem, node: ClaimTreeNode): vscode.TreeItem {
    if (node.type === 'claim' && this.analysis) item.tooltip = claimTooltip(this.analysis, node.claim);
    return item;
  }

  getChildren(node?: ClaimTreeNode): ClaimTreeNode[] {
    this.ensure();
    if (!node) return this.roots;
    return node.type === 'group' ? node.group.claims.map((c) => this.byClaim.get(c.id)!) : [];
  }

  getParent(node: ClaimTreeNode): ClaimTreeNode | undefined {
    return node.type === 'claim' ? node.parent : undefined;
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    void vscode.commands.executeCommand('setContext', CONTEXT.groupBy, groupBy);
    this.rebuild();
  }

  setFilter(filter: string): void {
    this.filter = filter.trim();
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, this.filter.length > 0);
    this.rebuild();
  }

  /** Selects a claim's item, e.g. from a hover's "Reveal in Claims view". */
  async reveal(claimId: string, focus: boolean): Promise<boolean> {
    this.ensure();
    const node = this.byClaim.get(claimId);
    if (!node) return false;
    await this.view.reveal(node, { select: true, focus, expand: true });
    return true;
  }

  private follow(): void {
    const next = followTarget({ ...editorsNow((d) => !d.isClosed && this.store.isArticle(d)), current: this.document });
    if (next === this.document) return;
    this.document = next;
    void vscode.commands.executeCommand('setContext', CONTEXT.articleActive, !!this.document);
    // The store's change event usually rebuilt the view already; only a missed analysis needs another.
    if (this.document) void this.store.get(this.document).then(() => this.document && this.store.peek(this.document) !== this.analysis && this.invalidate());
    this.invalidate();
  }

  /** A hidden view only counts the claims; grouping 55k of them waits until someone looks. */
  private invalidate(): void {
    // A review of a figure, date or quote leaves the claims as they were: their rows stand (a long report's tens of thousands).
    const next = this.document && this.analysisOf === this.document && !this.stale ? this.store.peek(this.document) : undefined;
    if (next && next.claims === this.analysis?.claims) {
      this.analysis = next;
      return;
    }
    if (this.view.visible) return timed(this.store.log, 'Rebuilding the Claims view', () => this.rebuild());
    this.stale = true;
    this.takeLatest();
    const count = this.analysis ? (this.filter ? this.analysis.claims.filter((c) => matchesFilter(c, this.filter)).length : this.analysis.claims.length) : 0;
    this.setBadge(count);
  }

  private ensure(): void {
    if (this.stale) this.build();
  }

  private rebuild(): void {
    this.build();
    this.changed.fire();
  }

  private setBadge(count: number): void {
    this.view.badge = count ? { value: count, tooltip: `${count} check-worthy claim${count === 1 ? '' : 's'}` } : undefined;
  }

  /** The current analysis of the shown document; during an edit's debounce its last one, never another document's. */
  private takeLatest(): void {
    const kept = this.analysisOf === this.document ? this.analysis : undefined;
    this.analysis = this.document ? this.store.peek(this.document) ?? kept : undefined;
    this.analysisOf = this.document;
  }

  private build(): void {
    this.stale = false;
    this.takeLatest();
    const groups = this.analysis && this.document ? groupClaims(this.analysis, this.groupBy, articleName(this.analysis, this.document.uri), this.filter) : [];
    this.roots = groups.map((group) => ({ type: 'group', group }));
    this.byClaim = new Map(this.roots.flatMap((parent) => parent.group.claims.map((claim): [string, ClaimNode] => [claim.id, { type: 'claim', claim, parent }])));
    this.setBadge(this.byClaim.size);
    const name = this.document && (this.analysis ? articleName(this.analysis, this.document.uri) : fileName(this.document.uri));
    const notAnalysed = notAnalysedReason(this.analysis);
    const header = claimsHeader(name, !!this.document && !this.analysis, this.filter, notAnalysed);
    this.view.message = header.message;
    this.view.description = header.description;
    void vscode.commands.executeCommand('setContext', CONTEXT.analysing, !!this.document && !this.analysis);
    void vscode.commands.executeCommand('setContext', CONTEXT.notAnalysed, !!notAnalysed);
  }

  private revealAt(editor: vscode.TextEditor): void {
    if (!this.view.visible || editor.document !== this.document || !this.analysis) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const claim = spansWithin(this.analysis.claims, [{ start: offset, end: offset }]).find((c) => c.start <= offset && offset < c.end);
    if (claim && this.byClaim.has(claim.id)) void this.reveal(claim.id, false);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
