import * as vscode from 'vscode';
import type { Agreement, Disagreement } from '../../core/annotations/agreement';
import type { Annotation } from '../../core/annotations/model';
import type { AnalysisStore } from '../analysisStore';
import { followTarget } from '../claimsViewState';
import { editorsNow, onDidChangeEditors } from '../editorTabs';
import type { AnnotationBook } from './annotationBook';
import { ANNOTATION_VIEWS } from './annotationIds';
import { toTreeItem } from './reviewItems';
import { reviewViewDescription } from './reviewTooltip';

export type ReviewNode =
  | { readonly type: 'section'; readonly section: 'attention' | 'agreement'; readonly label: string }
  | { readonly type: 'annotation'; readonly article: vscode.Uri; readonly annotation: Annotation; readonly why: 'orphan' | 'retyped' | 'unmatched' }
  | { readonly type: 'score'; readonly label: string; readonly description: string }
  | { readonly type: 'disagreement'; readonly article: vscode.Uri; readonly disagreement: Disagreement };

export interface Comparison {
  readonly article: vscode.Uri;
  readonly names: readonly [string, string];
  readonly agreement: Agreement;
}

const pct = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));

/**
 * The Review view: "Needs attention" lists the active article's annotations
 * that cannot be placed or matched, following the editors as the Claims view
 * does (followTarget: nothing once the article's last editor closed); "Agreement on <article>"
 * shows the last comparison of two annotators, whichever article is active,
 * each disagreement one click from its text.
 */
export class ReviewView implements vscode.TreeDataProvider<ReviewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ReviewNode>;
  /** The article the view follows, chosen as the Claims view chooses its own. */
  private document: vscode.TextDocument | undefined;
  private comparison: Comparison | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: AnalysisStore, private readonly book: AnnotationBook) {
    this.view = vscode.window.createTreeView(ANNOTATION_VIEWS.review, { treeDataProvider: this });
    this.subscriptions = [
      this.view, this.changed,
      book.onDidChange(() => this.refresh()),
      store.onDidChange(() => this.refresh()),
      store.onDidSwitch(() => this.refresh()),
      onDidChangeEditors(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument(() => this.refresh()),
    ];
    this.refresh();
  }

  showComparison(comparison: Comparison): void {
    this.comparison = comparison;
    this.refresh();
  }

  /** The nodes needing attention for the active article, for tests and the status bar. */
  attention(): ReviewNode[] {
    const article = this.document?.uri;
    const state = article && this.book.state(article);
    if (!state || !article) return [];
    const orphans = state.annotations.filter((a) => state.orphanIds.has(a.id))
      .map((annotation) => ({ type: 'annotation' as const, article, annotation, why: state.retyped.has(annotation.id) ? 'retyped' as const : 'orphan' as const }));
    const unmatched = state.unmatched.map((annotation) => ({ type: 'annotation' as const, article, annotation, why: 'unmatched' as const }));
    return [...orphans, ...unmatched];
  }

  getChildren(node?: ReviewNode): ReviewNode[] {
    if (!node) {
      // Empty without an article or a comparison, so the view's welcome text shows.
      const sections: ReviewNode[] = this.document ? [{ type: 'section', section: 'attention', label: 'Needs attention' }] : [];
      // Named after its article: the view follows the active editor, the comparison does not.
      if (this.comparison) sections.push({ type: 'section', section: 'agreement', label: `Agreement on ${vscode.workspace.asRelativePath(this.comparison.article)}` });
      return sections;
    }
    if (node.type !== 'section') return [];
    if (node.section === 'attention') return this.attention();
    const c = this.comparison!;
    return [
      ...c.agreement.labels.map((l): ReviewNode => ({ type: 'score', label: `${l.label}: F1 ${pct(l.f1)}`, description: `${l.both} both · ${l.onlyA} only A · ${l.onlyB} only B` })),
      { type: 'score', label: `Claim types: κ ${pct(c.agreement.claimTypeKappa)}`, description: `${c.agreement.matchedClaims} matched claims` },
      ...c.agreement.disagreements.map((d): ReviewNode => ({ type: 'disagreement', article: c.article, disagreement: d })),
    ];
  }

  getTreeItem(node: ReviewNode): vscode.TreeItem {
    const description = node.type !== 'section' ? '' : node.section === 'attention' ? `${this.getChildren(node).length}` : (this.comparison?.names.join(' ↔ ') ?? '');
    return toTreeItem(node, description);
  }

  private refresh(): void {
    this.document = followTarget({ ...editorsNow((d) => !d.isClosed && this.store.isArticle(d)), current: this.document });
    const attention = this.attention().length;
    this.view.description = reviewViewDescription(this.document && vscode.workspace.asRelativePath(this.document.uri), attention);
    this.changed.fire();
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
