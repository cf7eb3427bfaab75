import * as vscode from 'vscode';
import { toBrat } from '../../core/export/toBrat';
import { toCsv } from '../../core/export/toCsv';
import { toW3c } from '../../core/export/toW3c';
import type { Analysis } from '../../core/model';
import type { AnalysisStore } from '../analysisStore';
import { askUnsaved, reportExported } from '../commands/unsavedExport';
import { writeAtomic } from '../commands/writeAtomic';

export type AnnotatedFormat = 'w3c' | 'brat' | 'csv';

// `title` names the save dialog as the palette names the command (code-server's dialog shows nothing else).
const FORMATS: Readonly<Record<AnnotatedFormat, { title: string; what: string; suffix: string; filter: Record<string, string[]>; render: (a: Analysis, path: string) => string }>> = {
  w3c: { title: 'Export as W3C Web Annotations', what: 'the W3C Web Annotations', suffix: '.w3c.jsonld', filter: { 'W3C Web Annotation': ['jsonld', 'json'] }, render: (a, p) => JSON.stringify(toW3c(a, p), null, 2) + '\n' },
  brat: { title: 'Export as brat Standoff', what: 'the brat standoff', suffix: '.ann', filter: { 'brat standoff': ['ann'] }, render: (a) => toBrat(a) },
  csv: { title: 'Export Claims as CSV', what: 'the claims CSV', suffix: '.claims.csv', filter: { CSV: ['csv'] }, render: (a, p) => toCsv(a, { source: p }) },
};

/**
 * Exports the active article's reviewed analysis as W3C Web Annotations,
 * brat standoff or claims CSV; a test may pass the target file. Unsaved
 * changes are saved first or exported as unsaved, as the user chooses.
 * A brat .ann file needs the article's text beside it as .txt, as brat reads it.
 */
export async function exportAnnotated(store: AnalysisStore, format: AnnotatedFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || !store.isArticle(document)) {
    void vscode.window.showInformationMessage('Policy Lens: open an article to export it.');
    return undefined;
  }
  const unsaved = await askUnsaved(document);
  if (unsaved === undefined) return undefined;
  const spec = FORMATS[format];
  const base = document.uri.path.replace(/\.txt$/i, '');
  const uri = target ?? (await vscode.window.showSaveDialog({ title: spec.title, defaultUri: document.uri.with({ path: base + spec.suffix }), filters: spec.filter }));
  if (!uri) return undefined;
  const path = document.isUntitled ? document.uri.toString() : vscode.workspace.asRelativePath(document.uri, false);
  await writeAtomic(uri, spec.render(await store.get(document), path));
  if (!target || unsaved) reportExported(spec.what, uri, document.uri, unsaved);
  return uri;
}
