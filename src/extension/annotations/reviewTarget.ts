import * as vscode from 'vscode';
import type { ReviewTarget } from '../../core/annotations/editAnnotations';
import { TARGET_KINDS, type TargetKind } from '../../core/annotations/model';
import { exportItems, type ExportItem } from '../../core/export/exportItems';
import { HOVER_PARTNER } from '../../core/hover/hoverForOffset';
import type { Analysis } from '../../core/model';
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
  return exportItems(analysis)
    .filter((i) => i.start <= offset && offset <= i.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
}

/**
 * The items the hover at an offset reviews, as its engine part shows them: the
 * smallest, and with a claim inside a quote (or a quote inside a claim) the other too.
 * In `"We will cut taxes," she said.` inside `cut` → [claim, quote].
 */
export function itemsAt(analysis: Analysis, offset: number): ExportItem[] {
  const under = exportItems(analysis)
    .filter((i) => i.start <= offset && offset <= i.end)
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

/**
 * The item a review command acts on, from however it was invoked:
 * `[uri, kind, itemId]` from a hover link or code action, a Claims view node,
 * or nothing (a keybinding): the item under the cursor of the active editor.
 */
export async function resolveTarget(store: AnalysisStore, tree: ClaimsTree, args: readonly unknown[]): Promise<ResolvedTarget | undefined> {
  const [first, kind, id] = args;
  let document: vscode.TextDocument | undefined;
  let pick: (analysis: Analysis) => ExportItem | undefined;
  if (typeof first === 'string' && isKind(kind) && typeof id === 'string') {
    document = await documentFor(first);
    pick = (a) => exportItems(a).find((i) => i.kind === kind && i.id === id);
  } else if (first && typeof first === 'object' && 'claim' in first && tree.current) {
    const claimId = (first as { claim: { id: string } }).claim.id;
    document = tree.current.document;
    pick = (a) => exportItems(a).find((i) => i.kind === 'claim' && i.id === claimId);
  } else {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !store.isArticle(editor.document)) return undefined;
    document = editor.document;
    pick = (a) => itemAt(a, editor.document.offsetAt(editor.selection.active));
  }
  if (!document) return undefined;
  const analysis = await store.get(document);
  const item = pick(analysis);
  return item && { document, analysis, item, target: toTarget(item) };
}
