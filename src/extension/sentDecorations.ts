import type * as vscode from 'vscode';

interface Sent {
  readonly version: number;
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly ranges: vscode.Range[];
}

const sameSpans = (a: Sent['spans'], b: Sent['spans']) =>
  a.length === b.length && a.every((s, i) => s.start === b[i].start && s.end === b[i].end);

/**
 * The ranges last sent to each editor for each decoration type. A review
 * redoes the analysis with the text unchanged: sending a long article's
 * thousands of unchanged highlights again took most of a second each time.
 * Ranges are reused only at the same document version, since an edit moves
 * VS Code's own copy of them (a word deleted and typed back leaves it empty).
 * sent.ranges(editor, type, spans, toRanges) → the ranges, and whether they need sending
 */
export class SentDecorations {
  private readonly sent = new WeakMap<vscode.TextEditor, Map<vscode.TextEditorDecorationType, Sent>>();

  /** Sets the spans' ranges on the editor unless it already holds them; returns the ranges. */
  set(editor: vscode.TextEditor, type: vscode.TextEditorDecorationType, spans: Sent['spans'], toRanges: () => vscode.Range[]): vscode.Range[] {
    let byType = this.sent.get(editor);
    if (!byType) this.sent.set(editor, (byType = new Map()));
    const last = byType.get(type);
    const version = editor.document.version;
    if (last && last.version === version && sameSpans(last.spans, spans)) return last.ranges;
    const ranges = toRanges();
    editor.setDecorations(type, ranges);
    byType.set(type, { version, spans, ranges });
    return ranges;
  }
}
