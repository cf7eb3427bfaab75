import { parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import type { Analysis, AnalyzeOptions } from '../core/model';

/** A request from the store: analyse this text, or send the next part of a reply. */
export type WorkerRequest =
  | { readonly id: number; readonly text: string; readonly options: AnalyzeOptions }
  | { readonly id: number; readonly next: true };

/**
 * The reply comes in parts: long lists in slices (an entity's mentions apart
 * from the entity), then the rest without the text (the store has it). The
 * store asks for each part after taking in the last, so a 5 MB article's spans
 * are deserialized one slice per event-loop turn, never all queued at once.
 */
export type WorkerReply =
  | { readonly id: number; readonly list: string; readonly items: readonly unknown[] }
  | { readonly id: number; readonly mentionsOf: number; readonly items: readonly unknown[] }
  | { readonly id: number; readonly rest: Omit<Analysis, 'text'> }
  | { readonly id: number; readonly error: string };

const SLICE = 2000;

// The engine bundle: a worker thread for the extension, or required in place when no worker can start.
export { analyze };

/** The parts still to send, by request id. */
const pending = new Map<number, WorkerReply[]>();

function slices<T>(list: readonly T[], each: (items: T[]) => WorkerReply): WorkerReply[] {
  const out: WorkerReply[] = [];
  for (let i = 0; i < list.length; i += SLICE) out.push(each(list.slice(i, i + SLICE)));
  return out;
}

/** An analysis as parts, in the order the store puts them back together. */
function parts(id: number, analysis: Analysis): WorkerReply[] {
  const out: WorkerReply[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(analysis)) {
    if (key === 'text') continue;
    if (key === 'entities') {
      const entities = analysis.entities;
      rest[key] = [];
      out.push(...slices(entities.map((e) => ({ ...e, mentions: [] })), (items) => ({ id, list: key, items })));
      entities.forEach((e, index) => out.push(...slices(e.mentions, (items) => ({ id, mentionsOf: index, items }))));
    } else if (Array.isArray(value) && value.length > SLICE) {
      rest[key] = [];
      out.push(...slices(value, (items) => ({ id, list: key, items })));
    } else rest[key] = value;
  }
  out.push({ id, rest: rest as unknown as Omit<Analysis, 'text'> });
  return out;
}

function sendNext(id: number): void {
  const queue = pending.get(id);
  const part = queue?.shift();
  if (!queue || !part) return;
  if (!queue.length) pending.delete(id);
  parentPort?.postMessage(part);
}

parentPort?.on('message', (request: WorkerRequest) => {
  if ('next' in request) return sendNext(request.id);
  try {
    pending.set(request.id, parts(request.id, analyze(request.text, request.options)));
  } catch (error) {
    pending.set(request.id, [{ id: request.id, error: error instanceof Error ? error.message : String(error) }]);
  }
  sendNext(request.id);
});
