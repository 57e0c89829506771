import type { SideId } from '../scenario/schema';
import { pressureLevels, willPressures } from './phases/will';
import { seedRng } from './rng';
import { SIDE_IDS } from './sides';
import { emptySupply, freezeForces, type GameState, newForce, type PilotPool, STATE_VERSION } from './state';
import { dateOfTurn } from './turn-dates';
import type { World } from './world';

/** The state before turn 1: the scenario's starting positions and a generator seeded from `seed`. */
export function createGame(world: World, seed: string): GameState {
  const s = world.scenario;
  const control: Record<string, GameState['control'][string]> = {};
  for (const a of s.areas) if (a.kind !== 'sea') control[a.id] = a.owner;
  const flags: Record<string, boolean> = {};
  const tanks = s.rules.endurance?.oilers?.cargo?.perOiler;
  const forces = s.forces.map((f) => newForce(f, tanks));
  freezeForces(forces);
  for (const f of s.flags) flags[f.id] = f.initial;
  const state: GameState = {
    stateVersion: STATE_VERSION,
    scenarioId: s.meta.id,
    seed,
    turn: 1,
    date: dateOfTurn(world, 1),
    rng: seedRng(seed),
    sides: {
      japan: { stocks: { ...s.sides.japan.stocks } },
      allies: { stocks: { ...s.sides.allies.stocks } },
    },
    control,
    forces,
    flags,
    fired: Object.freeze({}),
    choices: {},
    oilFields: {},
    queue: [],
    policies: {
      japan: {
        rationing: s.rules.rationing?.side === 'japan' ? s.rules.rationing.initial : 0,
        sailings: 100,
      },
      allies: {
        rationing: s.rules.rationing?.side === 'allies' ? s.rules.rationing.initial : 0,
        sailings: 100,
      },
    },
    supply: { japan: emptySupply(), allies: emptySupply() },
    serial: 1,
    arrived: [],
    willPressure: { japan: {}, allies: {} },
    bombed: { japan: 0, allies: 0 },
    warTurns: 0,
    dryTurns: { japan: 0, allies: 0 },
    hungryTurns: { japan: 0, allies: 0 },
    pilots: { japan: initialPilots(world, 'japan'), allies: initialPilots(world, 'allies') },
    outcome: null,
  };
  // The scenario's starting will is will as the situation stands: the pressures already on a
  // side at the start (a 1944 scenario begins with areas lost and shipping sunk) are its baseline.
  for (const side of SIDE_IDS) state.willPressure[side] = pressureLevels(willPressures(world, state, side));
  return state;
}

/** The trained pilots a side starts with (none without a training programme). */
function initialPilots(world: World, side: SideId): PilotPool {
  const t = world.scenario.rules.air?.pilots[side];
  return { ready: t?.initial ?? 0, experience: t?.initialExperience ?? 0, training: [] };
}
