import { parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import type { Analysis, AnalyzeOptions } from '../core/model';

/** A request from the store: analyse this text. */
export interface WorkerRequest {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

/**
 * The reply comes in parts: long lists in slices, then the rest without the
 * text (the store has it). Each part is its own message, so the extension host
 * deserializes a 5 MB article's spans a slice at a time and stays responsive.
 */
export type WorkerReply =
  | { readonly id: number; readonly list: string; readonly items: readonly unknown[] }
  | { readonly id: number; readonly rest: Omit<Analysis, 'text'> }
  | { readonly id: number; readonly error: string };

const SLICE = 2000;

// The engine bundle: a worker thread for the extension, or required in place when no worker can start.
export { analyze };

function reply(id: number, analysis: Analysis): void {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) {
    if (key === 'text') continue;
    if (!Array.isArray(value) || value.length <= SLICE) {
      rest[key] = value;
      continue;
    }
    rest[key] = [];
    for (let i = 0; i < value.length; i += SLICE) parentPort?.postMessage({ id, list: key, items: value.slice(i, i + SLICE) } satisfies WorkerReply);
  }
  parentPort?.postMessage({ id, rest: rest as unknown as Omit<Analysis, 'text'> } satisfies WorkerReply);
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    reply(request.id, analyze(request.text, request.options));
  } catch (error) {
    parentPort?.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
