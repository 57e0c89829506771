/**
 * `npx tsx bench/compare-salvos.ts <checkout A> <checkout B> [rounds]`: combat/hits.ts `fireSalvos` of
 * two checkouts, timed in turn in one process (A B, B A, …) on the same fire: lists of 4–33 of the
 * grand campaign's forces at its start (copies, all sides and types), each list fired on four times
 * with four target weights (as the battles' and port strikes' several weights meet the one call
 * site), a fresh loss book per list. Prints the median ratio A/B of the rounds' CPU, and whether both
 * dealt the same losses. A change to the salvos too small to see in a whole game (`compare.ts`) can
 * be seen here (PERFORMANCE.md, pass 33).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LossBook } from '../src/engine/combat/hits';
import type { Rng, RngState } from '../src/engine/rng';
import type { ForceState } from '../src/engine/state';
import { checkoutPair } from './checkout-pair';
import { cpuMs, median, readLoad } from './cpu-stats';

interface Side {
  fire: (reps: number) => string;
}

const WEIGHTS: ((f: ForceState) => number)[] = [
  (f) => (f.type === 'air' ? 1 : 0),
  (f) => (f.type === 'ship' ? (f.class === 'battleship' ? 1 : 4) : f.type === 'flotilla' ? 2 : 0),
  (f) => (f.type === 'army' ? f.troops : 0),
  (f) => (f.type === 'ship' || f.type === 'flotilla' ? 3 : 0),
];

async function load(root: string): Promise<Side> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const hits = (await import(url('src/engine/combat/hits.ts'))) as {
    LossBook: new () => LossBook;
    fireSalvos: (
      rng: Rng,
      fire: number,
      targets: readonly ForceState[],
      weight: (f: ForceState) => number,
      book: LossBook,
      kind: 'air-strikes',
      shooter: 'allies',
    ) => void;
  };
  const rng = (await import(url('src/engine/rng.ts'))) as {
    seedRng: (seed: string) => RngState;
    restoreRng: (s: RngState) => Rng;
  };
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld, createGame } = await import(url('src/engine/index.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const forces = (createGame(buildWorld(loaded.value), 'salvos') as { forces: ForceState[] }).forces;
  return {
    fire: (reps) => {
      const r = rng.restoreRng(rng.seedRng('salvos'));
      let dealt = '';
      for (let k = 0; k < reps; k++) {
        const n = 4 + (k % 30);
        const from = (k * 7) % (forces.length - n);
        const targets = forces.slice(from, from + n).map((f) => ({ ...f }) as ForceState);
        const book = new hits.LossBook();
        for (const w of WEIGHTS) hits.fireSalvos(r, 30 + (k % 50), targets, w, book, 'air-strikes', 'allies');
        if (k % 100 === 0) dealt += JSON.stringify(book.losses());
      }
      return dealt;
    },
  };
}

async function main(): Promise<void> {
  const args = checkoutPair('compare-salvos.ts', 20);
  if (!args) return;
  const a = await load(args.rootA);
  const b = await load(args.rootB);
  const sameLosses = a.fire(1000) === b.fire(1000);
  for (let i = 0; i < 3; i++) {
    a.fire(1000);
    b.fire(1000);
  }
  const ratios: number[] = [];
  for (let i = 0; i < args.rounds; i++) {
    let ta = 0;
    let tb = 0;
    if (i % 2 === 0) {
      ta = cpuMs(() => a.fire(2000));
      tb = cpuMs(() => b.fire(2000));
    } else {
      tb = cpuMs(() => b.fire(2000));
      ta = cpuMs(() => a.fire(2000));
    }
    ratios.push(ta / tb);
  }
  const r3 = (n: number) => Math.round(n * 1000) / 1000;
  const out = {
    a: args.rootA,
    b: args.rootB,
    rounds: args.rounds,
    sameLosses,
    ratio: r3(median(ratios)),
    load: readLoad(),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
