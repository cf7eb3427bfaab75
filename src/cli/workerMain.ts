import { parentPort, workerData } from 'node:worker_threads';
import { renderBatch, type BatchJob, type BatchSettings } from './renderBatch';

/**
 * The CLI bundle run as a worker thread (see WorkerPool): it answers each
 * batch with its rendered outputs, or with the error that stopped it, so the
 * main thread can fall back to analysing that batch itself.
 */
export function serveBatches(): void {
  const port = parentPort;
  if (!port) return;
  const settings = workerData as BatchSettings;
  port.on('message', (job: BatchJob) => {
    try {
      const outputs = renderBatch(job, settings);
      // its own buffer (renderBatch), so handing it over detaches nothing else
      port.postMessage({ outputs }, [outputs.bytes.buffer as ArrayBuffer]);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
