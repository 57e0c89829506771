/**
 * The names a report's words need for the ids the engine gives (areas, forces, buildables,
 * events, the scenario's production entries and resource units), looked up in the scenario and
 * the state — one lookup shared by the UI and the command line, so both name things alike.
 */
import type { GameState, World } from '../engine/index';

export interface ReportNames {
  area: (id: string) => string;
  force: (id: string) => string;
  buildable: (id: string) => string;
  event: (id: string) => string;
  /** The note of the scenario's `production` entry at this index. */
  production: (entry: number) => string;
  /** A resource's unit ("thousand barrels"), or '' without one. */
  unit: (resource: string) => string;
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
    for (const f of state.forces) forces.set(f.id, f.name);
    return forces;
  };
  const { scenario } = world;
  return {
    area: (id) => world.areas.get(id)?.name ?? id,
    force: (id) => forceNames().get(id) ?? id,
    buildable: (id) => scenario.buildables.find((b) => b.id === id)?.name ?? id,
    event: (id) => scenario.events.find((e) => e.id === id)?.title ?? id,
    production: (entry) => scenario.production[entry]?.note ?? `production entry ${entry}`,
    unit: (resource) => world.resources.get(resource)?.unit ?? '',
  };
}
