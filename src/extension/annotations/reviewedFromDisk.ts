import type * as vscode from 'vscode';
import { mergeAnnotations } from '../../core/annotations/mergeAnnotations';
import type { Analysis } from '../../core/model';
import { fileName, readSidecar, sidecarUri } from './sidecarFile';

/**
 * An article's analysis merged with the sidecar saved beside it, for exports
 * of articles that may not be open: what the user confirmed, corrected and
 * added goes out with what was extracted. A missing sidecar leaves the
 * analysis as it is; a corrupt or newer one is reported in `notes` and left
 * alone, never guessed at.
 * reviewedFromDisk(raw, talks.txt, false) → { analysis: reviewed, notes: [] } when talks.txt.annotations.json exists
 */
export async function reviewedFromDisk(raw: Analysis, article: vscode.Uri, showRejected: boolean): Promise<{ analysis: Analysis; notes: string[] }> {
  const sidecar = sidecarUri(article);
  const read = await readSidecar(sidecar, fileName(article));
  if (read.kind !== 'ok') return { analysis: raw, notes: [`${fileName(sidecar)}: ${read.message.replace(/\.?$/, '.')} Annotations not merged.`] };
  if (!read.sidecar.annotations.length) return { analysis: raw, notes: [] };
  const merged = mergeAnnotations(raw, read.sidecar.annotations, { showRejected });
  const lost = [...merged.orphans, ...merged.unmatched].map((a) => `${fileName(sidecar)}: annotation ${a.id} ("${a.quote.exact.slice(0, 40)}") could not be placed`);
  return { analysis: merged.analysis, notes: lost };
}
