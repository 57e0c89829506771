/**
 * What the historical player knows of the enemy's forces at sea: what its side sees (engine/sight.ts
 * `sightOf`: its own forces' seas, its aircraft's search, and the searches and battles of the turn
 * just resolved when the fog's report is given), and, for the Allies, the Japanese forces the decrypt
 * names (`PolicyInput.intel`: the code-breakers told where they went — JN-25 named the Kidō Butai's
 * objective at Midway, B9 C5). It is the commander's picture under the fog (commander.ts
 * `believed`), read always, fog or not: the computer must not win by what no player could know
 * (docs/CALIBRATION.md "1zj"). The plan's dated steps are what the side did and read nothing; the
 * two decisions it takes from the state that look at enemy fleets at sea — the carrier raid on a
 * fleet in port (historical.ts `raidFleetInPort`) and the idle land-based air groups' strikes
 * (air-orders.ts) — ask this. Enemy forces in land areas are always seen (sight.ts).
 *
 * Without the fog's report (a game played without `--fog`: the batch, the calibration) the previous
 * turn's searches and battles are not read, only where the side's forces are and what its aircraft
 * search: a little less than a player would know, never more.
 */
import { type ForceState, type GameState, type Sight, seesForce, sightOf, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';
import type { PolicyInput } from './policy';

/** Whether the side knows of enemy force `f` (its own forces always): made once per decision, asked lazily. */
export type Known = (f: ForceState) => boolean;

/** The historical player's knowledge of the enemy for one decision (the sight made on the first question). */
export function knownToSide(world: World, state: GameState, side: SideId, seen?: PolicyInput): Known {
  let sight: Sight | undefined;
  let named: ReadonlySet<string> | undefined;
  return (f) => {
    if (f.side === side) return true;
    if (world.areas.get(f.location)?.kind !== 'sea') return true;
    sight ??= sightOf(world, state, side, seen?.fog?.report);
    if (seesForce(sight, f)) return true;
    named ??= new Set(seen?.intel?.read ? seen.intel.destinations.flatMap((d) => d.forces) : []);
    return named.has(f.name);
  };
}
