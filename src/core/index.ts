import type { Analysis, AnalyzeOptions } from './model';
import { emptyAnalysis } from './emptyAnalysis';
import { PIPELINE } from './pipeline';

export * from './model';
export { emptyAnalysis } from './emptyAnalysis';

/**
 * Runs every stage over the text. Never throws on user text: a stage that
 * fails on odd input is skipped with a warning, so the others still report.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  let analysis = emptyAnalysis(typeof text === 'string' ? text : String(text ?? ''));
  for (const stage of PIPELINE) {
    try {
      analysis = stage.run(analysis, options);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      analysis = {
        ...analysis,
        warnings: [...analysis.warnings, { code: 'stage-failed', message: `The ${stage.name} stage failed: ${message}` }],
      };
    }
  }
  return analysis;
}
