/**
 * A state's forces by side and type, in the order of `state.forces`, for the
 * bots' passes that want only some of them (a pass over every force reads
 * four shapes of object, which is slow); the carriers among a side's ships too (the carrier
 * passes of historical.ts read them every turn, a few of a hundred ships). Kept with the world per state
 * (`world.memo.bots`, bot-memo.ts): kept only when all its forces were frozen
 * (as every state the engine hands out), and used only while the state still
 * holds the very same force objects in the same order — a frozen force never
 * changes, so the index is then the state's. The list of a state resolveTurn
 * handed out is that at a glance (handed-out.ts).
 */
import { assertNever } from '../engine/assert-never';
import { isCarrier } from '../engine/combat-values';
import { type ForceState, type GameState, handedOut, type World } from '../engine/index';
import { botMemo, type ForcesBySide } from './bot-memo';

export type { ForcesBySide } from './bot-memo';

export function forcesBySide(world: World, state: GameState): ForcesBySide {
  const indexes = botMemo(world).forces;
  const known = indexes.get(state);
  if (known && unchanged(world, known.forces, state.forces)) return known.index;
  const index: ForcesBySide = { japan: emptyTypes(), allies: emptyTypes() };
  // (Speed only.) The forces of a list handed out are all frozen (handed-out.ts): not asked one by one.
  const out = handedOut(world, state.forces);
  let frozen = true;
  for (const f of state.forces) {
    add(index[f.side], f);
    if (!out && frozen && !Object.isFrozen(f)) frozen = false;
  }
  // The list of a state handed out (handed-out.ts) is kept itself, a list that may change as a copy.
  if (out || frozen) indexes.set(state, { forces: out ? state.forces : state.forces.slice(), index });
  return index;
}

/** `f` appended to its type's list (one property per type: no lookup by a computed key). */
function add(types: ForcesBySide[keyof ForcesBySide], f: ForceState): void {
  switch (f.type) {
    case 'ship':
      types.ship.push(f);
      if (isCarrier(f)) types.carriers.push(f);
      return;
    case 'flotilla':
      types.flotilla.push(f);
      return;
    case 'air':
      types.air.push(f);
      return;
    case 'army':
      types.army.push(f);
      return;
    default:
      assertNever(f);
  }
}

const emptyTypes = (): ForcesBySide[keyof ForcesBySide] => ({
  ship: [],
  flotilla: [],
  air: [],
  army: [],
  carriers: [],
});

/** Whether `now` holds the forces `kept` held: the same list of a state handed out (handed-out.ts), or the same objects in the same order. */
function unchanged(world: World, kept: readonly ForceState[], now: readonly ForceState[]): boolean {
  return (kept === now && handedOut(world, now)) || sameForces(kept, now);
}

function sameForces(a: readonly ForceState[], b: readonly ForceState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
