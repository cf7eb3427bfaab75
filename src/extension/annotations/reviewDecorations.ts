import * as vscode from 'vscode';
import { exportItemsWhere } from '../../core/export/exportItems';
import type { AnalysisStore } from '../analysisStore';
import { toRange } from '../ranges';
import { ANNOTATION_COLORS } from './annotationIds';
import { FALLBACK_COLOR, type AnnotationSettings } from './annotationSettings';
import { markEnd } from './markEnd';

/** Toggle Highlights as the review marks see it. */
export interface HighlightsState {
  readonly hidden: boolean;
  readonly onDidChange: vscode.Event<boolean>;
}

export interface ReviewRanges {
  readonly rejected: vscode.Range[];
  readonly confirmed: vscode.Range[];
  readonly edited: vscode.Range[];
  /** Custom label name → its ranges. */
  readonly labels: Map<string, vscode.Range[]>;
}

/**
 * Paints the reviewed state over the engine's highlights: rejected items
 * struck through (when shown at all), a ✓ or ✎ after confirmed and edited
 * ones (after the closing quotation mark for a claim that ends just inside
 * one), and custom labels in their configured colours. Hidden, as every
 * highlight is, while Toggle Highlights has them off.
 */
export class ReviewDecorations implements vscode.Disposable {
  private readonly rejected = vscode.window.createTextEditorDecorationType({
    textDecoration: 'line-through', opacity: '0.6', color: new vscode.ThemeColor(ANNOTATION_COLORS.rejected),
  });
  private readonly confirmed = vscode.window.createTextEditorDecorationType({
    after: { contentText: ' ✓', color: new vscode.ThemeColor(ANNOTATION_COLORS.confirmed) },
  });
  private readonly edited = vscode.window.createTextEditorDecorationType({
    after: { contentText: ' ✎', color: new vscode.ThemeColor(ANNOTATION_COLORS.edited) },
  });
  private readonly labelTypes = new Map<string, vscode.TextEditorDecorationType>();
  private readonly painted = new Map<vscode.TextEditor, ReviewRanges>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly store: AnalysisStore, private readonly settings: () => AnnotationSettings, private readonly highlights: HighlightsState) {
    this.subscriptions = [
      highlights.onDidChange(() => this.paintAll()),
      store.onDidChange(() => this.paintAll()),
      store.onDidSwitch(() => this.paintAll()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
    ];
    this.paintAll();
  }

  /** What was painted in an editor, for the integration tests. */
  rangesOf(editor: vscode.TextEditor): ReviewRanges | undefined {
    return this.painted.get(editor);
  }

  paintAll(): void {
    this.painted.clear();
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private labelType(name: string): vscode.TextEditorDecorationType {
    const color = this.settings().labels.find((l) => l.name === name)?.color ?? FALLBACK_COLOR;
    const key = `${name}\u0000${color}`;
    let type = this.labelTypes.get(key);
    if (!type) {
      type = vscode.window.createTextEditorDecorationType({ backgroundColor: `${color}33`, border: `1px solid ${color}`, borderRadius: '2px' });
      this.labelTypes.set(key, type);
    }
    return type;
  }

  private paint(editor: vscode.TextEditor): void {
    const analysis = this.store.isArticle(editor.document) && !this.highlights.hidden ? this.store.peek(editor.document) : undefined;
    const ranges: ReviewRanges = { rejected: [], confirmed: [], edited: [], labels: new Map() };
    const doc = editor.document;
    // Only hand annotations carry reviews or labels: without any, a 5 MB article's spans need no visit.
    const reviewed = analysis && (analysis.annotations?.length || analysis.labels?.length) ? exportItemsWhere(analysis, (s, kind) => kind === 'label' || !!s.review) : [];
    const quotes = analysis?.quotes ?? [];
    for (const item of reviewed) {
      const status = item.review?.status;
      const marked = status === 'rejected' || status === 'confirmed' || status === 'edited';
      if (item.kind !== 'label' && !marked) continue;
      const range = toRange(doc, item);
      if (item.kind === 'label') ranges.labels.set(item.label, [...(ranges.labels.get(item.label) ?? []), range]);
      if (status === 'rejected') ranges.rejected.push(range);
      else if (marked) ranges[status].push(item.kind === 'claim' ? toRange(doc, { start: item.start, end: markEnd(quotes, item.end) }) : range);
    }
    editor.setDecorations(this.rejected, ranges.rejected);
    editor.setDecorations(this.confirmed, ranges.confirmed);
    editor.setDecorations(this.edited, ranges.edited);
    for (const [key, type] of this.labelTypes) editor.setDecorations(type, ranges.labels.get(key.split('\u0000')[0]) ?? []);
    for (const [name, list] of ranges.labels) editor.setDecorations(this.labelType(name), list);
    this.painted.set(editor, ranges);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
    [this.rejected, this.confirmed, this.edited, ...this.labelTypes.values()].forEach((t) => t.dispose());
  }
}
