import * as vscode from 'vscode';
import type { Disagreement } from '../../core/annotations/agreement';
import { ANNOTATION_COMMANDS } from './annotationIds';
import type { ReviewNode } from './reviewView';
import { quoted } from '../quoted';

const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s).replace(/\s+/g, ' ');
/** What the Review view says of an annotation it cannot place: [description, what to do]. */
const ATTENTION: Record<'orphan' | 'retyped' | 'unmatched', readonly [string, string]> = {
  orphan: ['text not found', 'Select the right text and choose "Re-attach to Selection", or delete it.'],
  retyped: ['text changed since the review', 'The reviewed words were changed, so the review no longer holds for them. Undo the change, or select the text and choose "Re-attach to Selection", or delete it.'],
  unmatched: ['item no longer extracted', 'The engine no longer finds this item; re-attach or delete the review.'],
};
const WHAT: Record<Disagreement['kind'], string> = { 'only-a': 'only in A', 'only-b': 'only in B', 'claim-type': 'claim type', speaker: 'speaker' };

/**
 * The row of a Review view node: a section, a score, an annotation needing
 * attention (re-attach or delete from its menu), or a disagreement that
 * reveals its text when clicked.
 */
export function toTreeItem(node: ReviewNode, sectionDescription: string): vscode.TreeItem {
  const None = vscode.TreeItemCollapsibleState.None;
  if (node.type === 'section') {
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
    item.description = sectionDescription;
    item.iconPath = new vscode.ThemeIcon(node.section === 'attention' ? 'warning' : 'people');
    return item;
  }
  if (node.type === 'score') return Object.assign(new vscode.TreeItem(node.label, None), { description: node.description });
  if (node.type === 'annotation') {
    const a = node.annotation;
    const item = new vscode.TreeItem(quoted(short(a.quote.exact)), None);
    const [what, todo] = ATTENTION[node.why];
    item.description = `${a.kind} · ${what}`;
    item.tooltip = `${a.status} by ${a.author}. ${todo}`;
    item.contextValue = 'policyLens.orphan';
    item.iconPath = new vscode.ThemeIcon('debug-disconnect');
    return item;
  }
  const d = node.disagreement;
  const item = new vscode.TreeItem(`${d.label}: ${quoted(short(d.text))}`, None);
  item.description = d.a !== undefined ? `${WHAT[d.kind]}: ${d.a || '—'} ↔ ${d.b || '—'}` : WHAT[d.kind];
  item.command = { title: 'Reveal', command: ANNOTATION_COMMANDS.revealRange, arguments: [node.article.toString(), d.start, d.end] };
  item.iconPath = new vscode.ThemeIcon('diff');
  return item;
}
