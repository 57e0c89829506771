/**
 * A rules laboratory: the small scenario with extra rules and stocks switched
 * on, validated through the real loader, so each test sees one mechanism at work.
 */
import {
  buildWorld,
  createGame,
  type GameState,
  type ReportItem,
  resolveTurn,
  type World,
} from '../../src/engine';
import { loadScenarioValue } from '../../src/scenario/load';
import { labScenarioRaw } from './scenarios';

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw scenario JSON
export type RawScenario = any;

export function labWorld(edit: (s: RawScenario) => void): World {
  const raw = labScenarioRaw();
  raw.resources.push(
    { id: 'tankers', name: 'Tankers', unit: 'thousand gross tons', min: 0 },
    { id: 'industry', name: 'Industry', unit: 'points', min: 0 },
  );
  raw.sides.japan.stocks.tankers = 500;
  raw.sides.japan.stocks.industry = 100;
  // Range and supply only where a test switches them on (rules-range.test.ts).
  delete raw.rules.endurance;
  delete raw.rules.supply;
  edit(raw);
  const r = loadScenarioValue(raw);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return buildWorld(r.value);
}

export const shippingRules = { tankerLiftPerKgt: 5, industryLiftPerKgt: 0, garrisonKgtPerThousandTroops: 0 };

/**
 * A southern oil stock (`oil-south`, empty) held at Borneo for the zone Borneo–Java–Java Sea, with
 * the lab's shipping rules and no production: oil held where it is (the economy and fuel tests).
 */
export function withSouthernOil(s: RawScenario): void {
  s.resources.push({ id: 'oil-south', name: 'Southern oil', unit: 'thousand barrels', min: 0 });
  s.sides.japan.stocks['oil-south'] = 0;
  s.rules.shipping = {
    ...shippingRules,
    southernOil: {
      stock: 'oil-south',
      hub: 'borneo',
      tag: 'southern-oil',
      zone: ['borneo', 'java', 'java-sea'],
    },
  };
  s.production = [];
}

/** Japan's fleet train: `count` oilers at `where` (holding `cargo` thousand barrels, if given). */
export function withOilers(s: RawScenario, count: number, where: string, cargo?: number): void {
  s.forces.push({
    id: 'jp-oilers',
    name: 'Combined Fleet oilers',
    side: 'japan',
    type: 'flotilla',
    class: 'oiler',
    location: where,
    count,
    ...(cargo === undefined ? {} : { cargo }),
  });
}

export const submarineRules = {
  patrolPercent: 30,
  sinkPerBoat: 8,
  torpedoes: [{ until: '1943-09-30', percent: 50 }],
  escortCutPerShip: 2,
  maxEscortCut: 60,
  boatLossPercent: 0,
  airSinkPer100Aircraft: 0,
};

export function startWith(world: World, seed: string, edit: (s: GameState) => void = () => {}): GameState {
  const state = createGame(world, seed);
  // The engine hands out frozen forces (see cloneState); a test setting up a situation edits copies.
  state.forces = state.forces.map((f) => ({ ...f }));
  edit(state);
  return state;
}

/**
 * Land-based air missions in the lab (the rules' range, no pilots or production) and the 11th Air
 * Fleet at Formosa with `aircraft`: the raid the battle, fighter-cover and damage-control tests fly.
 */
/**
 * Two US fleet carriers (`cv-1`, `cv-2`) in the South China Sea, within reach of the 11th Air Fleet
 * at Formosa: the target of the lab's air raids (fighter cover, damage control, crippled ships).
 */
export function withCarriersAtSea(s: RawScenario, aircraft = 40): void {
  withNoWarshipsOnTheSouthChinaSea(s);
  for (const id of ['cv-1', 'cv-2'])
    s.forces.push({
      id,
      name: id,
      side: 'allies',
      type: 'ship',
      class: 'fleet-carrier',
      location: 'south-china-sea',
      experience: 65,
      aircraft,
    });
}

/**
 * Japan's warships in the ports on the South China Sea (Formosa's flotillas, Southern Indochina's
 * battleships) moved to the Home Islands: Allied carriers lying in that sea would otherwise strike
 * those ports every turn (phases/port-strike.ts, carriers that stay), and the tests that put them
 * there look at the battle at sea alone.
 */
export function withNoWarshipsOnTheSouthChinaSea(s: RawScenario): void {
  for (const f of s.forces as { side: string; type: string; location: string }[])
    if (
      f.side === 'japan' &&
      (f.type === 'ship' || f.type === 'flotilla') &&
      (f.location === 'formosa' || f.location === 'indochina-south')
    )
      f.location = 'home-islands';
}

/**
 * Two Japanese submarine boats in the South China Sea and a US battleship at `at`, with no aircraft
 * anywhere, so that no battle is fought: the submarines' attacks on warships alone.
 */
export function withBoatsAndBattleship(s: RawScenario, at = 'south-china-sea'): void {
  s.forces = s.forces.filter((f: { type: string }) => f.type !== 'air');
  s.forces.push(
    {
      id: 'i-boats',
      name: 'i-boats',
      side: 'japan',
      type: 'flotilla',
      class: 'submarine',
      count: 2,
      location: 'south-china-sea',
      experience: 60,
    },
    {
      id: 'bb-1',
      name: 'bb-1',
      side: 'allies',
      type: 'ship',
      class: 'battleship',
      location: at,
      experience: 60,
    },
  );
}

/**
 * `turns` raids of the 11th Air Fleet on the carriers of `withCarriersAtSea`, each from the start
 * on its own seed (`<prefix>-<i>`): the report's items (its battle losses, retirements) and the
 * state after each. Every raid must be legal.
 */
export function carrierRaids(
  world: World,
  turns: number,
  prefix: string,
): { items: ReportItem[]; state: GameState }[] {
  const out: { items: ReportItem[]; state: GameState }[] = [];
  for (let i = 0; i < turns; i++) {
    const r = resolveTurn(world, startWith(world, `${prefix}-${i}`), {
      japan: [{ type: 'air', force: 'eleventh-air-fleet', mission: 'strike', target: 'south-china-sea' }],
      allies: [],
    });
    if (r.illegal.length > 0) throw new Error(`lab raid refused: ${JSON.stringify(r.illegal)}`);
    out.push({ items: r.report.items, state: r.state });
  }
  return out;
}

/** After a raid: the worst damage of a carrier still afloat, and the carriers sent to the yard. */
export function carriersAfterRaid(
  items: ReportItem[],
  state: GameState,
): { worstAfloat: number; retired: number } {
  let worstAfloat = 0;
  for (const f of state.forces)
    if (f.id.startsWith('cv-') && f.type === 'ship' && f.status === 'active')
      worstAfloat = Math.max(worstAfloat, f.damage);
  const retired = items.filter((i) => i.kind === 'retired' && i.force.startsWith('cv-')).length;
  return { worstAfloat, retired };
}

/** The aircraft stock and the air rules (missions within 800 nm) the mission tests share. */
export function withAirRules(s: RawScenario): void {
  s.resources.push({ id: 'aircraft', name: 'New aircraft', unit: 'aircraft', min: 0 });
  s.rules.air = {
    aircraftResource: 'aircraft',
    pilotLossPercent: 50,
    pilots: {},
    missionRange: 800,
    interceptPer100: 10,
    maxInterceptPercent: 50,
    bomberLossPercent: 10,
  };
}

export function withMissionAir(s: RawScenario, aircraft: number): void {
  withAirRules(s);
  const air = s.forces.find((f: { id: string }) => f.id === 'eleventh-air-fleet') as { aircraft?: number };
  air.aircraft = aircraft;
}

/** An air group's state of `aircraft` on `location` (side, experience 50, mixed role), as a turn's state holds it. */
export const airGroupState = (id: string, side: 'japan' | 'allies', location: string, aircraft: number) => ({
  id,
  name: id,
  side,
  type: 'air' as const,
  aircraft,
  role: 'mixed' as const,
  location,
  experience: 50,
  lost: 0,
  replaced: 0,
  airCapacity: aircraft,
  status: 'active' as const,
});

/**
 * A lab buildable of Japan's, paid in industry: `adds` on completion after `turns`, and with
 * `yardKgt` the thousand GT of shipyard room it takes (rules.shipyards).
 */
export function labBuildable(
  id: string,
  name: string,
  industry: number,
  turns: number,
  adds: Record<string, number>,
  yardKgt?: number,
) {
  return {
    id,
    side: 'japan',
    name,
    cost: { industry },
    turns,
    adds,
    ...(yardKgt === undefined ? {} : { yardKgt }),
    note: 'test',
    source: 'S4',
  };
}

/** Japan's shipyards limited to `capacity` thousand GT (the `yards` resource, rules.shipyards). */
export function withShipyards(s: RawScenario, capacity: number): void {
  s.resources.push({ id: 'yards', name: 'Shipyard capacity', unit: 'thousand GT', min: 0 });
  s.sides.japan.stocks.yards = capacity;
  s.rules.shipyards = { capacity: 'yards', note: 'test' };
}
