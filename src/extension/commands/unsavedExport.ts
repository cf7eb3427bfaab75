import * as vscode from 'vscode';
import { exportedMessage } from './exportedMessage';
import { matchesSaved } from '../savedText';

export const SAVE_AND_EXPORT = 'Save and Export';
export const EXPORT_UNSAVED = 'Export Unsaved Text';

const nameOf = (uri: vscode.Uri) => uri.path.split('/').pop() ?? uri.path;

/**
 * Before exporting an article with unsaved changes, asks (modal, as the other
 * export prompts) whether to save it first: the export names the file, so its
 * offsets should be the file's. True when the unsaved text is exported,
 * false when the file is (saved or never changed), undefined when cancelled.
 * An untitled document has no file to disagree with: exported as it is.
 * Just after a save `isDirty` can still read true: the file on disk decides.
 */
export async function askUnsaved(document: vscode.TextDocument): Promise<boolean | undefined> {
  if (!document.isDirty || document.isUntitled || (await matchesSaved(document))) return false;
  const answer = await vscode.window.showWarningMessage(
    `${nameOf(document.uri)} has unsaved changes. Save it before exporting?`,
    { modal: true, detail: 'The export names the file; exporting the unsaved text gives offsets, length and hash that do not match the file on disk.' },
    SAVE_AND_EXPORT, EXPORT_UNSAVED,
  );
  if (answer === SAVE_AND_EXPORT) return (await document.save()) ? false : undefined;
  return answer === EXPORT_UNSAVED ? true : undefined;
}

/** Tells the user where a single export went, and whether it came from unsaved text. */
export function reportExported(what: string, target: vscode.Uri, article: vscode.Uri, unsaved: boolean): void {
  const message = exportedMessage(what, nameOf(target), unsaved ? nameOf(article) : null);
  void (unsaved ? vscode.window.showWarningMessage(message) : vscode.window.showInformationMessage(message));
}
