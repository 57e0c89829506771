import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this program. Run as TypeScript
 * under tsx (`npm run cli`), Node 20 does not apply tsx's loader to a
 * worker's entry file (passing `execArgv: ['--import', 'tsx']` still fails
 * with "Unknown file extension .ts"), so a two-line JavaScript bootstrap
 * registers tsx inside the worker first and then imports the entry.
 * Compiled to JavaScript, the entry is started directly.
 */
export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
