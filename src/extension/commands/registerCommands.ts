import * as vscode from 'vscode';
import { COMMANDS } from '../ids';
import type { CommandContext } from './commandContext';
import { exportAnalysis } from './exportAnalysis';
import { exportAllArticles } from './exportAllArticles';
import { exportClaims } from './exportClaims';
import { copyAsJson } from './copyAsJson';
import { revealClaim, revealInClaimsView, revealSelectedClaim } from './revealClaim';
import { filterClaims } from './filterClaims';

/** Every Policy Lens command of the editor features, each logged with its duration. */
export function registerCommands(ctx: CommandContext): vscode.Disposable {
  const handlers: Record<string, (...args: never[]) => unknown> = {
    [COMMANDS.exportAnalysis]: (article?: unknown, target?: vscode.Uri) => exportAnalysis(ctx, article, target),
    [COMMANDS.exportAllArticles]: (options?: Parameters<typeof exportAllArticles>[1]) => exportAllArticles(ctx, options),
    [COMMANDS.exportClaims]: (target?: unknown) => exportClaims(ctx, target instanceof vscode.Uri ? target : undefined),
    [COMMANDS.copyClaimAsJson]: (a?: unknown, b?: unknown) => copyAsJson(ctx, a, b),
    [COMMANDS.copyAsJson]: (a?: unknown, b?: unknown) => copyAsJson(ctx, a, b),
    [COMMANDS.revealClaim]: (uri: string, id: string) => revealClaim(ctx, uri, id),
    [COMMANDS.revealSelectedClaim]: () => revealSelectedClaim(ctx),
    [COMMANDS.revealInClaimsView]: (uri: string, id: string) => revealInClaimsView(ctx, uri, id),
    [COMMANDS.toggleHighlights]: () => ctx.highlights.toggle(),
    [COMMANDS.hideHighlights]: () => ctx.highlights.set(true),
    [COMMANDS.showHighlights]: () => ctx.highlights.set(false),
    [COMMANDS.showOutput]: () => ctx.log.show(),
    [COMMANDS.groupClaimsByType]: () => ctx.tree.setGroupBy('type'),
    [COMMANDS.groupClaimsBySpeaker]: () => ctx.tree.setGroupBy('speaker'),
    [COMMANDS.filterClaims]: () => filterClaims(ctx),
    [COMMANDS.clearClaimsFilter]: () => ctx.tree.setFilter(''),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, run]) =>
      vscode.commands.registerCommand(id, async (...args: never[]) => {
        try {
          return await run(...args);
        } catch (error) {
          ctx.log.error(`${id} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
          void vscode.window.showErrorMessage(`Policy Lens: ${error instanceof Error ? error.message : String(error)}`);
          return undefined;
        }
      }),
    ),
  );
}
