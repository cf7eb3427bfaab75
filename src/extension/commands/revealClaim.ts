import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { toRange } from '../ranges';
import { VIEWS } from '../ids';

/** A click that arrives after its row was replaced (another article, a new analysis) is no error: it says so. */
function gone(): undefined {
  vscode.window.setStatusBarMessage('$(info) Policy Lens: that claim is no longer listed; the Claims view was updated.', 5000);
  return undefined;
}

/**
 * Selects the claim in its open article: `[uri, claimId]` from the claim filter or a test.
 * `keepFocus`: the Claims view's row keeps the keyboard, as VS Code's own lists do, so its review keys act on it next.
 */
export async function revealClaim(ctx: CommandContext, uri: string, claimId: string, keepFocus = false): Promise<vscode.Selection | undefined> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document || !ctx.store.isArticle(document)) return gone();
  const claim = (await ctx.store.get(document)).claims.find((c) => c.id === claimId);
  if (!claim || document.isClosed || !ctx.store.isArticle(document)) return gone();
  const range = toRange(document, claim);
  const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn, preserveFocus: keepFocus });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor.selection;
}

/** The Claims view's click: the row selected when the click arrives, so a row redrawn meanwhile finds no stale claim. */
export function revealSelectedClaim(ctx: CommandContext): Promise<vscode.Selection | undefined> | undefined {
  const node = ctx.tree.view.selection[0];
  const current = ctx.tree.current;
  if (node?.type !== 'claim' || !current) return gone();
  return revealClaim(ctx, current.document.uri.toString(), node.claim.id, true);
}

/** The hover's "Reveal in Claims view": shows the view and selects the claim's item. */
export async function revealInClaimsView(ctx: CommandContext, uri: string, claimId: string): Promise<boolean> {
  await vscode.commands.executeCommand(`${VIEWS.claims}.focus`);
  // The view follows the active article; a link from a hover left behind on another one finds nothing there.
  if (ctx.tree.current?.document.uri.toString() !== uri) return false;
  return ctx.tree.reveal(claimId, true);
}
