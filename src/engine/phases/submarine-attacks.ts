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
import { loseTorpedoedCripple } from '../combat/crippled';
import { applyHits } from '../combat/hits';
import { FLOTILLA_TOUGHNESS, isSubmarine } from '../combat-values';
import { atWarIn } from '../orders';
import type { ForceState } from '../state';
import { enemyOf, ownForce, type TurnContext } from '../turn-context';
import { area, type World } from '../world';
import { chargeWillForLostShips, fortune } from './battles';
import type { Passage } from './interception';

export function runSubmarineAttacks(ctx: TurnContext, passages: readonly Passage[] = []): void {
  const rule = ctx.world.scenario.rules.combat.submarineAttacks;
  if (!rule) return;
  const { ids, index, sea } = ctx.world.graph;
  const n = ids.length;
  // By side and sea area index (`world.graph`; the Allies' first, then Japan's): the boats on
  // patrol, and `marks` (BOATS: a flotilla of boats is there — one of no boats still draws for its
  // attacks; TARGETS: a target sails there). Plain arrays, not maps by a "side|area" key (the keys
  // made and split for every ship at sea were most of this phase's cost), nor typed arrays (past
  // 64 bytes each is a buffer of its own, several times the cost to make — pass 17).
  const boats = new Array<number>(2 * n).fill(0);
  const marks = new Array<number>(2 * n).fill(0);
  for (const f of ctx.state.forces) {
    if (f.status !== 'active') continue;
    // (Only boats and their targets are filed: the other forces are passed over before their area
    // is looked up.)
    const boat = isSubmarine(f) && f.type === 'flotilla';
    const target = isTarget(f);
    if (!boat && !target) continue;
    const i = index.get(f.location);
    if (i === undefined) area(ctx.world, f.location);
    if (i === undefined || sea[i] !== 1) continue;
    const at = sideSlot(f.side) * n + i;
    if (boat) {
      boats[at] = boats[at]! + f.count;
      marks[at] = marks[at]! | BOATS;
    }
    if (target) marks[at] = marks[at]! | TARGETS;
  }
  // In the order of the "side|area" keys sorted (the Allies' before Japan's, then by the areas'
  // ids), so that the order of the attacks (and the draws) does not depend on the order of the forces.
  const order = seaAreasById(ctx.world);
  for (const side of SIDES_BY_NAME) {
    const own = sideSlot(side) * n;
    const theirs = sideSlot(enemyOf(side)) * n;
    const percent = rule.percentPerBoat[side] ?? 0;
    for (const i of order) {
      if ((marks[own + i]! & BOATS) === 0) continue;
      const areaId = ids[i]!;
      if (percent === 0 || (marks[theirs + i]! & TARGETS) === 0 || !atWarIn(ctx.world, ctx.state, areaId))
        continue;
      attack(ctx, side, areaId, boats[own + i]!, percent, 100, targetsIn(ctx, side, areaId));
    }
  }
  // Ships passing through a sea area on their way (the route's seas between where they set out
  // and where they arrive) meet the boats there, at the rule's share of a month's attacks.
  const transit = rule.transitPercent;
  if (!transit || passages.length === 0) return;
  const passing = new Map<string, Set<string>>();
  for (const p of passages)
    for (const sea of p.seas) {
      const key = `${enemyOf(p.side)}|${sea}`;
      const i = index.get(sea);
      if (i === undefined || (marks[sideSlot(enemyOf(p.side)) * n + i]! & BOATS) === 0) continue;
      if (!(transit[enemyOf(p.side)] ?? 0)) continue;
      const movers = passing.get(key) ?? new Set<string>();
      for (const id of p.movers) movers.add(id);
      passing.set(key, movers);
    }
  for (const key of [...passing.keys()].sort()) {
    const [side, areaId] = key.split('|') as [SideId, string];
    const percent = rule.percentPerBoat[side] ?? 0;
    if (percent === 0 || !atWarIn(ctx.world, ctx.state, areaId)) continue;
    const movers = passing.get(key)!;
    attack(
      ctx,
      side,
      areaId,
      boats[sideSlot(side) * n + index.get(areaId)!]!,
      percent,
      transit[side] ?? 0,
      targetsAmong(ctx, side, movers),
    );
  }
}

const BOATS = 1;
const TARGETS = 2;

/** The sides in the order of their names (the order of the "side|area" keys once sorted). */
const SIDES_BY_NAME: readonly SideId[] = ['allies', 'japan'];

/** A side's block in the arrays by side and area (`runSubmarineAttacks`). */
function sideSlot(side: SideId): number {
  return side === 'allies' ? 0 : 1;
}

/** The sea areas' indices in the order of their ids (`world.graph`; kept with the world: it never changes). */
function seaAreasById(world: World): readonly number[] {
  if (!world.memo.seaAreasById) {
    const { ids, sea } = world.graph;
    world.memo.seaAreasById = ids
      .map((_, i) => i)
      .filter((i) => sea[i] === 1)
      .sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  }
  return world.memo.seaAreasById;
}

// The ships the boats of `side` can still find, asked before each attack: made by functions that
// return them unnamed (under tsx a named closure costs a `__name` call).

/** The enemy's targets afloat in `areaId`. */
function targetsIn(ctx: TurnContext, side: SideId, areaId: string): () => ForceState[] {
  return () =>
    ctx.state.forces.filter(
      (t) => isTarget(t) && t.side !== side && t.status === 'active' && t.location === areaId,
    );
}

/** The enemy's targets afloat among the ships passing (`movers`). */
function targetsAmong(ctx: TurnContext, side: SideId, movers: ReadonlySet<string>): () => ForceState[] {
  return () =>
    ctx.state.forces.filter(
      (t) => movers.has(t.id) && isTarget(t) && t.side !== side && t.status === 'active',
    );
}

/**
 * `count` boats of `side` in `areaId`, each attacking at `percent` in 30 days (the Allies' times
 * their working torpedoes) for `share` percent of the turn, torpedo the ships `alive()` gives, one
 * picked at random each time.
 */
function attack(
  ctx: TurnContext,
  side: SideId,
  areaId: string,
  count: number,
  percent: number,
  share: number,
  alive: () => ForceState[],
): void {
  const rule = ctx.world.scenario.rules.combat.submarineAttacks!;
  // The torpedoes that worked (the Mark 14's failures until late 1943 — S5, rules.submarines.torpedoes).
  const torpedo =
    side === 'allies'
      ? ctx.world.scenario.rules.submarines?.torpedoes.find((t) => ctx.state.date <= t.until)
      : undefined;
  const hundredths = Math.floor(
    (count * percent * ctx.turnDays * (torpedo?.percent ?? 100) * share) / (30 * 100 * 100),
  );
  const attacks = Math.floor(hundredths / 100) + (ctx.rng.int(100) < hundredths % 100 ? 1 : 0);
  for (let i = 0; i < attacks; i++) {
    const targets = alive();
    if (targets.length === 0) break;
    const target = ownForce(ctx, targets[ctx.rng.int(targets.length)]!);
    const hit = Math.floor((rule.hitPoints * fortune(ctx)) / 100);
    // One torpedoed oiler of a flotilla, not the flotilla.
    const points = target.type === 'flotilla' ? Math.min(hit, FLOTILLA_TOUGHNESS[target.class]) : hit;
    const result = applyHits(target, points);
    // Crippled with the boats still about: lost as Taihō, Shōkaku, Kongō and Shinano were (combat/crippled.ts).
    const sank = loseTorpedoedCripple(ctx, target);
    const loss = {
      side: target.side,
      force: target.id,
      name: target.name,
      amount: result.amount + (sank?.amount ?? 0),
      aircraft: result.aircraft + (sank?.aircraft ?? 0),
      destroyed: target.status === 'lost',
      cause: {
        code: 'torpedoed' as const,
        shooter: side,
        area: areaId,
        points,
        ...(sank ? { crippled: true as const } : {}),
      },
    };
    ctx.items.push({ kind: 'damage', ...loss });
    chargeWillForLostShips(ctx, [loss]);
  }
}

/** What the boats hunt: named warships, and the oilers of the fleet train. */
function isTarget(f: ForceState): boolean {
  return f.type === 'ship' || (f.type === 'flotilla' && f.class === 'oiler');
}
