import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { articleJson, besideWith, targetDocument } from './articleJson';
import { mayOverwrite, writeAtomic } from './writeAtomic';
import { since } from '../output';
import { askUnsaved, reportExported } from './unsavedExport';

/**
 * "Export Analysis as JSON": asks where to save (default `<article>.analysis.json`
 * beside it), never replaces a file without asking, writes atomically; an
 * article with unsaved changes is saved first or exported as unsaved, as asked.
 * Tests pass the article and the target to skip the dialog; returns the target written.
 */
export async function exportAnalysis(ctx: CommandContext, article?: unknown, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = await targetDocument(article, ctx.tree.current?.document);
  if (!document) return undefined;
  const unsaved = await askUnsaved(document);
  if (unsaved === undefined) return undefined;
  const t0 = performance.now();
  const analysis = await ctx.store.get(document);
  let destination = target;
  if (!destination) {
    destination = await vscode.window.showSaveDialog({
      defaultUri: besideWith(document.uri, '.analysis.json'),
      filters: { JSON: ['json'] },
      title: 'Export Analysis as JSON',
    });
    if (!destination) return undefined;
  } else if (!(await mayOverwrite(destination))) {
    return undefined;
  }
  await writeAtomic(destination, JSON.stringify(articleJson(analysis, document.uri, ctx.version), null, 2) + '\n');
  ctx.log.info(`Exported ${vscode.workspace.asRelativePath(document.uri)}${unsaved ? ' (unsaved text)' : ''} to ${destination.fsPath} in ${since(t0)}`);
  // A test passing the target gets no message, unless the text was not the file's: that is always said.
  if (!target || unsaved) reportExported('the analysis', destination, document.uri, unsaved);
  return destination;
}
