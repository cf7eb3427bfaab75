import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { matchesFilter, openingWords } from '../claimGroups';
import { COMMANDS } from '../ids';

/**
 * Filters the Claims view by text. The QuickPick previews matching claims as
 * you type; accepting a claim reveals it, accepting the text sets the filter.
 */
export function filterClaims(ctx: CommandContext): Promise<string | undefined> {
  const current = ctx.tree.current;
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { id?: string }>();
  pick.title = 'Filter Claims';
  pick.placeholder = 'Text or speaker to keep; Enter sets the filter';
  pick.value = ctx.tree.filter;
  pick.matchOnDescription = true;
  const claims = current?.analysis.claims ?? [];
  const refresh = () => {
    const matching = claims.filter((c) => matchesFilter(c, pick.value));
    pick.items = [
      { label: `$(filter) Filter by “${pick.value}”`, alwaysShow: true, description: `${matching.length} claims` },
      ...matching.map((c) => ({ label: openingWords(c.text, 10), description: c.speaker ? `${c.type} · ${c.speaker.name}` : c.type, id: c.id, alwaysShow: true })),
    ];
  };
  refresh();
  return new Promise((resolve) => {
    pick.onDidChangeValue(refresh);
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (chosen?.id && current) void vscode.commands.executeCommand(COMMANDS.revealClaim, current.document.uri.toString(), chosen.id);
      else ctx.tree.setFilter(pick.value);
      resolve(pick.value);
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(undefined);
    });
    pick.show();
  });
}
