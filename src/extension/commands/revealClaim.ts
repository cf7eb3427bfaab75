import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { toRange } from '../ranges';
import { VIEWS } from '../ids';

/** Opens the article and selects the claim: the tree's click, `[uri, claimId]`. */
export async function revealClaim(ctx: CommandContext, uri: string, claimId: string): Promise<vscode.Selection | undefined> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const claim = (await ctx.store.get(document)).claims.find((c) => c.id === claimId);
  if (!claim) return undefined;
  const range = toRange(document, claim);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor.selection;
}

/** The hover's "Reveal in Claims view": shows the view and selects the claim's item. */
export async function revealInClaimsView(ctx: CommandContext, _uri: string, claimId: string): Promise<boolean> {
  await vscode.commands.executeCommand(`${VIEWS.claims}.focus`);
  return ctx.tree.reveal(claimId, true);
}
