/**
 * `npx tsx bench/short-air.ts <scenario-stem> [--seeds N] [--no-codes]`: the air war in a short
 * scenario (issue 12, part 4), historical against historical on seeds 1..N (default 100),
 * single-threaded. Prints the verdicts, when each objective first changed hands (Southern Oil:
 * Java's fall), the Midway figures (Japanese and US fleet carriers sunk on the 1942-06-01 turn,
 * the historical result's share: 3–4 Japanese for at most 1 US), the air missions flown by side
 * and kind, the aircraft lost and replaced, and the plan's air orders the bot found illegal.
 * `--no-codes` empties `rules.codebreaking` first (Midway without the decrypts).
 */
import { readFileSync } from 'node:fs';
import { historicalPolicy } from '../src/ai/historical';
import {
  buildWorld,
  checkOrder,
  createGame,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
  SIDE_IDS,
  triggerHoldsIn,
  turnDate,
} from '../src/engine/index';
import { scoreGame } from '../src/judge/score';
import { judgeGame } from '../src/judge/verdict';
import { loadScenarioValue } from '../src/scenario/load';
import type { SideId } from '../src/scenario/schema';
import { refusalText } from '../src/text/refusal-text';

const stem = process.argv[2] ?? 'southern-oil-1942';
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const seeds = Number(arg('seeds') ?? '100');
const raw = JSON.parse(readFileSync(`scenarios/${stem}.json`, 'utf8'));
if (process.argv.includes('--no-codes')) raw.rules.codebreaking = [];
const loaded = loadScenarioValue(raw);
if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
const world = buildWorld(loaded.value);
const scenario = world.scenario;
const objectives = scenario.meta.goals?.objectives ?? [];

const KIDO_BUTAI = ['akagi', 'kaga', 'soryu', 'hiryu'];
const US_MIDWAY = ['yorktown', 'enterprise', 'hornet'];

const verdicts = new Map<string, number>();
const fell = new Map<string, string[]>();
const missions = new Map<string, number>();
const lost: Record<SideId, number> = { japan: 0, allies: 0 };
const replaced: Record<SideId, number> = { japan: 0, allies: 0 };
const refused = new Map<string, number>();
const midway: { jp: number; us: number }[] = [];
const shipsSunk = new Map<string, number>();

for (let n = 1; n <= seeds; n++) {
  let state: GameState = createGame(world, String(n));
  const reports = [];
  const sunkOn: Record<string, string> = {};
  while (!state.outcome) {
    const japan = historicalPolicy.orders(world, state, 'japan');
    const intel = readJapaneseIntentions(world, state, japan);
    const allies = historicalPolicy.orders(world, state, 'allies', { intel });
    // The plan's air orders of this turn that the bot could not give (their step's `when` holding).
    const date = state.date;
    const next = turnDate(scenario.calendar.start, scenario.calendar.turnLength, state.turn + 1);
    for (const step of scenario.historicalPlan) {
      const due = step.date >= date && step.date < next;
      const held = step.until !== undefined && step.date < date && step.until >= date;
      if (!due && !held) continue;
      if (step.when && !triggerHoldsIn(world, state, step.when)) continue;
      const given = step.side === 'japan' ? japan : allies;
      for (const o of step.orders) {
        if (o.type !== 'air') continue;
        if (given.some((g) => g.type === 'air' && g.force === o.force && g.target === o.target)) continue;
        const v = checkOrder(world, state, step.side, o, []);
        const key = `${date} ${step.side} ${o.force} ${o.mission} ${o.target}: ${v.ok ? 'not given' : refusalText(v.refusal)}`;
        if (due) refused.set(key, (refused.get(key) ?? 0) + 1);
      }
    }
    const { state: after, report } = resolveTurn(world, state, { japan, allies });
    reports.push(report);
    for (const item of report.items) {
      if (item.kind === 'air-mission') {
        const key = `${item.side} ${item.mission}`;
        missions.set(key, (missions.get(key) ?? 0) + 1);
      } else if (item.kind === 'air-replacement') replaced[item.side] += item.aircraft;
      else if (item.kind === 'battle') {
        for (const side of SIDE_IDS) lost[side] += item.aircraftLost[side];
        for (const l of item.losses) if (l.destroyed) sunkOn[l.force] ??= report.date;
      }
    }
    for (const id of objectives) {
      const area = scenario.areas.find((a) => a.id === id);
      const before = state.control[id] ?? area?.owner;
      const now = after.control[id] ?? area?.owner;
      if (before !== now && !(fell.get(id) ?? []).some((d) => d.startsWith(`${n}:`)))
        fell.set(id, [...(fell.get(id) ?? []), `${n}:${report.date}`]);
    }
    state = after;
  }
  const v = judgeGame(world, state, scoreGame(world, state, reports));
  const key = v ? `${v.winner}${v.strength ? ` ${v.strength}` : ''}` : 'none';
  verdicts.set(key, (verdicts.get(key) ?? 0) + 1);
  for (const [id] of Object.entries(sunkOn)) {
    const f = state.forces.find((x) => x.id === id);
    if (f?.type === 'ship') shipsSunk.set(id, (shipsSunk.get(id) ?? 0) + 1);
  }
  midway.push({
    jp: KIDO_BUTAI.filter((id) => sunkOn[id] === '1942-06-01').length,
    us: US_MIDWAY.filter((id) => sunkOn[id] === '1942-06-01').length,
  });
}

const pct = (x: number) => `${Math.round((x * 100) / seeds)}%`;
console.log(
  `${stem}${process.argv.includes('--no-codes') ? ' (no code-breaking)' : ''}: ${seeds} games, historical v historical`,
);
console.log('verdicts:', [...verdicts].map(([k, v]) => `${k} ${v}`).join(', '));
for (const id of objectives) {
  const dates = (fell.get(id) ?? []).map((d) => d.split(':')[1]!).sort();
  const by = new Map<string, number>();
  for (const d of dates) by.set(d, (by.get(d) ?? 0) + 1);
  console.log(
    `${id} first changed hands in ${pct(dates.length)}: ${[...by].map(([d, c]) => `${d} ${c}`).join(', ')}`,
  );
}
if (
  KIDO_BUTAI.every((id) => scenario.forces.some((f) => f.id === id)) &&
  scenario.calendar.turnLength.unit === 'week'
) {
  const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2);
  console.log(
    `Midway turn: JP fleet carriers sunk ${mean(midway.map((m) => m.jp))} of 4, US ${mean(midway.map((m) => m.us))} of 3; 3–4 JP for at most 1 US in ${pct(midway.filter((m) => m.jp >= 3 && m.us <= 1).length)}`,
  );
}
console.log(
  'ships sunk (games):',
  [...shipsSunk]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
console.log(
  'air missions (group-turns):',
  [...missions]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', '),
);
for (const side of SIDE_IDS)
  console.log(
    `${side}: aircraft lost ${(lost[side] / seeds).toFixed(1)} a game, replaced ${(replaced[side] / seeds).toFixed(1)}`,
  );
console.log('plan air orders not given:', refused.size === 0 ? 'none' : '');
for (const [k, v] of [...refused].sort()) console.log(`  ${k} (${v} games)`);
