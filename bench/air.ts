/**
 * `npx tsx bench/air.ts [--seeds N] [--scenario path]`: the air war's figures of
 * docs/CALIBRATION.md (issue 12, part 4). Plays historical against historical on
 * seeds 1..N (default 100), single-threaded, and prints per year and side: new
 * aircraft produced for replacements, aircraft lost in battle, aircraft replaced,
 * pilots trained, the average experience of the air units and of the pilots waiting,
 * and the share of land-based aircraft (strategic bombers aside) that had an order
 * (a mission or a move) in the turns of the war.
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../src/ai/autoplay';
import { historicalPolicy } from '../src/ai/historical';
import { buildWorld, createGame, type GameState, SIDE_IDS } from '../src/engine/index';
import { loadScenarioText } from '../src/scenario/load';
import type { SideId } from '../src/scenario/schema';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1]!;
}

const seeds = Number(option('seeds', '100'));
const path = option('scenario', 'scenarios/pacific-1941.json');
const loaded = loadScenarioText(readFileSync(path, 'utf8'));
if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join('\n'));
const world = buildWorld(loaded.value);
const resource = world.scenario.rules.air?.aircraftResource ?? 'aircraft';

interface Tally {
  produced: number;
  lost: number;
  replaced: number;
  trained: number;
  /** Sums over turns, for means. */
  unitExperience: number;
  readyExperience: number;
  turns: number;
  /** Aircraft-turns of land-based groups, and of those with an order. */
  landAircraft: number;
  ordered: number;
  missions: Record<string, number>;
}
const blank = (): Tally => ({
  produced: 0,
  lost: 0,
  replaced: 0,
  trained: 0,
  unitExperience: 0,
  readyExperience: 0,
  turns: 0,
  landAircraft: 0,
  ordered: 0,
  missions: {},
});
const table = new Map<string, Record<SideId, Tally>>();
const at = (year: string) => {
  let t = table.get(year);
  if (!t) {
    t = { japan: blank(), allies: blank() };
    table.set(year, t);
  }
  return t;
};

const warFlag = world.scenario.rules.warFlag;
for (let seed = 1; seed <= seeds; seed++) {
  let before: GameState = createGame(world, String(seed));
  autoplay(
    world,
    String(seed),
    { japan: historicalPolicy, allies: historicalPolicy },
    {
      onTurn: (result) => {
        const year = before.date.slice(0, 4);
        const t = at(year);
        const war = warFlag === undefined || before.flags[warFlag] === true;
        const ordered = new Set<string>();
        for (const item of result.report.items) {
          switch (item.kind) {
            case 'economy':
              if (item.resource === resource)
                for (const c of item.changes) if (c.amount > 0) t[item.side].produced += c.amount;
              break;
            case 'battle':
              for (const side of SIDE_IDS) t[side].lost += item.aircraftLost[side];
              break;
            case 'air-replacement':
              t[item.side].replaced += item.aircraft;
              t[item.side].trained += item.graduated;
              t[item.side].unitExperience += item.unitExperience;
              t[item.side].readyExperience += item.readyExperience;
              t[item.side].turns += 1;
              break;
            case 'air-mission':
              ordered.add(item.force);
              t[item.side].missions[item.mission] =
                (t[item.side].missions[item.mission] ?? 0) + item.aircraft;
              break;
            case 'move':
              ordered.add(item.force);
              break;
            default:
              break;
          }
        }
        if (war) {
          for (const f of before.forces) {
            if (f.type !== 'air' || f.status !== 'active' || f.role === 'strategic-bomber') continue;
            t[f.side].landAircraft += f.aircraft;
            if (ordered.has(f.id)) t[f.side].ordered += f.aircraft;
          }
        }
        before = result.state;
      },
    },
  );
}

const per = (x: number) => Math.round(x / seeds).toLocaleString('en-GB');
const mean = (x: number, n: number) => (n === 0 ? '–' : Math.round(x / n).toString());
const pct = (a: number, b: number) => (b === 0 ? '–' : `${Math.round((a * 100) / b)}%`);
console.log(`${path}, historical v historical, seeds 1..${seeds} (per game, mean)\n`);
console.log(
  '| year | side | new aircraft | lost in battle | replaced | pilots trained | unit experience | pilots waiting: experience | land aircraft with orders | strike / cover / patrol / defend (aircraft-turns) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const year of [...table.keys()].sort()) {
  for (const side of SIDE_IDS) {
    const t = table.get(year)![side];
    const m = (k: string) => per(t.missions[k] ?? 0);
    console.log(
      `| ${year} | ${side} | ${per(t.produced)} | ${per(t.lost)} | ${per(t.replaced)} | ${per(t.trained)} | ${mean(t.unitExperience, t.turns)} | ${mean(t.readyExperience, t.turns)} | ${pct(t.ordered, t.landAircraft)} | ${m('strike')} / ${m('cover')} / ${m('patrol')} / ${m('defend')} |`,
    );
  }
}
let land = 0;
let ordered = 0;
for (const t of table.values())
  for (const side of SIDE_IDS) {
    land += t[side].landAircraft;
    ordered += t[side].ordered;
  }
console.log(
  `\nLand-based aircraft (strategic bombers aside) with an order, turns at war: ${pct(ordered, land)}`,
);
