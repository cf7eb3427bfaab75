import type { Analysis, AnalyzeOptions } from './model';
import { emptyAnalysis } from './emptyAnalysis';
import { PIPELINE } from './pipeline';
import { runStage } from './runStage';
import { composeMarks } from './compose/composeMarks';
import { relocate } from './compose/relocate';

export * from './model';
export { emptyAnalysis } from './emptyAnalysis';
export { analyzeBatch } from './analyzeBatch';

/**
 * Runs every stage over the text. Never throws on user text: a stage that
 * fails on odd input is skipped with a warning, so the others still report.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const original = typeof text === 'string' ? text : String(text ?? '');
  // decomposed accents are read as composed ones, and the results mapped back
  const composed = composeMarks(original);
  let analysis = emptyAnalysis(composed?.text ?? original);
  for (const stage of PIPELINE) analysis = runStage(stage, analysis, options);
  return composed ? relocate(analysis, original, composed) : analysis;
}
