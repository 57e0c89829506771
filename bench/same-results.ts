/**
 * `npx tsx bench/same-results.ts <checkout A> <checkout B> [historical games]`:
 * plays the same games in two checkouts of the project and says whether they
 * are the same turn by turn — each turn's state hash, orders and report (as
 * canonical JSON). A speed change must not change a result: this is the
 * check behind "sameResults" for more games and players than `compare.ts`
 * (the historical plan on both sides for seeds 1..N, then doctrine:perimeter,
 * pass and commander:normal on each side against the historical plan).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Play = (japan: string, allies: string, seed: string) => string[];

async function load(root: string): Promise<Play> {
  const url = (path: string) => pathToFileURL(resolve(root, path)).href;
  const { loadScenarioText } = await import(url('src/scenario/load.ts'));
  const { buildWorld } = await import(url('src/engine/index.ts'));
  const { policyByName } = await import(url('src/ai/registry.ts'));
  const { autoplay } = await import(url('src/ai/autoplay.ts'));
  const { canonicalJson } = await import(url('src/engine/hash.ts'));
  const loaded = loadScenarioText(readFileSync(resolve(root, 'scenarios/pacific-1941.json'), 'utf8'));
  if (!loaded.ok) throw new Error(`${root}: pacific-1941.json does not validate`);
  const world = buildWorld(loaded.value);
  return (japan, allies, seed) => {
    const turns: string[] = [];
    const policies = { japan: policyByName(japan), allies: policyByName(allies) };
    const { replay } = autoplay(world, seed, policies, {
      onTurn: (result: { state: { turn: number }; report: unknown }) =>
        turns.push(`${result.state.turn} ${canonicalJson(result.report)}`),
    });
    return replay.turns.map((t: unknown, i: number) => `${canonicalJson(t)} ${turns[i]}`);
  };
}

async function main(): Promise<void> {
  const [rootA, rootB, gamesArg = '20'] = process.argv.slice(2);
  if (!rootA || !rootB) {
    process.stderr.write(
      'usage: npx tsx bench/same-results.ts <checkout A> <checkout B> [historical games]\n',
    );
    process.exitCode = 2;
    return;
  }
  const a = await load(rootA);
  const b = await load(rootB);
  const games: [string, string, string][] = [];
  for (let i = 1; i <= Number(gamesArg); i++) games.push(['historical', 'historical', String(i)]);
  for (const other of ['doctrine:perimeter', 'pass', 'commander:normal']) {
    games.push([other, 'historical', '1'], ['historical', other, '1']);
  }
  let same = 0;
  let turns = 0;
  for (const [japan, allies, seed] of games) {
    const x = a(japan, allies, seed);
    const y = b(japan, allies, seed);
    const first = x.findIndex((t, i) => t !== y[i]);
    const ok = x.length === y.length && first < 0;
    turns += x.length;
    if (ok) same++;
    else process.stdout.write(`DIFFERENT ${japan} v ${allies} seed ${seed}: first at turn index ${first}\n`);
  }
  process.stdout.write(
    `${JSON.stringify({ games: games.length, same, turns, sameResults: same === games.length })}\n`,
  );
  if (same !== games.length) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
