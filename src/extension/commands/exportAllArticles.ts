import * as vscode from 'vscode';
import { parseDateline } from '../../core/segment/dateline';
import type { CommandContext } from './commandContext';
import { articleJson, besideWith } from './articleJson';
import { exists, writeAtomic } from './writeAtomic';
import { workspaceArticles } from './workspaceArticles';
import { readAnnotationSettings } from '../annotations/annotationSettings';
import { reviewedFromDisk } from '../annotations/reviewedFromDisk';
import { exportAllSummary, skipLine, type Skip } from './exportAllSummary';
import { decode } from '../../core/decode';
import { fileBytes } from '../fileBytes';

export interface ExportAllOptions {
  /** `json`: one file beside each article; `jsonl`: one line per article in `target`. */
  readonly format?: 'json' | 'jsonl';
  readonly target?: vscode.Uri;
  /** Replace existing files without asking (tests); otherwise the user is asked once. */
  readonly overwrite?: boolean;
}

export interface ExportAllResult {
  readonly written: string[];
  readonly failed: { path: string; error: string }[];
  /** Sidecars that could not be merged, or annotations that no longer fit their article. */
  readonly notes: string[];
  /** Files not written: an export the user chose to keep, or a file that is no article. */
  readonly skipped: Skip[];
  cancelled: boolean;
  /** Articles in the files written: one per JSON file, or the lines of the JSONL file. */
  articles: number;
}

async function askOptions(): Promise<ExportAllOptions | undefined> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: 'One JSON file per article', description: '<article>.analysis.json beside each article', format: 'json' as const },
      { label: 'One JSONL file', description: 'one line per article', format: 'jsonl' as const },
    ],
    { title: 'Export All Articles in Workspace' },
  );
  if (!pick) return undefined;
  if (pick.format === 'json') return { format: 'json' };
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    defaultUri: folder && vscode.Uri.joinPath(folder, 'articles.analysis.jsonl'),
    filters: { 'JSON Lines': ['jsonl'] },
  });
  return target && { format: 'jsonl', target };
}

/**
 * "Export All Articles in Workspace": analyses every article with a cancellable
 * progress notification, merges each one's saved annotations as the single
 * export does, keeps going past failures and reports them at the end.
 */
export async function exportAllArticles(ctx: CommandContext, given?: ExportAllOptions): Promise<ExportAllResult | undefined> {
  const options = given ?? (await askOptions());
  if (!options) return undefined;
  let t0 = performance.now();
  const candidates = await workspaceArticles(ctx.settings().articleGlobs, ctx.languageMode.treated.list());
  const uris = candidates.map((c) => c.uri);
  const result: ExportAllResult = { written: [], failed: [], notes: [], skipped: [], cancelled: false, articles: 0 };
  const { showRejected } = readAnnotationSettings();
  const lines: string[] = [];
  const jsonTargets = uris.map((u) => besideWith(u, '.analysis.json'));
  let overwrite = options.overwrite ?? false;
  if (options.format !== 'jsonl' && !overwrite) {
    const taken = (await Promise.all(jsonTargets.map(exists))).filter(Boolean).length;
    const asked = performance.now();
    const answer = taken === 0 ? 'Replace' : await vscode.window.showWarningMessage(`${taken} export file(s) already exist. Replace them?`, { modal: true }, 'Replace', 'Skip Existing');
    if (!answer) return undefined;
    // The time the dialog stood open is the user's, not the export's.
    t0 += performance.now() - asked;
    overwrite = answer === 'Replace';
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Policy Lens: exporting articles', cancellable: true },
    async (progress, token) => {
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) return void Object.assign(result, { cancelled: true });
        progress.report({ message: `${i + 1}/${uris.length} ${uri.path.split('/').pop()}`, increment: 100 / uris.length });
        try {
          // Decoded as the CLI decodes: a file it refuses is a failure here too, never an empty export.
          const decoded = decode(await fileBytes(uri));
          if ('error' in decoded) {
            result.failed.push({ path: vscode.workspace.asRelativePath(uri), error: `the file ${decoded.error}` });
            continue;
          }
          const { text } = decoded;
          // The user's choice of mode wins over the dateline and the globs, as in the editor.
          const byText = candidates[i].byGlob || parseDateline(text) !== null;
          const chosen = ctx.languageMode.chosenMode(uri);
          if (!(chosen ? chosen === 'article' : byText)) {
            result.skipped.push({ path: vscode.workspace.asRelativePath(uri), reason: byText ? 'plain-text' : 'not-article' });
            continue;
          }
          // The saved article with its saved sidecar: the user's review goes out with the extraction.
          const reviewed = await reviewedFromDisk(await ctx.store.analyzeText(text, { background: true }), uri, showRejected, ctx.store.minCheckWorthiness);
          result.notes.push(...reviewed.notes);
          const json = articleJson(reviewed.analysis, uri, ctx.version);
          if (options.format === 'jsonl') lines.push(JSON.stringify(json));
          else if (!overwrite && (await exists(jsonTargets[i]))) result.skipped.push({ path: vscode.workspace.asRelativePath(jsonTargets[i]), reason: 'kept' });
          else {
            await writeAtomic(jsonTargets[i], JSON.stringify(json, null, 2) + '\n');
            result.written.push(jsonTargets[i].toString());
          }
        } catch (error) {
          result.failed.push({ path: vscode.workspace.asRelativePath(uri), error: error instanceof Error ? error.message : String(error) });
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (options.format === 'jsonl' && options.target && !result.cancelled) {
        await writeAtomic(options.target, lines.map((l) => `${l}\n`).join(''));
        result.written.push(options.target.toString());
      }
    },
  );
  // A JSONL file holds every line, but only once written.
  result.articles = options.format === 'jsonl' ? (result.written.length ? lines.length : 0) : result.written.length;
  report(ctx, result, t0, given === undefined);
  return result;
}

function report(ctx: CommandContext, result: ExportAllResult, t0: number, interactive: boolean): void {
  const counts = { articles: result.articles, written: result.written.length, skipped: result.skipped, failed: result.failed.length, notes: result.notes.length, cancelled: result.cancelled };
  const summary = exportAllSummary(counts, performance.now() - t0);
  ctx.log.info(summary);
  result.skipped.forEach((s) => ctx.log.info(skipLine(s)));
  result.failed.forEach((f) => ctx.log.error(`Export of ${f.path} failed: ${f.error}`));
  result.notes.forEach((note) => ctx.log.warn(note));
  if (!interactive) return;
  const problems = result.failed.length > 0 || result.notes.length > 0;
  // The Output lists each skipped file with its reason: offer it whenever there is one.
  const actions = problems || result.skipped.length ? ['Show Output'] : [];
  const show = problems ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  void show(`Policy Lens: ${summary}.`, ...actions).then((a) => a && ctx.log.show());
}
