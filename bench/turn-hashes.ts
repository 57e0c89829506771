/**
 * `npx tsx bench/turn-hashes.ts <checkout> [games] > out.json`: the state hash after every turn
 * of a set of games played with the checkout's own code — historical v historical on seeds 1..games
 * (20 unless told), then doctrine:perimeter, pass and commander:normal against the historical plan
 * on each side (seeds 1 and 2), and a 50-seed `batch` summary. Run it on two checkouts and compare
 * the files (`cmp`): a speed change must print the same bytes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

async function main(): Promise<void> {
  const [root = '.', gamesArg = '20'] = process.argv.slice(2);
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld, stateHash } = await import(url('src/engine/index.ts'));
  const { policyByName } = await import(url('src/ai/registry.ts'));
  const { autoplay } = await import(url('src/ai/autoplay.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = buildWorld(loaded.value);
  const games: [string, string, string][] = [];
  for (let i = 1; i <= Number(gamesArg); i++) games.push(['historical', 'historical', String(i)]);
  for (const other of ['doctrine:perimeter', 'pass', 'commander:normal']) {
    for (const seed of ['1', '2']) {
      games.push(['historical', other, seed]);
      games.push([other, 'historical', seed]);
    }
  }
  const out: Record<string, string[]> = {};
  for (const [japan, allies, seed] of games) {
    const hashes: string[] = [];
    autoplay(
      world,
      seed,
      { japan: policyByName(japan), allies: policyByName(allies) },
      { onTurn: (result: { state: unknown }) => hashes.push(stateHash(result.state)) },
    );
    out[`${japan} v ${allies} seed ${seed}`] = hashes;
    process.stderr.write(`${japan} v ${allies} seed ${seed}: ${hashes.length} turns\n`);
  }
  process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 1;
});
