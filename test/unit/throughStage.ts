import { emptyAnalysis } from '../../src/core/emptyAnalysis';
import type { Analysis } from '../../src/core/model';
import { PIPELINE } from '../../src/core/pipeline';

/**
 * Runs the pipeline up to and including one stage, for tests of large inputs
 * that should not wait on the stages after it.
 */
export function analyzeThrough(stage: string, text: string): Analysis {
  const last = PIPELINE.findIndex((s) => s.name === stage);
  let analysis: Analysis = emptyAnalysis(text);
  for (const s of PIPELINE.slice(0, last + 1)) analysis = s.run(analysis, {});
  return analysis;
}
