import type { Analysis, AnalyzeOptions } from './model';
import { emptyAnalysis } from './emptyAnalysis';
import { PIPELINE } from './pipeline';
import { runStage } from './runStage';
import { readingText } from './compose/readingText';
import { relocate } from './compose/relocate';

/**
 * The same analyses as `texts.map((t) => analyze(t, options))`, but each stage
 * runs over every text before the next stage starts. On many small articles
 * that is about 1.5x faster: one stage's code and tables stay in the
 * processor's caches instead of being evicted by the other stages for each
 * article. The CLI uses it for batches of files; the editor, with one
 * article at a time, uses analyze.
 */
export function analyzeBatch(texts: readonly string[], options: AnalyzeOptions = {}): Analysis[] {
  const originals = texts.map((text) => (typeof text === 'string' ? text : String(text ?? '')));
  const readings = originals.map(readingText);
  let analyses = originals.map((text, i) => emptyAnalysis(readings[i]?.text ?? text));
  for (const stage of PIPELINE) analyses = analyses.map((analysis) => runStage(stage, analysis, options));
  return analyses.map((analysis, i) => {
    const reading = readings[i];
    return reading ? relocate(analysis, originals[i], reading) : analysis;
  });
}
