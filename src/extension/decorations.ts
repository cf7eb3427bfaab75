import * as vscode from 'vscode';
import type { Analysis, Span } from '../core/model';
import type { AnalysisStore } from './analysisStore';
import { createStyles, CLAIM_TYPES, type Styles } from './decorationStyles';
import type { HighlightKind, Settings } from './settings';
import { toRange } from './ranges';
import { spansWithin } from './spansWithin';
import { SETTINGS } from './ids';
import { timed } from './output';
import { SentDecorations } from './sentDecorations';

/** Lines above and below the visible range that stay decorated in a very large file. */
const MARGIN_LINES = 300;

export type DecorationRanges = Record<HighlightKind, vscode.Range[]>;

/**
 * Paints the analysis into every visible editor of a document, split editors
 * included. In a file past the large-file threshold only the visible lines and
 * a margin are decorated, refreshed as the view scrolls.
 */
export class Decorations implements vscode.Disposable {
  private readonly styles: Styles;
  private readonly applied = new WeakMap<vscode.TextEditor, DecorationRanges>();
  private readonly sent = new SentDecorations();
  private readonly subscriptions: vscode.Disposable[];
  private hidden = false;
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(extensionUri: vscode.Uri, private readonly store: AnalysisStore, private readonly settings: () => Settings) {
    this.styles = createStyles(extensionUri);
    this.subscriptions = [
      store.onDidChange(({ document }) => timed(store.log, 'Painting the highlights', () => this.paintDocument(document))),
      // Switched back to plain text, a document keeps no highlight (paint() checks the language).
      store.onDidSwitch((document) => this.paintDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paintAll()),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => this.onScroll(textEditor)),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(`${SETTINGS.section}.${SETTINGS.highlight}`) && this.paintAll()),
    ];
    this.paintAll();
  }

  /** True while every highlight is hidden for this session ("Toggle Highlights"). */
  get isHidden(): boolean {
    return this.hidden;
  }

  /** Hides or shows every highlight for this session. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.paintAll();
  }

  /** The ranges last set on an editor, per kind (for the integration tests). */
  rangesOf(editor: vscode.TextEditor): DecorationRanges {
    return this.applied.get(editor) ?? { quotes: [], figures: [], dates: [], claims: [] };
  }

  paintAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.paint(editor);
  }

  private paintDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document === document) this.paint(editor);
  }

  private onScroll(editor: vscode.TextEditor): void {
    if (!this.isLarge(editor.document)) return;
    clearTimeout(this.scrollTimer);
    this.scrollTimer = setTimeout(() => this.paint(editor), 80);
  }

  private isLarge(document: vscode.TextDocument): boolean {
    return this.store.isArticle(document) && document.offsetAt(document.lineAt(document.lineCount - 1).range.end) > this.settings().largeFileThreshold;
  }

  private paint(editor: vscode.TextEditor): void {
    const analysis = this.store.isArticle(editor.document) ? this.store.peek(editor.document) : undefined;
    const on = this.settings().highlight;
    const windows = analysis && this.isLarge(editor.document) ? this.windows(editor) : undefined;
    const show = (kind: HighlightKind) => !!analysis && !this.hidden && on[kind];
    const near = <T extends Span>(spans: readonly T[]) => (windows ? spansWithin(spans, windows) : spans);
    const send = (type: vscode.TextEditorDecorationType, spans: readonly Span[]) =>
      this.sent.set(editor, type, spans, () => spans.map((s) => toRange(editor.document, s)));
    const pick = (kind: Exclude<HighlightKind, 'claims'>, spans: (a: Analysis) => readonly Span[]) => send(this.styles[kind], analysis && show(kind) ? near(spans(analysis)) : []);
    const result: DecorationRanges = {
      quotes: pick('quotes', (a) => a.quotes),
      figures: pick('figures', (a) => a.figures),
      dates: pick('dates', (a) => a.dates),
      claims: [],
    };
    // Windowed once, then split by type, so the type filters see only the visible claims.
    const claims = analysis && show('claims') ? near(analysis.claims) : [];
    for (const type of CLAIM_TYPES) result.claims.push(...send(this.styles.claims.get(type)!, claims.filter((c) => c.type === type)));
    result.claims.sort((a, b) => a.start.compareTo(b.start));
    this.applied.set(editor, result);
  }

  /** The offsets of the visible lines and the margin around them. */
  private windows(editor: vscode.TextEditor): { start: number; end: number }[] {
    const document = editor.document;
    return editor.visibleRanges.map((r) => ({
      start: document.offsetAt(new vscode.Position(Math.max(0, r.start.line - MARGIN_LINES), 0)),
      end: document.offsetAt(new vscode.Position(r.end.line + MARGIN_LINES, 0)),
    }));
  }

  dispose(): void {
    clearTimeout(this.scrollTimer);
    this.subscriptions.forEach((d) => d.dispose());
    this.styles.dispose();
  }
}
