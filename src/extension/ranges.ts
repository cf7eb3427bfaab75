import * as vscode from 'vscode';

/**
 * The only offset → Position adapter. Engine offsets are UTF-16 units into the
 * whole text, the same units as `TextDocument.positionAt`, so no conversion is
 * needed beyond that call: { start: 4, end: 9 } → Range(0:4, 0:9).
 */
export function toRange(document: vscode.TextDocument, span: { readonly start: number; readonly end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
