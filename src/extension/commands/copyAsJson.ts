import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import type { TargetKind } from '../../core/annotations/model';
import { describeItem } from '../../core/annotations/reviewChoice';
import { articleJson } from './articleJson';
import type { ClaimTreeNode } from '../claimItems';

/** Which article and span a copy command means: hover links pass [uri, id], the tree passes its node, the palette nothing. */
async function resolveTarget(ctx: CommandContext, first: unknown, second: unknown) {
  if (typeof first === 'string' && typeof second === 'string') {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(first));
    return { document, id: second };
  }
  const node = first as ClaimTreeNode | undefined;
  if (node?.type === 'claim' && ctx.tree.current) return { document: ctx.tree.current.document, id: node.claim.id };
  const editor = vscode.window.activeTextEditor;
  if (!editor || !ctx.store.isArticle(editor.document)) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  const analysis = await ctx.store.get(editor.document);
  const claim = analysis.claims.find((c) => c.start <= offset && offset <= c.end);
  return claim ? { document: editor.document, id: claim.id } : undefined;
}

/**
 * "Copy Claim as JSON" (and the hover's "Copy as JSON" for any span): puts the
 * export form of the claim, quote, figure or date on the clipboard; returns it.
 */
export async function copyAsJson(ctx: CommandContext, first?: unknown, second?: unknown): Promise<string | undefined> {
  const target = await resolveTarget(ctx, first, second);
  if (!target) {
    void vscode.window.showInformationMessage('Policy Lens: put the cursor in a claim, or pick one in the Claims view.');
    return undefined;
  }
  const json = articleJson(await ctx.store.get(target.document), target.document.uri, ctx.version);
  const lists: [TargetKind, readonly { id: string; text: string }[]][] = [['claim', json.claims], ['quote', json.quotes], ['figure', json.figures], ['date', json.dates]];
  const [kind, element] = lists.flatMap(([k, list]) => list.filter((e) => e.id === target.id).map((e) => [k, e] as const))[0] ?? [];
  if (!kind || !element) return undefined;
  const text = JSON.stringify(element, null, 2);
  await vscode.env.clipboard.writeText(text);
  ctx.log.info(`Copied ${target.id} of ${vscode.workspace.asRelativePath(target.document.uri)} as JSON`);
  // Named by its words, as the review messages name theirs: an id such as c3 means nothing to a reader.
  vscode.window.setStatusBarMessage(`Policy Lens: copied ${describeItem({ kind, label: kind, text: element.text })} as JSON`, 3000);
  return text;
}
