/**
 * A state's forces by side and type, in the order of `state.forces`, for the
 * bots' passes that want only some of them (a pass over every force reads
 * four shapes of object, which is slow). Kept with the world per state
 * (`world.memo.bots`, bot-memo.ts): kept only when all its forces were frozen
 * (as every state the engine hands out), and used only while the state still
 * holds the very same force objects in the same order — a frozen force never
 * changes, so the index is then the state's.
 */
import type { ForceState, GameState, World } from '../engine/index';
import { botMemo, type ForcesBySide } from './bot-memo';

export type { ForcesBySide } from './bot-memo';

export function forcesBySide(world: World, state: GameState): ForcesBySide {
  const indexes = botMemo(world).forces;
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

const emptyTypes = (): ForcesBySide[keyof ForcesBySide] => ({ ship: [], flotilla: [], air: [], army: [] });

function sameForces(a: readonly ForceState[], b: readonly ForceState[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
