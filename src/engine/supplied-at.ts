/**
 * `isSupplied` (supply.ts) remembered per state handed out: an army's supply is asked by every
 * attack checked, and a computer player checks many against one state. The answer reads the
 * state's record of control and its forces (the power table) and nothing else of it, so for a
 * state handed out by resolveTurn (its list of forces marked, handed-out.ts; its record of control
 * frozen: neither changes any more) it is kept with the world (`world.memo.supplied`) by state,
 * side and area, and so is the side's search (supply.ts `SupplySearch`: its sources, power table
 * and lanes' verdicts are the state's and side's, whatever area is asked). A state being resolved
 * is asked afresh. Only a speed-up: the same answers.
 */
import type { SideId } from '../scenario/schema';
import { handedOut } from './handed-out';
import type { GameState } from './state';
import { isSupplied, supplySearch } from './supply';
import type { World } from './world';

export function suppliedAt(world: World, state: GameState, side: SideId, from: string): boolean {
  if (!handedOut(world, state.forces) || !Object.isFrozen(state.control))
    return isSupplied(world, state, side, from);
  world.memo.supplied ??= new WeakMap();
  let known = world.memo.supplied.get(state);
  if (!known || known.forces !== state.forces || known.control !== state.control) {
    known = {
      forces: state.forces,
      control: state.control,
      searches: {},
      japan: new Map(),
      allies: new Map(),
    };
    world.memo.supplied.set(state, known);
  }
  let answer = known[side].get(from);
  if (answer === undefined) {
    let search = known.searches[side];
    if (search === undefined) {
      const made = supplySearch(world, state, side);
      if (made === null) return true;
      search = made;
      known.searches[side] = search;
    }
    answer = search.from(from);
    known[side].set(from, answer);
  }
  return answer;
}
