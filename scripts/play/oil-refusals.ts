/**
 * How many of each side's orders a game between computer players had refused, by reason (the
 * twenty-first play session saw Japan's orders refused "not enough oil" turn after turn in the
 * Road to Tokyo). Usage: npx tsx scripts/play/oil-refusals.ts <scenario id> <seed> <japan> <allies>
 */
import { readFileSync } from 'node:fs';
import { autoplay } from '../../src/ai/autoplay';
import { policyByName } from '../../src/ai/registry';
import { buildWorld } from '../../src/engine/index';
import { loadScenarioText } from '../../src/scenario/load';

const [id = 'road-to-tokyo-1944', seed = 'play22', japan = 'normal', allies = 'pass'] = process.argv.slice(2);
const parsed = loadScenarioText(readFileSync(`scenarios/${id}.json`, 'utf8'));
if (!parsed.ok) throw new Error(`${id} does not load`);
const world = buildWorld(parsed.value);
const pick = (name: string) => {
  const p = policyByName(name);
  if (!p) throw new Error(`no policy ${name}`);
  return p;
};
autoplay(
  world,
  seed,
  { japan: pick(japan), allies: pick(allies) },
  {
    onTurn: (r) => {
      const refused = r.report.items.flatMap((i) =>
        i.kind === 'rejected' ? [`${i.side} ${i.refusal.code}`] : [],
      );
      const counts = new Map<string, number>();
      for (const k of refused) counts.set(k, (counts.get(k) ?? 0) + 1);
      console.log(
        `turn ${r.report.turn}: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none refused'}`,
      );
    },
  },
);
