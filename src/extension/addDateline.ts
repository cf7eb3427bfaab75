import * as vscode from 'vscode';
import { firstFilledLineSpan, isValidIsoDate, parseDateline } from '../core/segment/dateline';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids';
import { ARTICLE_LANGUAGE } from './languageMode';

/** Today in the local calendar, as the dateline writes it: 2026-11-27. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * "Add Dateline…": writes `date YYYY-MM-DD ` before the article's first line,
 * so its headline follows the date and its relative dates resolve. The date is
 * given (the quick fix for today, tests) or asked for, today's offered.
 * Returns the date written, or undefined when cancelled or already dated.
 */
async function addDateline(uri?: string, date?: string): Promise<string | undefined> {
  const document = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Policy Lens: open an article to add its dateline.');
    return undefined;
  }
  if (parseDateline(document.getText())) {
    void vscode.window.showInformationMessage('Policy Lens: this article already has a dateline.');
    return undefined;
  }
  const chosen = date ?? (await vscode.window.showInputBox({
    title: 'Add Dateline',
    prompt: 'The article\'s date (YYYY-MM-DD): its relative dates ("on Tuesday", "last week") are read from it.',
    value: localToday(),
    validateInput: (value) => (isValidIsoDate(value.trim()) ? undefined : 'A calendar date as YYYY-MM-DD, e.g. 2024-03-05.'),
  }))?.trim();
  if (!chosen || !isValidIsoDate(chosen)) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, document.positionAt(firstFilledLineSpan(document.getText()).start), `date ${chosen} `);
  return (await vscode.workspace.applyEdit(edit)) ? chosen : undefined;
}

/** The quick fixes of the "no dateline" warning: today's date, or one the user types. */
class DatelineFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const diagnostic = context.diagnostics.find((d) => d.source === DIAGNOSTIC_SOURCE && d.code === 'no-dateline');
    if (!diagnostic) return [];
    const today = localToday();
    const action = (title: string, args: string[], preferred: boolean) => {
      const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      fix.command = { title, command: COMMANDS.addDateline, arguments: args };
      fix.diagnostics = [diagnostic];
      fix.isPreferred = preferred;
      return fix;
    };
    return [
      action(`Add a dateline with today's date (date ${today})`, [document.uri.toString(), today], true),
      action('Add a dateline with another date…', [document.uri.toString()], false),
    ];
  }
}

export function registerAddDateline(): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.addDateline, addDateline),
    vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE }, new DatelineFixes(), { providedCodeActionKinds: DatelineFixes.kinds }),
  );
}
