import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { articleJson, besideWith } from './articleJson';
import { mayOverwrite, writeAtomic } from './writeAtomic';
import { matchesFilter } from '../claimGroups';
import { askUnsaved, reportExported } from './unsavedExport';

/**
 * "Export Claims": the Claims view's article with only the claims the view
 * shows (its filter applied), in the same schema as a full export; unsaved
 * changes are saved first or exported as unsaved, as the user chooses.
 */
export async function exportClaims(ctx: CommandContext, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const current = ctx.tree.current;
  if (!current) {
    void vscode.window.showInformationMessage('Policy Lens: open an article to export its claims.');
    return undefined;
  }
  const unsaved = await askUnsaved(current.document);
  if (unsaved === undefined) return undefined;
  const json = articleJson(current.analysis, current.document.uri, ctx.version);
  const kept = new Set(current.analysis.claims.filter((c) => matchesFilter(c, ctx.tree.filter)).map((c) => c.id));
  const destination =
    target ?? (await vscode.window.showSaveDialog({ title: 'Export Claims', defaultUri: besideWith(current.document.uri, '.claims.json'), filters: { JSON: ['json'] } }));
  if (!destination || (target && !(await mayOverwrite(target)))) return undefined;
  await writeAtomic(destination, JSON.stringify({ ...json, claims: json.claims.filter((c) => kept.has(c.id)) }, null, 2) + '\n');
  ctx.log.info(`Exported ${kept.size} claims${unsaved ? ' (unsaved text)' : ''} to ${destination.fsPath}`);
  if (!target || unsaved) reportExported(kept.size === 1 ? '1 claim' : `${kept.size} claims`, destination, current.document.uri, unsaved);
  return destination;
}
