/**
 * The side's doctrine: the scenario's plan for this turn (historical.ts) —
 * the campaign that takes months to assemble and that a few turns of
 * look-ahead cannot find (the submarine offensive, the island-hopping toward
 * the B-29 bases). Some of the commander's variants start from it; its orders
 * go through the same legality check and each is listed in an operation with
 * the reason "the plan says so". Decisions and the home front are left out:
 * they come from the commander's own rules (home-front.ts).
 */
import { isCarrier, isSubmarine } from '../../engine/combat-values';
import { type ForceState, forceById, strengthOf } from '../../engine/state';
import { historicalOrders } from '../historical';
import type { OperationKind } from '../intent';
import { addOperation, type Book, tryOrder } from './book';
import { carrierBattleOdds } from './carrier-battle';
import { keepsGarrison } from './land-operations';
import { threatAt } from './naval-operations';
import { navalPower, type Situation } from './situation';

export function followDoctrine(book: Book, s: Situation, hopelessAt = 0): void {
  const plan = historicalOrders(s.world, s.state, s.side);
  const held = hopelessAt > 0 ? hopelessSorties(s, plan, hopelessAt) : new Set<string>();
  const groups = new Map<
    string,
    { kind: OperationKind; target: string; forces: string[]; strength: number }
  >();
  const leaving = new Map<string, number>();
  for (const o of plan) {
    if (o.type !== 'move' || held.has(o.force)) continue;
    const f = forceById(s.state, o.force);
    if (!f || leavesGarrison(s, f, o.to, leaving) || !tryOrder(book, o).ok) continue;
    if (f.type === 'army') leaving.set(f.location, (leaving.get(f.location) ?? 0) + strengthOf(f));
    const dest = s.world.areas.get(o.to);
    const mine = s.holder(o.to) === s.side;
    let kind: OperationKind;
    if (f.type === 'army') kind = mine ? 'reinforce' : 'invade';
    else if (isSubmarine(f)) kind = 'submarine-campaign';
    else if (f.type === 'air') kind = 'air-strike';
    else if (dest?.kind !== 'sea') kind = 'reinforce';
    else if (isCarrier(f)) kind = 'carrier-raid';
    else kind = f.type === 'flotilla' && f.class === 'escort' ? 'escort-convoys' : 'patrol';
    const key = `${kind}/${o.to}`;
    const g = groups.get(key) ?? { kind, target: o.to, forces: [], strength: 0 };
    g.forces.push(f.id);
    g.strength += strengthOf(f);
    groups.set(key, g);
  }
  // Strength in each force's own unit (ships, aircraft, thousand men), as the plan's step moves them.
  for (const g of groups.values())
    addOperation(book, g.kind, 'historical-plan', g.forces, g.target, {
      forces: g.forces.length,
      strength: g.strength,
    });
}

/**
 * Whether the plan's move takes the last army out of a goal's objective the side holds
 * (land-operations.ts `keepsGarrison`): the plan's dates are the real war's, and a commander that
 * took Java two months early does not sail the 16th Army on to Rabaul in the plan's month and leave
 * Java empty (docs/AI.md, fourteenth play-through).
 */
function leavesGarrison(s: Situation, f: ForceState, to: string, leaving: Map<string, number>): boolean {
  if (f.type !== 'army' || f.location === to || !keepsGarrison(s, f.location)) return false;
  const left = (s.troops[s.side].get(f.location) ?? 0) - (leaving.get(f.location) ?? 0) - strengthOf(f);
  return left <= 0;
}

/**
 * The warships the plan sends into seas where the enemy outweighs them (and the side's ships
 * already there) by more than `hopelessAt` percent: weighed in strike aircraft where the enemy's
 * carriers can join the battle (carrier-battle.ts), otherwise by naval power.
 */
function hopelessSorties(
  s: Situation,
  plan: ReturnType<typeof historicalOrders>,
  hopelessAt: number,
): Set<string> {
  const bySea = new Map<string, ForceState[]>();
  for (const o of plan) {
    if (o.type !== 'move' || s.world.areas.get(o.to)?.kind !== 'sea') continue;
    const f = forceById(s.state, o.force);
    if (!f || f.location === o.to || navalPower(f) === 0) continue;
    bySea.set(o.to, [...(bySea.get(o.to) ?? []), f]);
  }
  const held = new Set<string>();
  for (const [sea, sent] of bySea) {
    const there = s.state.forces.filter(
      (f) => f.side === s.side && f.status === 'active' && f.location === sea && navalPower(f) > 0,
    );
    const ships = [...sent, ...there];
    const air = carrierBattleOdds(s, sea, ships);
    const ours = air ? air.ours : ships.reduce((n, f) => n + navalPower(f), 0);
    const theirs = air ? air.theirs : threatAt(s, sea);
    if (theirs * 100 > ours * hopelessAt) for (const f of sent) held.add(f.id);
  }
  return held;
}
