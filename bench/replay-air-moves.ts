/**
 * `npx tsx bench/replay-air-moves.ts <replay.json> <turn> [--policy commander:normal] [--side allies]`:
 * plays a replay's first turn-1 turns, asks the policy for turn `turn`'s orders (with the decrypt
 * the Allies would read), and lists the air groups' moves and missions, and the intent's air
 * operations; `--threats` each base's engine/air-danger.ts `airBaseThreat`; `--play N` then N turns more,
 * the other side on the recorded orders (cmdr31b: the Allied commander flew every air group in the
 * Pacific to Luzon).
 */
import { readFileSync } from 'node:fs';
import { ask } from '../src/ai/autoplay';
import type { Intent } from '../src/ai/intent';
import { policyByName } from '../src/ai/registry';
import { buildWorld, readJapaneseIntentions, resolveTurn } from '../src/engine/index';
import { loadReplayText, replayTurns } from '../src/replay/index';
import { loadScenarioText } from '../src/scenario/load';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : (process.argv[i + 1] ?? fallback);
}
const [file, turnText] = process.argv.slice(2);
if (!file || !turnText) throw new Error('usage: replay-air-moves.ts <replay.json> <turn>');
const replay = loadReplayText(readFileSync(file, 'utf8'));
if (!replay.ok) throw new Error('the replay does not load');
const scenario = loadScenarioText(readFileSync(`scenarios/${replay.value.scenario.id}.json`, 'utf8'));
if (!scenario.ok) throw new Error('the scenario does not load');
const world = buildWorld(scenario.value);
const turn = Number(turnText);
const walk = replayTurns(world, { seed: replay.value.seed, turns: replay.value.turns.slice(0, turn - 1) });
let step = walk.next();
let state = step.done ? step.value : step.value.before;
while (!step.done) {
  state = step.value.result.state;
  step = walk.next();
}
const side = option('side', 'allies') as 'allies' | 'japan';
const policy = policyByName(option('policy', 'commander:normal'))!;
const japanOrders = replay.value.turns[turn - 1]?.orders.japan ?? [];
const intel = side === 'allies' ? readJapaneseIntentions(world, state, japanOrders) : null;
const intents: Intent[] = [];
const orders = ask(policy, world, state, side, { intel }, intents);
console.log(`turn ${state.turn} ${state.date}, ${side} ${policy.name}`);
const air = new Map(state.forces.filter((f) => f.side === side && f.type === 'air').map((f) => [f.id, f]));
let moved = 0;
for (const o of orders) {
  if (!('force' in o) || !air.has(o.force)) continue;
  const f = air.get(o.force)!;
  const planes = f.type === 'air' ? f.aircraft : 0;
  if (o.type === 'move') moved += planes;
  console.log(
    `  ${o.type === 'move' ? `move ${f.location} -> ${o.to}` : `${o.type} ${'mission' in o ? o.mission : ''} ${'target' in o ? o.target : ''} (at ${f.location})`}: ${f.id} (${planes})`,
  );
}
const still = [...air.values()].filter(
  (f) => f.status === 'active' && !orders.some((o) => 'force' in o && o.force === f.id),
);
for (const f of still)
  console.log(`  no order (at ${f.location}): ${f.id} (${f.type === 'air' ? f.aircraft : 0})`);
console.log(`aircraft moved: ${moved}`);
for (const i of intents)
  for (const op of i.operations)
    if (op.forces.some((id) => air.has(id)))
      console.log(
        `  op ${op.kind} ${op.reason} ${op.target ?? ''} [${op.forces.join(',')}] ${JSON.stringify(op.numbers ?? {})}`,
      );
if (process.argv.includes('--threats')) {
  const { airBaseThreat } = await import('../src/engine/index');
  for (const base of new Set([...air.values()].map((f) => f.location)))
    console.log(`  threat at ${base}: ${airBaseThreat(world, state, side, base)} aircraft`);
}
// `--play N`: then N turns more, Japan on the replay's recorded orders, the policy for `side`; each
// turn's Japanese shipping sunk by aircraft, the aircraft in reach, and where the side's air stands.
const more = Number(option('play', '0'));
let st = state;
for (let t = turn; t < turn + more && !st.outcome; t++) {
  const recorded = replay.value.turns[t - 1]?.orders;
  if (!recorded) break;
  const j = side === 'allies' ? recorded.japan : ask(policy, world, st, 'japan', {}, []);
  const a =
    side === 'allies'
      ? ask(policy, world, st, 'allies', { intel: readJapaneseIntentions(world, st, j) }, [])
      : recorded.allies;
  const r = resolveTurn(world, st, { japan: j, allies: a });
  let air = 0;
  let reach = 0;
  for (const i of r.report.items)
    if ('sunkByAircraft' in i) {
      air += (i as { sunkByAircraft: number }).sunkByAircraft;
      reach = Math.max(reach, (i as { aircraft?: number }).aircraft ?? 0);
    }
  const bases = new Map<string, number>();
  for (const f of r.state.forces)
    if (f.side === side && f.type === 'air' && f.status === 'active')
      bases.set(f.location, (bases.get(f.location) ?? 0) + f.aircraft);
  console.log(
    `${st.date}: sunk by aircraft ${air} thousand GT (${reach} aircraft in reach); ${side} air after: ${[...bases].map(([b, n]) => `${b} ${n}`).join(', ')}`,
  );
  st = r.state;
}
