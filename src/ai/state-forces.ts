/**
 * A state's forces by side and type, in the order of `state.forces`, for the
 * bots' passes that want only some of them (a pass over every force reads
 * four shapes of object, which is slow). A memo per state: kept only when all
 * its forces were frozen (as every state the engine hands out), and used only
 * while the state still holds the very same force objects in the same order —
 * a frozen force never changes, so the index is then the state's.
 */
import type { ForceState, GameState } from '../engine/index';
import type { SideId } from '../scenario/schema';

type ByType = { [T in ForceState['type']]: Extract<ForceState, { type: T }>[] };
export type ForcesBySide = Record<SideId, ByType>;

const indexes = new WeakMap<GameState, { forces: readonly ForceState[]; index: ForcesBySide }>();

export function forcesBySide(state: GameState): ForcesBySide {
  const known = indexes.get(state);
  if (known && sameForces(known.forces, state.forces)) return known.index;
  const index: ForcesBySide = { japan: emptyTypes(), allies: emptyTypes() };
  let frozen = true;
  for (const f of state.forces) {
    (index[f.side][f.type] as ForceState[]).push(f);
    if (frozen && !Object.isFrozen(f)) frozen = false;
  }
  if (frozen) indexes.set(state, { forces: state.forces.slice(), index });
  return index;
}

const emptyTypes = (): ByType => ({ ship: [], flotilla: [], air: [], army: [] });

function sameForces(a: readonly ForceState[], b: readonly ForceState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
