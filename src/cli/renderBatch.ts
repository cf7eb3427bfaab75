import { analyzeBatch } from '../core';
import type { AnalyzeOptions } from '../core/model';
import { outputRenderer, type OutputOptions } from './annotations';

/** A batch of articles sent to a worker, in input order. */
export interface BatchJob {
  readonly texts: readonly string[];
  readonly paths: readonly (string | null)[];
  /** True when the batch's first article starts the output stream (a CSV stream writes its header once). */
  readonly startsStream: boolean;
}

/** One article's output, whole: a worker hands back text, not a stream. */
export interface RenderedOutput {
  readonly text: string;
  readonly notes: readonly string[];
}

/** What a worker needs to know once: how to analyse and how to render. */
export interface BatchSettings {
  readonly analyze: AnalyzeOptions;
  readonly output: OutputOptions;
}

/**
 * Analyses a batch stage by stage and renders each article as the CLI would
 * print it: what one worker does per message, so its output matches the
 * in-process run byte for byte.
 * renderBatch({ texts: [a], paths: ['a.txt'], startsStream: true }, settings) → [{ text: '{\n  "schemaVersion": 1, …}\n', notes: [] }]
 */
export function renderBatch(job: BatchJob, settings: BatchSettings): RenderedOutput[] {
  const analyses = analyzeBatch(job.texts, settings.analyze);
  const render = outputRenderer(settings.output, job.startsStream);
  return analyses.map((analysis, i) => {
    const output = render(analysis, job.paths[i]);
    let text = '';
    for (const chunk of output.chunks) text += chunk;
    return { text, notes: output.notes };
  });
}
