/**
 * How the commander reads the war at the start of its turn, with the game's
 * own rules and economy (never a copy of them): oil left in months of the
 * economy's own burn (oil-forecast), what the shipping delivered last turn,
 * national will, where each side's armies and fleets stand, and which areas
 * the enemy's armies can reach this turn — asked of the engine's legality
 * check from the enemy's side, so it knows the same rules of movement and sea
 * lift the enemy will be held to.
 */
import { gunfire, isCarrier, strikeAircraft, withExperience } from '../../engine/combat-values';
import {
  atWar,
  checkOrder,
  economyOil,
  type ForceState,
  type GameState,
  idleOil,
  type JapaneseIntentions,
  type World,
} from '../../engine/index';
import { atWarIn } from '../../engine/orders';
import { escortCount } from '../../engine/sea-control';
import { openDistance } from '../../engine/world';
import { OIL } from '../../scenario/resource-ids';
import type { SideId } from '../../scenario/schema';
import { areasWithinHops } from '../nearby-areas';
import { laneSeas } from '../sea-routes';
import { type Decoded, decodeIntentions } from './intelligence';

/** How far (in connections) the enemy's armies are looked at for what they can reach. */
const REACH_HOPS = 4;

export interface Situation {
  world: World;
  state: GameState;
  side: SideId;
  enemy: SideId;
  /** The main war is on. */
  war: boolean;
  oil: {
    stock: number;
    /** What the economy and the fleet idling burn in a turn (thousand barrels). */
    burn: number;
    /** Whole turns the stock lasts at that burn (capped at 99). */
    months: number;
    /** Last turn's deliveries: oil produced overseas and what reached home. */
    toShip: number;
    delivered: number;
  };
  will: number;
  enemyWill: number;
  /** Troops (thousand men) of each side's armies by area. */
  troops: Record<SideId, Map<string, number>>;
  /** Ground fire of each side's armies by area (troops weighed by experience, as the battle rules do). */
  ground: Record<SideId, Map<string, number>>;
  /** Naval power (gunfire plus a third of the aircraft) by area, submarines and transports left out. */
  fleet: Record<SideId, Map<string, number>>;
  /** Enemy troops that can reach each land area this turn, by the engine's rules of movement. */
  enemyReach: Map<string, number>;
  /** Whether the Allies value areas for their nearness to Japan (the drive on Tokyo; not at the easy level). */
  driveOnCapital: boolean;
  /**
   * Whether the side values its airfields within the enemy's reach of its capital (objectives.ts
   * `HOME_AIRFIELD_WORTH`: the bombers' and the threat pressure's range; hard only).
   */
  guardsHomeAirfields: boolean;
  /** The campaign drive's objective this turn (drive.ts), where the transports go; none without one. */
  drive?: string;
  /** The Allies' decrypt of Japan's orders this turn, by destination (intelligence.ts); empty if none. */
  decoded: Map<string, Decoded>;
  holder(id: string): string;
  /** Each side's convoy lanes, busiest first (sea-routes.ts), worked out once a turn when first asked. */
  lanes(side: SideId): string[];
}

export function readSituation(
  world: World,
  state: GameState,
  side: SideId,
  withReach = true,
  intel?: JapaneseIntentions | null,
): Situation {
  const enemy: SideId = side === 'japan' ? 'allies' : 'japan';
  const stocks = state.sides[side].stocks;
  const willId = world.scenario.victory.willResource;
  const holder = (id: string) => state.control[id] ?? world.areas.get(id)?.owner ?? 'none';
  const troops: Record<SideId, Map<string, number>> = { japan: new Map(), allies: new Map() };
  const fleet: Record<SideId, Map<string, number>> = { japan: new Map(), allies: new Map() };
  const ground: Record<SideId, Map<string, number>> = { japan: new Map(), allies: new Map() };
  let idle = 0;
  for (const f of state.forces) {
    if (f.status !== 'active') continue;
    if (f.side === side) idle += idleOil(world, f);
    if (f.type === 'army') {
      add(troops[f.side], f.location, f.troops);
      add(ground[f.side], f.location, withExperience(f.troops, f.experience));
    }
    const power = navalPower(f);
    if (power > 0) add(fleet[f.side], f.location, power);
  }
  const lanes = new Map<SideId, string[]>();
  const stock = stocks[OIL] ?? 0;
  const burn = Math.max(1, economyOil(world, state, side) + idle);
  return {
    world,
    state,
    side,
    enemy,
    war: atWar(world, state),
    oil: {
      stock,
      burn,
      months: Math.min(99, Math.floor(stock / burn)),
      toShip: state.supply[side].oilToShip,
      delivered: state.supply[side].oilDelivered,
    },
    will: stocks[willId] ?? 0,
    enemyWill: state.sides[enemy].stocks[willId] ?? 0,
    troops,
    ground,
    fleet,
    enemyReach: withReach ? enemyReach(world, state, side, enemy, holder) : new Map(),
    driveOnCapital: true,
    guardsHomeAirfields: false,
    decoded: side === 'allies' ? decodeIntentions({ state }, intel) : new Map(),
    holder,
    lanes: (of) => {
      let l = lanes.get(of);
      if (!l) {
        l = laneSeas(world, state, of);
        lanes.set(of, l);
      }
      return l;
    },
  };
}

/** A warship's (or warship flotilla's) weight in a fleet action: guns and a third of its aircraft. */
export function navalPower(f: ForceState): number {
  if (f.type === 'ship') return gunfire(f) + Math.floor(strikeAircraft(f) / 3) + (isCarrier(f) ? 2 : 0);
  if (f.type === 'flotilla' && f.class !== 'submarine' && f.class !== 'transport') return gunfire(f);
  return 0;
}

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

function enemyReach(
  world: World,
  state: GameState,
  side: SideId,
  enemy: SideId,
  holder: (id: string) => string,
): Map<string, number> {
  const reach = new Map<string, number>();
  const { army, ship } = world.scenario.rules.rangePerTurn;
  const maxRange = Math.max(army, ship);
  if (!atWar(world, state) && !world.scenario.rules.fronts.some((f) => state.flags[f.flag])) return reach;
  for (const f of state.forces) {
    if (f.side !== enemy || f.status !== 'active' || f.type !== 'army' || f.troops <= 0) continue;
    for (const to of areasWithinHops(world, f.location, REACH_HOPS)) {
      const a = world.areas.get(to)!;
      if (a.kind === 'sea' || holder(to) !== side || !atWarIn(world, state, to)) continue;
      // No route is shorter than the table's straight distance: out of it, out of reach.
      if (openDistance(world, f.location, to, maxRange) === null) continue;
      // A landing refused only for want of escorts is within reach: the enemy can send its warships
      // ahead (the commander does: land-operations.ts); one refused for a sea held against it is not.
      const verdict = checkOrder(world, state, enemy, { type: 'move', force: f.id, to });
      if (verdict.ok || (verdict.refusal?.code === 'needs-escorts' && hasWarships(state, enemy)))
        add(reach, to, f.troops);
    }
  }
  return reach;
}

/** Whether `side` has any escort-capable warship afloat. */
function hasWarships(state: GameState, side: SideId): boolean {
  return state.forces.some((f) => f.side === side && escortCount(f) > 0);
}
