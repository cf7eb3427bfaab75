import { analyzeBatch } from '../core';
import type { AnalyzeOptions } from '../core/model';
import { outputRenderer, type OutputOptions } from './annotations';
import { Utf8Page } from './utf8Page';

/** A batch of articles sent to a worker, in input order. */
export interface BatchJob {
  readonly texts: readonly string[];
  readonly paths: readonly (string | null)[];
  /** True when the batch's first article starts the output stream (a CSV stream writes its header once). */
  readonly startsStream: boolean;
}

/**
 * A batch's outputs as UTF-8, one article after another in one buffer: a
 * worker hands its memory over (transfer) rather than text to be copied and
 * then encoded again on the main thread.
 */
export interface RenderedBatch {
  readonly bytes: Uint8Array;
  /** Each article's byte count in `bytes`, in order. */
  readonly lengths: readonly number[];
  readonly notes: readonly (readonly string[])[];
}

/** Pages of encoded output: large enough that most batches fill one or two. */
const PAGE = 1 << 20;

/** What a worker needs to know once: how to analyse and how to render. */
export interface BatchSettings {
  readonly analyze: AnalyzeOptions;
  readonly output: OutputOptions;
}

/**
 * Analyses a batch stage by stage and renders each article as the CLI would
 * print it: what one worker does per message, so its output matches the
 * in-process run byte for byte.
 * renderBatch({ texts: [a], paths: ['a.txt'], startsStream: true }, settings) → { bytes: <'{\n  "schemaVersion": 1, …}\n'>, lengths: [2817], notes: [[]] }
 */
export function renderBatch(job: BatchJob, settings: BatchSettings): RenderedBatch {
  const analyses = analyzeBatch(job.texts, settings.analyze);
  const render = outputRenderer(settings.output, job.startsStream);
  const pages: Uint8Array[] = [];
  let paged = 0;
  const keep = (bytes: Uint8Array) => {
    pages.push(bytes);
    paged += bytes.length;
  };
  const page = new Utf8Page(PAGE, false);
  const lengths: number[] = [];
  const notes: string[][] = [];
  for (let i = 0; i < analyses.length; i++) {
    const output = render(analyses[i], job.paths[i]);
    const before = paged + page.length;
    for (const chunk of output.chunks) page.push(chunk, keep);
    lengths.push(paged + page.length - before);
    notes.push([...output.notes]);
  }
  keep(page.take());
  // one buffer of its own, so the worker can hand it over whole
  const bytes = new Uint8Array(paged);
  let at = 0;
  for (const p of pages) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, lengths, notes };
}
