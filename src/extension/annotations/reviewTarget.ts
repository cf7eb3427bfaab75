import * as vscode from 'vscode';
import type { ReviewTarget } from '../../core/annotations/editAnnotations';
import { TARGET_KINDS, type TargetKind } from '../../core/annotations/model';
import { exportItemsWhere, type ExportItem } from '../../core/export/exportItems';
import { HOVER_PARTNER } from '../../core/hover/hoverForOffset';
import type { Analysis } from '../../core/model';
import { describeItem, itemsChoiceAt } from '../../core/annotations/reviewChoice';
import type { AnalysisStore } from '../analysisStore';
import type { ClaimsTree } from '../claimsTree';

export interface ResolvedTarget {
  readonly document: vscode.TextDocument;
  readonly analysis: Analysis;
  readonly item: ExportItem;
  readonly target: ReviewTarget;
}

const isKind = (k: unknown): k is TargetKind => typeof k === 'string' && (TARGET_KINDS as readonly string[]).includes(k);

/** The smallest item under the offset: a figure inside a claim wins over the claim. */
export function itemAt(analysis: Analysis, offset: number): ExportItem | undefined {
  return exportItemsWhere(analysis, (i) => i.start <= offset && offset <= i.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/**
 * The items the hover at an offset reviews, as its engine part shows them: the
 * smallest, and with a claim inside a quote (or a quote inside a claim) the other too.
 * In `"We will cut taxes," she said.` inside `cut` → [claim, quote].
 */
export function itemsAt(analysis: Analysis, offset: number): ExportItem[] {
  const under = exportItemsWhere(analysis, (i) => i.start <= offset && offset <= i.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start));
  if (under.length === 0) return [];
  const partner = under[0].kind === 'label' ? undefined : HOVER_PARTNER[under[0].kind];
  const other = partner && under.find((i) => i.kind === partner);
  return other ? [under[0], other] : [under[0]];
}

const toTarget = (item: ExportItem): ReviewTarget => ({ kind: item.kind, itemId: item.id, start: item.start, end: item.end });

async function documentFor(uri: string): Promise<vscode.TextDocument | undefined> {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri) ?? vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
}

/** The keybindings' argument while the Claims view has focus: review the claim selected there. */
export const FROM_CLAIMS_VIEW = 'claimsView';

/** The Claims view's selected claim id: from a node passed by its menu, or its selection for a keybinding. */
function claimIdOf(tree: ClaimsTree, first: unknown): string | undefined {
  const node = first === FROM_CLAIMS_VIEW ? tree.view.selection[0] : first;
  return node && typeof node === 'object' && 'claim' in node ? (node as { claim: { id: string } }).claim.id : undefined;
}

/** One of several items: the only one, or the user's pick (smallest first); undefined when dismissed. */
export async function pickOne<T>(choice: { items: readonly T[]; ask: boolean }, describe: (t: T) => vscode.QuickPickItem): Promise<T | undefined> {
  if (!choice.ask || choice.items.length < 2) return choice.items[0];
  const entries = choice.items.map((item) => ({ ...describe(item), item }));
  const picked = await vscode.window.showQuickPick(entries, { title: 'Policy Lens: which item?', placeHolder: 'Several items overlap at the cursor; select text to choose without asking' });
  return picked?.item;
}

const itemEntry = (item: ExportItem): vscode.QuickPickItem => ({ label: describeItem(item), description: item.review?.status });

/** The offsets of the active editor's selection. */
export const selectionOffsets = (editor: vscode.TextEditor): [number, number] =>
  [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];

/**
 * The item a review command acts on, from however it was invoked:
 * `[uri, kind, itemId]` from a hover link or code action, a Claims view node
 * (or its selection, from a keybinding while the view has focus), or nothing
 * (a keybinding): the item under the cursor of the active editor, asking which
 * when items of several kinds overlap there (choiceAt).
 */
export async function resolveTarget(store: AnalysisStore, tree: ClaimsTree, args: readonly unknown[]): Promise<ResolvedTarget | undefined> {
  const [first, kind, id] = args;
  let document: vscode.TextDocument | undefined;
  let pick: (analysis: Analysis) => Promise<ExportItem | undefined> | ExportItem | undefined;
  const claimId = claimIdOf(tree, first);
  if (typeof first === 'string' && isKind(kind) && typeof id === 'string') {
    document = await documentFor(first);
    pick = (a) => exportItemsWhere(a, (s, k) => k === kind && s.id === id)[0];
  } else if (claimId !== undefined || first === FROM_CLAIMS_VIEW) {
    document = tree.current?.document;
    pick = (a) => exportItemsWhere(a, (s, k) => k === 'claim' && s.id === claimId)[0];
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !store.isArticle(editor.document)) return undefined;
    document = editor.document;
    const [start, end] = selectionOffsets(editor);
    pick = (a) => pickOne(itemsChoiceAt(a, start, end), itemEntry);
  }
  if (!document) return undefined;
  const analysis = await store.get(document);
  const item = await pick(analysis);
  return item && { document, analysis, item, target: toTarget(item) };
}
