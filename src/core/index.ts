import type { Analysis, AnalyzeOptions } from './model';
import { emptyAnalysis } from './emptyAnalysis';
import { PIPELINE } from './pipeline';
import { runStage } from './runStage';

export * from './model';
export { emptyAnalysis } from './emptyAnalysis';
export { analyzeBatch } from './analyzeBatch';

/**
 * Runs every stage over the text. Never throws on user text: a stage that
 * fails on odd input is skipped with a warning, so the others still report.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  let analysis = emptyAnalysis(typeof text === 'string' ? text : String(text ?? ''));
  for (const stage of PIPELINE) analysis = runStage(stage, analysis, options);
  return analysis;
}
