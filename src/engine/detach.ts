/**
 * Detachments: a move order of an army with `men` (order-schema.ts) sends only that many thousand
 * men; the army keeps the rest where it stands. The 1st Marine Division out of the South Pacific
 * forces, Australian brigades to Milne Bay, the South Seas Detachment out of a garrison: the
 * landings of 1941–42 were made by detachments, with the transports a port had.
 *
 * The order is checked as the move of the detachment alone (orders.ts: transports, escorts, fuel
 * and reach for its men only). When the turn is resolved, before anything else happens, each
 * legal order of the kind forms the detachment — a new army of the same side and experience at
 * the army's place, `men` taken from the army — and becomes an ordinary move of it
 * (`formDetachments`). A detachment is an army like any other from then on: it does not rejoin its
 * army by itself (two armies in one area fight together anyway; a player who wants one force
 * back sends both to the same place, and keeps the garrison they meant to leave).
 */
import type { SideId } from '../scenario/schema';
import type { Order } from './orders';
import { SIDE_IDS } from './sides';
import { type ForceState, forceById, type GameState, newForce } from './state';
import { addNewForce, ownForce, type TurnContext } from './turn-context';
import type { World } from './world';

type Move = Extract<Order, { type: 'move' }>;

/** The longest id an order may name (primitives.ts `Id`). */
const MAX_ID = 48;

/**
 * The id of a detachment of `parent` formed on `state.turn`: the army's id and the turn
 * (`java-garrison-t7`), with a letter added (`-t7b`, `-t7c`, …) if that is already a force's
 * or one the scenario brings later. Built forces end in digits (`-12`, events.ts): never one of these.
 */
export function detachmentId(world: World, state: GameState, parent: string): string {
  const declared = declaredForceIds(world);
  const turn = `-t${state.turn}`;
  for (let k = 0; ; k++) {
    const suffix = k === 0 ? turn : `${turn}${letters(k)}`;
    const id = `${parent.slice(0, MAX_ID - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!declared.has(id) && !forceById(state, id)) return id;
  }
}

/** 1 → b, 25 → z, 26 → ba, … (k ≥ 1). */
function letters(k: number): string {
  let s = '';
  let n = k;
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** Every force id the scenario names: at the start, as reinforcements and in events. Kept with the world. */
function declaredForceIds(world: World): ReadonlySet<string> {
  let ids = world.memo.declaredForceIds;
  if (!ids) {
    const set = new Set<string>();
    const { scenario } = world;
    for (const f of scenario.forces) set.add(f.id);
    for (const r of scenario.reinforcements) set.add(r.force.id);
    for (const e of scenario.events)
      for (const x of e.effects) if (x.type === 'reinforce') set.add(x.force.id);
    ids = set;
    world.memo.declaredForceIds = ids;
  }
  return ids;
}

/**
 * The detachment an order would form, as a force not (yet) in the state: what the order's checks
 * and forecasts weigh (orders.ts `movingForce`). Its name is the original army's with the next
 * number among that army's detachments (`Kawaguchi Detachment (2)`), as built forces carry a
 * serial. A detachment of a detachment counts as one more of the original army's: "16th Army (2)",
 * not "16th Army (1) (1)" (found by play22). Its id stays its parent's with the turn (unique).
 */
export function detachmentOf(world: World, state: GameState, parent: ForceState, men: number): ForceState {
  const id = detachmentId(world, state, parent.id);
  const root = originalArmy(world, state, parent);
  // Every detachment of the original army, nested ones too, has an id `<root id>-t<turn>…`.
  const stem = `${root.id}-t`;
  let n = 1;
  for (const f of state.forces)
    if (f.type === 'army' && f.id.startsWith(stem) && /^\d/.test(f.id.slice(stem.length))) n++;
  return newForce({
    id,
    name: `${root.name} (${n})`.slice(0, 60),
    side: parent.side,
    location: parent.location,
    experience: parent.experience,
    type: 'army',
    troops: men,
  });
}

/**
 * The army a detachment was first split from: its id less each `-t<turn>` a detachment added
 * (`detachmentId`), while that names an army in the state that the scenario did not declare under
 * the longer id. A scenario's or a built army is its own original.
 */
function originalArmy(world: World, state: GameState, army: ForceState): ForceState {
  const declared = declaredForceIds(world);
  let f = army;
  for (;;) {
    if (declared.has(f.id)) return f;
    const m = /^(.*)-t\d+[a-z]*$/.exec(f.id);
    const up = m ? forceById(state, m[1] ?? '') : undefined;
    if (up?.type !== 'army') return f;
    f = up;
  }
}

/**
 * Forms the detachments of the turn's legal orders (resolve-turn.ts, right after the orders are
 * checked): each becomes a new army, the order a move of it (with the same verdict), and the
 * report says so (`detached`). Orders without `men` are left as they are: a turn without a
 * detachment changes nothing here.
 */
export function formDetachments(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    const orders = ctx.orders[side];
    if (!orders.some((o) => o.type === 'move' && o.men !== undefined)) continue;
    const out: Order[] = [];
    for (const o of orders) {
      const given = o.type === 'move' && o.men !== undefined ? detach(ctx, side, o, o.men) : o;
      if (given) out.push(given);
    }
    ctx.orders[side] = out;
  }
}

/** The move of the detachment formed for `order`; null (the order dropped, never the whole army moved) if none can be. */
function detach(ctx: TurnContext, side: SideId, order: Move, men: number): Order | null {
  const parent = forceById(ctx.state, order.force);
  // Checked before the turn: an active army of the side with more men than `men`.
  if (parent?.type !== 'army' || parent.side !== side || parent.troops <= men) return null;
  const detachment = detachmentOf(ctx.world, ctx.state, parent, men);
  const army = ownForce(ctx, parent);
  army.troops -= men;
  addNewForce(ctx, detachment);
  const move: Move = { type: 'move', force: detachment.id, to: order.to };
  const verdict = ctx.verdicts.get(order);
  if (verdict) ctx.verdicts.set(move, verdict);
  ctx.items.push({
    kind: 'detached',
    side,
    force: detachment.id,
    name: detachment.name,
    army: parent.id,
    armyName: parent.name,
    area: parent.location,
    men,
    left: army.troops,
    to: order.to,
  });
  return move;
}
