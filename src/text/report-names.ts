/**
 * The names a report's words need for the ids the engine gives (areas, forces, buildables,
 * events, the scenario's production entries and resource units), looked up in the scenario and
 * the state — one lookup shared by the UI and the command line, so both name things alike.
 */
import type { GameState, World } from '../engine/index';

export interface ReportNames {
  /** A side ("Japan"), or a holder that is not one as itself ("neutral"). */
  side: (id: string) => string;
  area: (id: string) => string;
  force: (id: string) => string;
  buildable: (id: string) => string;
  event: (id: string) => string;
  /** The note of the scenario's `production` entry at this index. */
  production: (entry: number) => string;
  /** A resource's name ("Oil") and unit ("thousand barrels", or '' without one). */
  resource: (id: string) => string;
  unit: (resource: string) => string;
  flag: (id: string) => string;
}

/**
 * Names from the scenario and a state of the game at or after the report (a force keeps its
 * entry when lost, so a later state still names it); an id without a name is shown as itself.
 */
export function reportNames(world: World, state: GameState): ReportNames {
  let forces: Map<string, string> | undefined;
  const forceNames = () => {
    if (forces) return forces;
    forces = new Map();
    for (const f of world.scenario.forces) forces.set(f.id, f.name);
    for (const r of world.scenario.reinforcements) forces.set(r.force.id, r.force.name);
    for (const e of world.scenario.events)
      for (const x of e.effects) if (x.type === 'reinforce') forces.set(x.force.id, x.force.name);
    for (const f of state.forces) forces.set(f.id, f.name);
    return forces;
  };
  const { scenario } = world;
  return {
    side: (id) => (id === 'japan' || id === 'allies' ? scenario.sides[id].name : id),
    area: (id) => world.areas.get(id)?.name ?? id,
    force: (id) => forceNames().get(id) ?? id,
    buildable: (id) => scenario.buildables.find((b) => b.id === id)?.name ?? id,
    event: (id) => scenario.events.find((e) => e.id === id)?.title ?? id,
    production: (entry) => scenario.production[entry]?.note ?? `production entry ${entry}`,
    resource: (id) => world.resources.get(id)?.name ?? id,
    unit: (resource) => world.resources.get(resource)?.unit ?? '',
    flag: (id) => scenario.flags.find((f) => f.id === id)?.name ?? id,
  };
}
