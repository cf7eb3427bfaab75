import type { Analysis, AnalyzeOptions, Stage } from './model';

/**
 * One stage over one analysis. A stage that fails on odd input is skipped
 * with a warning, so the others still report: user text never throws.
 */
export function runStage(stage: Stage, analysis: Analysis, options: AnalyzeOptions): Analysis {
  try {
    return stage.run(analysis, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...analysis,
      warnings: [...analysis.warnings, { code: 'stage-failed', message: `The ${stage.name} stage failed: ${message}` }],
    };
  }
}
