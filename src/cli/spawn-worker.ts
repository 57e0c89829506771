import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module of this program. Compiled to
 * JavaScript, the entry is started directly. Run as TypeScript under tsx
 * (`npm run cli`), the entry and everything it imports are first bundled into
 * one JavaScript file with esbuild (the one tsx itself uses, so present
 * whenever tsx is), once per entry and process, in the system's temporary
 * directory (removed when the process exits), and the workers start on that.
 * Why not tsx in the worker: Node 20 does not apply tsx's loader to a
 * worker's entry file (passing `execArgv: ['--import', 'tsx']` fails with
 * "Unknown file extension .ts"), and registering tsx inside each worker made
 * every worker pay for the loader's thread, each module's transform and its
 * source map — seconds of CPU a batch (docs/PERFORMANCE.md, pass 21). The
 * bundle plays the same code: a batch's results are byte for byte the same.
 */
export function spawnWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  return new Worker(bundled(entry), { workerData });
}

const bundles = new Map<string, URL>();
let bundleDir: string | undefined;

function bundled(entry: URL): URL {
  const known = bundles.get(entry.href);
  if (known) return known;
  if (!bundleDir) {
    const dir = mkdtempSync(join(tmpdir(), 'pov-worker-'));
    bundleDir = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const outfile = join(bundleDir, `worker-${bundles.size}.mjs`);
  // tsx's own esbuild: resolved from tsx's package, not a dependency of ours.
  const esbuild = createRequire(import.meta.resolve('tsx/esm/api'))('esbuild') as typeof import('esbuild');
  esbuild.buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'warning',
    // CommonJS packages in the bundle keep a working `require` for Node's modules (seedrandom asks
    // for `crypto`, for seeds it makes itself: the game never does), as when Node loads them itself.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const url = pathToFileURL(outfile);
  bundles.set(entry.href, url);
  return url;
}
