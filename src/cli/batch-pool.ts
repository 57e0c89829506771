/**
 * Plays seeds on worker threads: seed i goes to worker i mod n, so
 * neighbouring seeds land on different workers and the shares stay even when
 * some games run longer than others. The results come back in seed order.
 * Used by `batch` and by the bench scripts (bench/agency.ts).
 */
import type { Worker } from 'node:worker_threads';
import type { BatchJob, RunResult } from './batch-runs';
import { CliError } from './errors';
import { errorText } from './files';
import { spawnWorker } from './spawn-worker';

/** The worker module beside this one, as .ts under tsx or .js once compiled. */
const WORKER_ENTRY = new URL(
  `./batch-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`,
  import.meta.url,
);

export async function playOnWorkers(
  job: Omit<BatchJob, 'seeds'>,
  seeds: readonly string[],
  workers: number,
): Promise<RunResult[]> {
  const n = Math.max(1, Math.min(workers, seeds.length));
  const shares: string[][] = Array.from({ length: n }, () => []);
  for (const [i, seed] of seeds.entries()) shares[i % n]!.push(seed);
  const results = await Promise.all(shares.map((share) => runWorker({ ...job, seeds: share })));
  const order = new Map(seeds.map((s, i) => [s, i]));
  return results.flat().sort((a, b) => order.get(a.seed)! - order.get(b.seed)!);
}

function runWorker(job: BatchJob): Promise<RunResult[]> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = spawnWorker(WORKER_ENTRY, job);
    } catch (err) {
      reject(new CliError(`could not start a batch worker: ${errorText(err)}`));
      return;
    }
    let settled = false;
    worker.on('message', (msg: { ok: true; runs: RunResult[] } | { ok: false; message: string }) => {
      settled = true;
      if (msg.ok) resolve(msg.runs);
      else reject(new CliError(`a batch worker failed: ${msg.message}`));
    });
    worker.on('error', (err) => {
      settled = true;
      reject(new CliError(`a batch worker failed: ${errorText(err)}`));
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(new CliError(`a batch worker stopped (exit code ${code}) before reporting its games`));
    });
  });
}
