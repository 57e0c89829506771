/**
 * A state's forces by side and type, in the order of `state.forces`, for the
 * bots' passes that want only some of them (a pass over every force reads
 * four shapes of object, which is slow). Kept with the world per state
 * (`world.memo.bots`, bot-memo.ts): kept only when all its forces were frozen
 * (as every state the engine hands out), and used only while the state still
 * holds the very same force objects in the same order — a frozen force never
 * changes, so the index is then the state's. The list of a state resolveTurn
 * handed out is that at a glance (handed-out.ts).
 */
import { type ForceState, type GameState, handedOut, type World } from '../engine/index';
import { botMemo, type ForcesBySide } from './bot-memo';

export type { ForcesBySide } from './bot-memo';

export function forcesBySide(world: World, state: GameState): ForcesBySide {
  const indexes = botMemo(world).forces;
  const known = indexes.get(state);
  if (known && unchanged(world, known.forces, state.forces)) return known.index;
  const index: ForcesBySide = { japan: emptyTypes(), allies: emptyTypes() };
  let frozen = true;
  for (const f of state.forces) {
    (index[f.side][f.type] as ForceState[]).push(f);
    if (frozen && !Object.isFrozen(f)) frozen = false;
  }
  // The list of a state handed out (handed-out.ts) is kept itself, a list that may change as a copy.
  if (frozen)
    indexes.set(state, {
      forces: handedOut(world, state.forces) ? state.forces : state.forces.slice(),
      index,
    });
  return index;
}

const emptyTypes = (): ForcesBySide[keyof ForcesBySide] => ({ ship: [], flotilla: [], air: [], army: [] });

/** Whether `now` holds the forces `kept` held: the same list of a state handed out (handed-out.ts), or the same objects in the same order. */
function unchanged(world: World, kept: readonly ForceState[], now: readonly ForceState[]): boolean {
  return (kept === now && handedOut(world, now)) || sameForces(kept, now);
}

function sameForces(a: readonly ForceState[], b: readonly ForceState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
