import * as vscode from 'vscode';

/** True while the document is shown in an editor of any group, focused or not. */
export function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((e) => e.document === document);
}

/** True while a tab of any group holds the document, shown or in the background (a diff's sides count). */
export function hasTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some(({ input }) =>
      input instanceof vscode.TabInputText ? input.uri.toString() === key
        : input instanceof vscode.TabInputTextDiff ? input.modified.toString() === key || input.original.toString() === key
          : false,
    ),
  );
}

/** The events after which the editors a view follows may have changed: focus, what is shown, tabs opened or closed. */
export function onDidChangeEditors(listener: () => void): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(listener),
    vscode.window.onDidChangeVisibleTextEditors(listener),
    vscode.window.tabGroups.onDidChangeTabs(listener),
  );
}

/** What followTarget needs to know of the editors now. */
export function editorsNow(isOpenArticle: (d: vscode.TextDocument) => boolean) {
  const editor = vscode.window.activeTextEditor;
  return {
    active: editor?.document,
    // Focus in a panel (none, or the Output view) keeps the last article while a tab holds it.
    panel: !editor || editor.document.uri.scheme === 'output',
    isOpenArticle,
    isVisible,
    hasTab: (d: vscode.TextDocument) => hasTab(d.uri),
  };
}
