import type * as vscode from 'vscode';
import { claimsAbove } from '../../core/annotations/claimsAbove';
import { mergeAnnotations } from '../../core/annotations/mergeAnnotations';
import type { Analysis } from '../../core/model';
import { fileName, readSidecar, sidecarUri } from './sidecarFile';

/**
 * An article's analysis merged with the sidecar saved beside it, for exports
 * of articles that may not be open: what the user confirmed, corrected and
 * added goes out with what was extracted. A missing sidecar leaves the
 * analysis as it is; a corrupt or newer one is reported in `notes` and left
 * alone, never guessed at. `raw` holds every claim (AnalysisStore.analyzeText):
 * the threshold applies after the merge, so reviewed claims below it stay.
 * reviewedFromDisk(raw, talks.txt, false, 0.5) → { analysis: reviewed, notes: [] } when talks.txt.annotations.json exists
 */
export async function reviewedFromDisk(raw: Analysis, article: vscode.Uri, showRejected: boolean, minCheckWorthiness: number): Promise<{ analysis: Analysis; notes: string[] }> {
  const sidecar = sidecarUri(article);
  const read = await readSidecar(sidecar, fileName(article));
  const extracted = claimsAbove(raw, minCheckWorthiness);
  if (read.kind !== 'ok') return { analysis: extracted, notes: [`${fileName(sidecar)}: ${read.message.replace(/\.?$/, '.')} Annotations not merged.`] };
  if (!read.sidecar.annotations.length) return { analysis: extracted, notes: [] };
  const merged = mergeAnnotations(raw, read.sidecar.annotations, { showRejected, minCheckWorthiness });
  const lost = [...merged.orphans, ...merged.unmatched].map((a) => `${fileName(sidecar)}: annotation ${a.id} ("${a.quote.exact.slice(0, 40)}") could not be placed`);
  return { analysis: merged.analysis, notes: lost };
}
