import * as vscode from 'vscode';
import type { AnalysisStore } from '../analysisStore';
import { ARTICLE_LANGUAGE } from '../languageMode';
import { ANNOTATION_COMMANDS as C } from './annotationIds';
import { canClear } from './reviewHover';
import { itemAt } from './reviewTarget';

const KIND = vscode.CodeActionKind.QuickFix.append('policyLens');

/**
 * The lightbulb at the cursor: review the item under it, or annotate the
 * selection. Each action runs the same command as the hover links.
 */
class ReviewActions implements vscode.CodeActionProvider {
  constructor(private readonly store: AnalysisStore) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const action = (title: string, command: string, args: unknown[] = []) => {
      const a = new vscode.CodeAction(title, KIND);
      a.command = { title, command, arguments: args };
      actions.push(a);
    };
    if (!range.isEmpty) action('Policy Lens: Annotate Selection…', C.annotateSelection);
    const analysis = this.store.peek(document);
    const item = analysis && itemAt(analysis, document.offsetAt(range.start));
    if (!item) return actions;
    const args = [document.uri.toString(), item.kind, item.id];
    const name = item.kind === 'label' ? item.label : item.kind;
    action(`Policy Lens: Confirm ${name}`, C.confirm, args);
    action(`Policy Lens: Reject ${name}`, C.reject, args);
    if (canClear(item)) action(`Policy Lens: Clear Review of ${name}`, C.clearReview, args);
    if (item.kind === 'quote' || item.kind === 'claim') action('Policy Lens: Change Speaker…', C.changeSpeaker, args);
    if (item.kind === 'claim') action('Policy Lens: Change Claim Type…', C.changeClaimType, args);
    action('Policy Lens: Add Note…', C.addNote, args);
    action('Policy Lens: Add Tags…', C.addTags, args);
    return actions;
  }
}

export const registerReviewActions = (store: AnalysisStore): vscode.Disposable =>
  vscode.languages.registerCodeActionsProvider({ language: ARTICLE_LANGUAGE }, new ReviewActions(store), { providedCodeActionKinds: [KIND] });
