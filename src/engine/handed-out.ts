/**
 * The lists of forces of the states `resolveTurn` has handed out. Such a list is never changed
 * afterwards — the next turn starts from a copy (cloneState), and its forces are frozen — so a
 * table worked out from it (a power table, the transports by port, the bots' index of forces,
 * an army's supply) holds for as long as a state holds that very list: one lookup instead of a
 * comparison force by force. Kept with the world (`world.memo.handedOut`), as a mark rather than
 * by freezing the list: a frozen array is read more slowly by the state hash's walk (~5% of a
 * digest, bench/hash-compare.ts).
 */
import type { ForceState } from './state';
import type { World } from './world';

/** Marks `forces` as the list of a state handed out (resolveTurn, once the turn is final). */
export function markHandedOut(world: World, forces: readonly ForceState[]): void {
  world.memo.handedOut ??= new WeakSet();
  world.memo.handedOut.add(forces);
}

/** Whether `forces` is the list of a state resolveTurn handed out (it never changes). */
export function handedOut(world: World, forces: readonly ForceState[]): boolean {
  return world.memo.handedOut?.has(forces) === true;
}
