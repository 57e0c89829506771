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
import { forceById, strengthOf } from '../../engine/state';
import { historicalOrders } from '../historical';
import type { OperationKind } from '../intent';
import { addOperation, type Book, tryOrder } from './book';
import type { Situation } from './situation';

export function followDoctrine(book: Book, s: Situation): void {
  const groups = new Map<
    string,
    { kind: OperationKind; target: string; forces: string[]; strength: number }
  >();
  for (const o of historicalOrders(s.world, s.state, s.side)) {
    if (o.type !== 'move') continue;
    const f = forceById(s.state, o.force);
    if (!f || !tryOrder(book, o).ok) continue;
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
