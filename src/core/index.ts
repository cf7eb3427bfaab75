import type { Analysis, AnalyzeOptions } from './model';
import { emptyAnalysis } from './emptyAnalysis';
import { PIPELINE } from './pipeline';
import { runStage } from './runStage';
import { readingText } from './compose/readingText';
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
  // decomposed accents and Unicode separators are read as the stages expect, and the results mapped back
  const reading = readingText(original);
  let analysis = emptyAnalysis(reading?.text ?? original);
  for (const stage of PIPELINE) analysis = runStage(stage, analysis, options);
  return reading ? relocate(analysis, original, reading) : analysis;
}
