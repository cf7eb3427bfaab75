import { analyze } from '../../../src/core';
import type { Analysis, AnalyzeOptions } from '../../../src/core/model';
import { outputRenderer, TEXT_FORMATS } from '../../../src/cli/annotations';
import { checkInvariants } from '../invariants';
import { exportErrors } from '../validateExport';

const render = (format: string) => outputRenderer({ format, annotations: false, includeRejected: false, toFiles: true, generatorVersion: '0.0.0-fuzz' });

/**
 * What is wrong with the engine's result on a text, or null when nothing is:
 * analyze must not throw nor skip a stage, the analysis must hold the
 * invariants, its JSON export must validate against the schema, and every
 * other export format must render. The CLI's own renderer is used, so the
 * document checked is the one written.
 * `checkText('"unclosed')` → null
 */
export function checkText(text: string, options: AnalyzeOptions = {}): string | null {
  let analysis: Analysis;
  try {
    analysis = analyze(text, options);
  } catch (error) {
    return `analyze threw: ${describe(error)}`;
  }
  const failed = analysis.warnings.find((w) => w.code === 'stage-failed');
  if (failed) return failed.message;
  try {
    checkInvariants(analysis);
  } catch (error) {
    return `invariant: ${describe(error)}`;
  }
  // JSON writes NaN and Infinity as null: a value that is not finite would pass the schema as "no value"
  const notFinite = analysis.figures.find((f) => f.value !== null && !Number.isFinite(f.value));
  if (notFinite) return `figure ${notFinite.id} ${JSON.stringify(notFinite.text)} has the value ${notFinite.value}`;
  let doc: unknown;
  try {
    doc = JSON.parse([...render('json')(analysis, 'fuzz.txt').chunks].join(''));
  } catch (error) {
    return `json export: ${describe(error)}`;
  }
  const errors = exportErrors(doc);
  if (errors.length > 0) return `schema: ${errors.slice(0, 3).join('; ')}`;
  for (const format of TEXT_FORMATS) {
    try {
      [...render(format)(analysis, 'fuzz.txt').chunks].join('');
    } catch (error) {
      return `${format} export: ${describe(error)}`;
    }
  }
  return null;
}

const describe = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));
