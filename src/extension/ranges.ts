import * as vscode from 'vscode';

/**
 * The only offset → Position adapter. Engine offsets are UTF-16 units into the
 * whole text, the same units as `TextDocument.positionAt`, so no conversion is
 * needed beyond that call: { start: 4, end: 9 } → Range(0:4, 0:9).
 */
export function toRange(document: vscode.TextDocument, span: { readonly start: number; readonly end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The offsets of a range: the inverse of toRange. */
export function toOffsets(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}
