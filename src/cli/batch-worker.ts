/** A batch worker thread: plays its share of the seeds and posts the results (or the error) back. */
import { parentPort, workerData } from 'node:worker_threads';
import { type BatchJob, playBatchJob } from './batch-runs';

try {
  parentPort?.postMessage({ ok: true, runs: playBatchJob(workerData as BatchJob) });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}
