/**
 * Phase 5b — submarines against warships. After the battles and the retreat of the damaged, submarine
 * flotillas in a sea area where the enemy's named warships (carriers,
 * battleships) sail torpedo them, at the scenario's rate per boat and month
 * (`rules.combat.submarineAttacks`; absent: submarines leave warships alone).
 * Each attack picks one of the ships at random and does `hitPoints` damage
 * times the fortunes of war (battles.ts), through the same damage rule as every
 * battle (combat/hits.ts); a ship damaged badly enough goes to the yard at the
 * next turn's retreat (combat/retire.ts). Ships in port are not attacked.
 *
 * Why: the fleet submarine was a weapon against fleets. Japan's doctrine sent
 * its boats after warships rather than merchantmen: I-6 torpedoed Saratoga in
 * January 1942 and I-26 again on 31 August, I-19 sank Wasp and hit North
 * Carolina on 15 September, I-176 hit Chester and I-26 sank Juneau off
 * Guadalcanal, I-168 finished Yorktown at Midway and I-175 sank Liscome Bay off
 * Makin (B12 B9 BOYD-YOSHIDA-1995). The US boats, once their torpedoes worked,
 * sank Taihō and Shōkaku at the Philippine Sea, Kongō, Shinano and Unryū in
 * late 1944 (B13 BLAIR-1975). Before this rule the submarines of the model
 * fought only the shipping war, and the US carriers Saratoga and Wasp that
 * history took out of the 1942 fighting by torpedo were all at Santa Cruz.
 * The fleet train at sea is a target too: a torpedo sinks one oiler of a
 * flotilla (US submarines sank a score of Japan's fleet oilers in 1944 —
 * BLAIR-1975; endurance.ts).
 */
import type { SideId } from '../../scenario/schema';
import { applyHits } from '../combat/hits';
import { FLOTILLA_TOUGHNESS, isSubmarine } from '../combat-values';
import { atWarIn } from '../orders';
import type { ForceState } from '../state';
import { enemyOf, ownForce, type TurnContext } from '../turn-context';
import { areasById } from '../world';
import { chargeWillForLostShips, fortune } from './battles';

export function runSubmarineAttacks(ctx: TurnContext): void {
  const rule = ctx.world.scenario.rules.combat.submarineAttacks;
  if (!rule) return;
  // Boats and targets by side and sea area, by the graph's area indexes (no key strings to build).
  const { sea, index, ids } = ctx.world.graph;
  const n = ids.length;
  const boats = { japan: new Int32Array(n), allies: new Int32Array(n) };
  // Whether a side has a flotilla of submarines in the area at all (a count of 0 still attacks: a draw).
  const flotillas = { japan: new Uint8Array(n), allies: new Uint8Array(n) };
  const ships = { japan: new Uint8Array(n), allies: new Uint8Array(n) };
  for (const f of ctx.state.forces) {
    if (f.status !== 'active') continue;
    const at = index.get(f.location);
    if (at === undefined) throw new Error(`unknown area ${f.location}`);
    if (sea[at] !== 1) continue;
    if (isSubmarine(f) && f.type === 'flotilla') {
      boats[f.side][at]! += f.count;
      flotillas[f.side][at] = 1;
    }
    if (isTarget(f)) ships[f.side][at] = 1;
  }
  // In the order of the keys "side|area" sorted (Allies first, then by area id), so that the order of
  // the attacks (and the draws) does not depend on the order of the forces.
  for (const side of SIDES_BY_NAME)
    for (const at of areasById(ctx.world)) {
      if (flotillas[side][at] !== 1) continue;
      const areaId = ids[at]!;
      const percent = rule.percentPerBoat[side] ?? 0;
      if (percent === 0 || ships[enemyOf(side)][at] !== 1 || !atWarIn(ctx.world, ctx.state, areaId)) continue;
      attack(ctx, rule, side, areaId, boats[side][at]!, percent);
    }
}

/** The sides in the order of their names ("allies" < "japan"). */
const SIDES_BY_NAME: readonly SideId[] = ['allies', 'japan'];

/** `boats` submarines of `side` attack the enemy's warships in the sea area `areaId`. */
function attack(
  ctx: TurnContext,
  rule: NonNullable<TurnContext['world']['scenario']['rules']['combat']['submarineAttacks']>,
  side: SideId,
  areaId: string,
  boats: number,
  percent: number,
): void {
  // The torpedoes that worked (the Mark 14's failures until late 1943 — S5, rules.submarines.torpedoes).
  const torpedo =
    side === 'allies'
      ? ctx.world.scenario.rules.submarines?.torpedoes.find((t) => ctx.state.date <= t.until)
      : undefined;
  const hundredths = Math.floor((boats * percent * ctx.turnDays * (torpedo?.percent ?? 100)) / (30 * 100));
  const attacks = Math.floor(hundredths / 100) + (ctx.rng.int(100) < hundredths % 100 ? 1 : 0);
  for (let i = 0; i < attacks; i++) {
    const alive = ctx.state.forces.filter(
      (t) => isTarget(t) && t.side !== side && t.status === 'active' && t.location === areaId,
    );
    if (alive.length === 0) break;
    const target = ownForce(ctx, alive[ctx.rng.int(alive.length)]!);
    const hit = Math.floor((rule.hitPoints * fortune(ctx)) / 100);
    // One torpedoed oiler of a flotilla, not the flotilla.
    const points = target.type === 'flotilla' ? Math.min(hit, FLOTILLA_TOUGHNESS[target.class]) : hit;
    const result = applyHits(target, points);
    const loss = {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: result.amount,
      aircraft: result.aircraft,
      destroyed: target.status === 'lost',
      cause: { code: 'torpedoed' as const, shooter: side, area: areaId, points },
    };
    ctx.items.push({ kind: 'damage', ...loss });
    chargeWillForLostShips(ctx, [loss]);
  }
}

/** What the boats hunt: named warships, and the oilers of the fleet train. */
function isTarget(f: ForceState): boolean {
  return f.type === 'ship' || (f.type === 'flotilla' && f.class === 'oiler');
}
