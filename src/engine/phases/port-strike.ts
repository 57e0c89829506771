/**
 * Phase 4a — air strikes on ports. Carriers that sail this turn into a sea area
 * next to an enemy port with warships in it, within the scenario's
 * `portStrikeReach`, strike the ships and aircraft there, if the port is at
 * war: no order of its own, the move is the order. Nothing is scripted: the
 * strike is resolved by the same salvos as every air battle (combat/hits.ts),
 * so what it sinks and what it misses follows from where everything is.
 *
 * Pearl Harbor, 7 December 1941 (B5 B6 B7, PARSHALL-TULLY-2005, EVANS-PEATTIE-1997):
 * - six carriers with 414 aircraft aboard sailed to within 230 nm of Oahu; 353
 *   aircraft attacked in two waves and 29 were lost, nearly all to the AA that
 *   opened within minutes;
 * - the ships at anchor could not manoeuvre: torpedoes and bombs hit moored
 *   battleships as they never hit ships under way (IN_PORT_PERCENT), and the
 *   fleet fought back with its guns only (AA), never with a strike of its own;
 * - the surprise the decision for war bought (the port was at peace when the
 *   turn began): the attackers strike first, with the first-strike bonus of an
 *   air battle, against half the AA and aircraft caught wing to wing on the
 *   airfields (188 destroyed, B7). A month later the fleet is alert: full AA
 *   first, no bonus, and the air groups at the port strike back at the carriers
 *   as in any air battle;
 * - the US carriers were at sea, and the oil tanks and yards were not a target
 *   (Genda's plan aimed at ships and aircraft): what is not in port is not hit,
 *   and the game keeps no stock at a port to burn.
 *
 * Carriers that lie in such a sea area when the turn begins and stay there (no move order)
 * strike the port again, by the same rules: a fleet that stayed kept striking — Task Force 58
 * over Truk on 17 and 18 February 1944 (B19), the fast carriers off Japan from 10 July to
 * 15 August 1945, back over Kure on 24, 25 and 28 July (B17 B18). What limited them was oil,
 * the aircraft the AA and fighters shot down and the enemy's air striking back, which the rules
 * count: a restrike burns a sortie's oil (a carrier without it does not strike), meets the AA
 * and the port's air, and is never a surprise (the port has had the carriers off it for a turn).
 */

import type { z } from 'zod';
import { OIL } from '../../scenario/resource-ids';
import type { CombatRules, SideId } from '../../scenario/schema';
import { coversLandingNextTo } from '../combat/covering';
import { damageControlIn } from '../combat/damage-control';
import { fireSalvos, LossBook } from '../combat/hits';
import { inNeedOfTheYard } from '../combat/yard';
import { gunfire, isCarrier, isNaval, isSubmarine, strikeAircraft, strikePower } from '../combat-values';
import { economyOil, southernPool } from '../oil-forecast';
import { atWarIn, idleOil, type Order, sortieOil } from '../orders';
import { type ForceState, forceById, type GameState } from '../state';
import { adjustStock, enemyOf, forcesOf, movesOf, ownForce, type TurnContext } from '../turn-context';
import { area, type Neighbour, type World } from '../world';
import { attacksArea } from './air-missions';
import { chargeWillForLostShips, coverPercent, fortune } from './battles';
import { type Contact, participants } from './contact';

/** Ships at anchor take this share of the hits a ship under way would (they cannot manoeuvre). */
export const IN_PORT_PERCENT = 260;
/** Aircraft parked wing to wing against sabotage (Hickam, Wheeler, B7) are hit more easily too. */
const PARKED_PERCENT = 150;
/** The first-strike bonus of a surprise strike, as in an air battle (battles.ts). */
const SURPRISE_PERCENT = 150;
/** AA: attacking aircraft shot down per 10 points of the port's gunfire and per 100 aircraft there. */
const AA_PER_TEN_GUNS = 1;
const AA_PER_HUNDRED_AIRCRAFT = 3;

/** The share of a port strike flown against the airfields, when there are aircraft there. */
const AIRFIELD_PERCENT = 45;

/** What a port strike's bombs go for (`rules.combat.portStrike`), with the defaults of Pearl Harbor. */
type PortTargets = NonNullable<z.infer<typeof CombatRules>['portStrike']>['targetWeight'];

/**
 * Without `rules.combat.portStrike`: carriers first (the prize — none was there on 7 December),
 * then battleships; cruisers and destroyers draw fewer bombs (B7: 3 cruisers and 3 destroyers
 * damaged). A carrier hulk draws as much as a carrier ready for sea.
 */
const PEARL_HARBOR_TARGETS: PortTargets = { carrier: 6, hulk: 6, battleship: 4, ship: 2, flotilla: 1 };

/**
 * The share of a port strike ship `f` draws: by the scenario's weights, a carrier by whether she is
 * ready for sea (aircraft aboard and oil to sail: the prize) or a hulk (no aircraft aboard or no
 * oil: in July 1945 Amagi and Katsuragi lay camouflaged at Kure without air groups, a target of low
 * priority beside the battleships — B17 B18); transports, oilers and submarines are left alone.
 */
function shipTargetWeight(f: ForceState, weights: PortTargets, canSail: boolean): number {
  if (isSubmarine(f)) return 0;
  if (isCarrier(f)) return canSail && strikeAircraft(f) > 0 ? weights.carrier : weights.hulk;
  if (f.type === 'ship') return f.class === 'battleship' ? weights.battleship : weights.ship;
  // Oilers too (Neosho lay at Pearl Harbor's fuel dock on 7 December and was not hit — B7).
  if (f.type === 'flotilla') return f.class === 'transport' || f.class === 'oiler' ? 0 : weights.flotilla;
  return 0;
}

/** Whether a port strike can hit `f` at all: a warship (not a submarine, transport or oiler) or an air group. */
export function isPortTarget(f: ForceState): boolean {
  if (f.type === 'air') return true;
  if (f.type === 'flotilla') return f.class !== 'transport' && f.class !== 'oiler' && !isSubmarine(f);
  return f.type === 'ship';
}

/**
 * Runs every port strike of the turn and takes the sea areas they were flown
 * from out of `contact.contested` when the only enemy there were the struck
 * port's own aircraft in reach (they fought in the strike), unless the enemy
 * ordered an air strike or patrol on that sea area: then its battle is fought.
 */
export function runPortStrikes(ctx: TurnContext, contact: Contact): void {
  const struckFrom = new Set<string>();
  for (const side of ['japan', 'allies'] as const) {
    const arrived = new Map<string, ForceState[]>();
    for (const o of movesOf(ctx.orders[side])) {
      if (!ctx.fuelled.has(o.force)) continue;
      const f = forceById(ctx.state, o.force);
      if (f?.status !== 'active' || f.location !== o.to || !isCarrier(f) || strikeAircraft(f) === 0) continue;
      if (area(ctx.world, o.to).kind !== 'sea' || !atWarIn(ctx.world, ctx.state, o.to)) continue;
      arrived.set(o.to, [...(arrived.get(o.to) ?? []), f]);
    }
    const stayed = carriersThatStay(ctx, side);
    for (const seaId of [...new Set([...arrived.keys(), ...stayed.keys()])].sort()) {
      const enemy = enemyOf(side);
      const enemyAtSea = (contact.byArea.get(seaId) ?? []).some((i) => {
        const f = ctx.state.forces[i]!;
        return f.status === 'active' && f.side === enemy && isNaval(f) && !isSubmarine(f);
      });
      // A fleet that meets enemy ships at sea has a battle to fight first (battles.ts).
      if (enemyAtSea) continue;
      const port = portToStrike(ctx, contact, seaId, side);
      if (!port) continue;
      // Carriers that stayed strike a port at war since before the turn began: a port that the
      // war reaches only this turn is struck by those that sail in (Pearl Harbor's surprise came
      // from the approach, B5 B7), and a restrike is never a surprise.
      const staying = ctx.atWarAtStart(port) ? (stayed.get(seaId) ?? []) : [];
      const fuelled = payForRestrikes(ctx, side, seaId, port, staying);
      const carriers = [...(arrived.get(seaId) ?? []), ...fuelled];
      if (carriers.length === 0) continue;
      strikePort(ctx, seaId, port, carriers, side, fuelled.length);
      // Other enemy air groups in reach of the sea area (Formosa's, off the Philippine Sea) still
      // fight the carriers there in the battle phase: only the struck port's own are done. So are
      // they only when the enemy did not order a strike or patrol on the sea area (air-missions.ts):
      // its groups flew out to find the carriers, and that mission's battle is fought too, by the
      // battle rules (the port's counter-strike is the air that met the raid over the port).
      if (
        !attacksArea(ctx, seaId, enemy) &&
        participants(ctx, contact, seaId, enemy).every((f) => f.location === port)
      )
        struckFrom.add(seaId);
    }
  }
  // The carriers' only enemy in their sea area were the port's aircraft in reach: fought in the strike.
  if (struckFrom.size > 0) contact.contested = contact.contested.filter((a) => !struckFrom.has(a));
}

/**
 * `side`'s carriers that stay this turn in a sea area at war, by sea area: active, with aircraft
 * aboard, in the sea area where they were when the turn began, with no move order of the side's
 * (an order refused for want of oil is still an order away: the fleet was to leave, and the oil
 * was not there), and not in need of the yard (a carrier that badly damaged sails for a port).
 * Whether they find a port to strike is for `runPortStrikes`.
 */
function carriersThatStay(ctx: TurnContext, side: SideId): Map<string, ForceState[]> {
  const out = new Map<string, ForceState[]>();
  let ordered: Set<string> | null = null;
  for (const at of forcesOf(ctx, side, 'ship')) {
    const f = ctx.state.forces[at]!;
    if (!mayStrikeOnStation(ctx.world, f) || ctx.startLocation(f.id) !== f.location) continue;
    if (!ctx.atWarAtStart(f.location) || !atWarIn(ctx.world, ctx.state, f.location)) continue;
    ordered ??= new Set(movesOf(ctx.orders[side]).map((o) => o.force));
    if (ordered.has(f.id)) continue;
    const list = out.get(f.location);
    if (list) list.push(f);
    else out.set(f.location, [f]);
  }
  return out;
}

/**
 * Whether `f` is a carrier that strikes again from the sea area it lies in if it stays there
 * (`carriersThatStay`, which also asks that it did not move and that the sea was at war when the
 * turn began): active, with aircraft aboard, at sea, not in need of the yard.
 */
function mayStrikeOnStation(world: World, f: ForceState): boolean {
  if (f.status !== 'active' || !isCarrier(f) || strikeAircraft(f) === 0) return false;
  return world.areas.get(f.location)?.kind === 'sea' && !inNeedOfTheYard(world, f);
}

/**
 * The restrikes `side`'s carriers on station would fly this turn with `orders`, as `state` stands
 * before the turn (the oil forecast asks, oil-forecast.ts): by sea area, the port they would strike
 * and the carriers that stay (`carriersThatStay`'s rule with nothing moved yet, `portToStrike`'s
 * port with the enemy where he is now). What the enemy does this turn is not known: a fleet of his
 * that sails into the sea area is fought first and there is no restrike; warships that leave the
 * port may leave none to strike; and the port struck is not picked by a landing the carriers cover.
 */
export function restrikesAhead(
  world: World,
  state: GameState,
  side: SideId,
  orders: readonly Order[],
): { sea: string; port: string; carriers: ForceState[] }[] {
  const ordered = new Set(movesOf(orders).map((o) => o.force));
  const stay = new Map<string, ForceState[]>();
  for (const f of state.forces) {
    if (f.side !== side || f.type !== 'ship' || ordered.has(f.id) || !mayStrikeOnStation(world, f)) continue;
    if (!atWarIn(world, state, f.location)) continue;
    stay.set(f.location, [...(stay.get(f.location) ?? []), f]);
  }
  const enemy = enemyOf(side);
  const out: { sea: string; port: string; carriers: ForceState[] }[] = [];
  for (const [sea, carriers] of [...stay].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const enemyAtSea = state.forces.some(
      (f) => f.status === 'active' && f.side === enemy && f.location === sea && isNaval(f) && !isSubmarine(f),
    );
    if (enemyAtSea) continue;
    const warshipsAt = (id: string) =>
      state.forces.filter(
        (f) =>
          f.status === 'active' &&
          f.side === enemy &&
          f.location === id &&
          f.type !== 'air' &&
          isPortTarget(f),
      ).length;
    const port = bestPortToStrike(world, state, sea, side, false, warshipsAt, (id) =>
      atWarIn(world, state, id),
    );
    if (port) out.push({ sea, port, carriers });
  }
  return out;
}

/**
 * What carrier `f` of `side` burns to strike again from where it lies, and from which stock, with
 * `stocks` as they stand (the side's, or a forecast's): a sortie's oil (`sortieOil` — the carriers
 * steam at speed into the wind to launch and recover, as on any sortie) less the idle oil the
 * economy phase already burned for it lying there; from the southern stock in its zone first, then
 * the home stock, as a sortie (oil-forecast.ts). Not `fuelled` when the two together (`had`) do not
 * hold it: the carrier does not strike.
 */
export function restrikeDraw(
  world: World,
  side: SideId,
  f: ForceState,
  stocks: Readonly<Record<string, number>>,
): { oil: number; fuelled: boolean; pool: string | null; fromSouth: number; fromHome: number; had: number } {
  const oil = Math.max(0, sortieOil(world, f) - idleOil(world, f));
  const pool = southernPool(world, side, f.location);
  const south = pool === null ? 0 : Math.max(0, stocks[pool] ?? 0);
  const home = Math.max(0, stocks[OIL] ?? 0);
  if (oil > home + south) return { oil, fuelled: false, pool, fromSouth: 0, fromHome: 0, had: home + south };
  const fromSouth = Math.min(oil, south);
  return { oil, fuelled: true, pool, fromSouth, fromHome: oil - fromSouth, had: home + south };
}

/**
 * The carriers of `staying` that have the oil to strike `portId` again from `seaId`, in their
 * order, each paying for it as it goes: a restrike burns what a sortie burns (`sortieOil` — the
 * carriers steam at speed into the wind to launch and recover, as they do on any sortie), less
 * the idle oil the economy phase already burned for them lying there. From the southern stock
 * in its zone first, then the home stock, as a sortie (oil-forecast.ts). A carrier without the
 * oil does not strike, and the report says so (`restrike-no-oil`).
 */
function payForRestrikes(
  ctx: TurnContext,
  side: SideId,
  seaId: string,
  portId: string,
  staying: readonly ForceState[],
): ForceState[] {
  const fuelled: ForceState[] = [];
  const short: ForceState[] = [];
  let need = 0;
  let left = 0;
  for (const f of staying) {
    const draw = restrikeDraw(ctx.world, side, f, ctx.state.sides[side].stocks);
    if (!draw.fuelled) {
      short.push(f);
      need += draw.oil;
      left = draw.had;
      continue;
    }
    const cause = { code: 'oil-restrike' as const, force: f.id, from: seaId, port: portId };
    const { pool, fromSouth, fromHome } = draw;
    if (pool !== null && fromSouth > 0) adjustStock(ctx, side, pool, -fromSouth, { ...cause, south: true });
    if (fromHome > 0) adjustStock(ctx, side, OIL, -fromHome, cause);
    fuelled.push(f);
  }
  if (short.length > 0)
    ctx.items.push({
      kind: 'restrike-no-oil',
      side,
      area: portId,
      from: seaId,
      forces: short.map((f) => f.id),
      names: short.map((f) => f.name),
      need,
      left,
    });
  return fuelled;
}

/**
 * Whether carriers in a sea area can strike the port across connection `n` (either way round):
 * within `rules.portStrikeReach` of the port's anchorage, measured to the nearest waters of
 * the sea area where the scenario gives them (`strikeDistance`), else centre to centre. A sea
 * area as large as the Philippine Sea reaches from the Marianas to the coast of Shikoku: the
 * fast carriers struck Kure on 19 March and 24–28 July 1945 from the waters south of Shikoku,
 * 1,000 nm from the sea's centre (B17, B18).
 */
export function inStrikeReach(world: World, n: Neighbour): boolean {
  const reach = world.scenario.rules.portStrikeReach;
  return reach === undefined || (n.strikeDistance ?? n.distance) <= reach;
}

/** The enemy port next to `seaId` with the most enemy warships in it (ties: by id), if any. */
function portToStrike(ctx: TurnContext, contact: Contact, seaId: string, side: SideId): string | null {
  const enemy = enemyOf(side);
  // Carriers covering a landing of their side next to the sea area this turn stay off its
  // beaches: they strike what lies within reach of the sea's centre, not a port on its far coast
  // (the fast carriers covered Iwo Jima and Okinawa for weeks; Kure was struck between landings).
  const covering = coversLandingNextTo(ctx, seaId, side);
  const warshipsAt = (id: string) =>
    (contact.byArea.get(id) ?? []).filter((i) => {
      const f = ctx.state.forces[i]!;
      return f.status === 'active' && f.side === enemy && f.type !== 'air' && isPortTarget(f);
    }).length;
  return bestPortToStrike(ctx.world, ctx.state, seaId, side, covering, warshipsAt, (id) =>
    atWarIn(ctx.world, ctx.state, id),
  );
}

/**
 * The port that `forces` of `side` sailing to `seaId` would strike on arrival, with what a strike
 * there can hit (its warships and air groups), as `state` stands before the turn's moves (the move
 * preview asks it: the enemy in port now, not covering a landing), or null when none of `forces` is
 * a carrier with aircraft aboard or no enemy port in reach has warships. With `whenAtWar`, a port
 * not yet at war counts as if it were: a decision for war taken this turn comes before the strike
 * (resolve-turn.ts: events, then port strikes).
 */
export function portStrikeTarget(
  world: World,
  state: GameState,
  side: SideId,
  seaId: string,
  forces: readonly ForceState[],
  whenAtWar = false,
): { port: string; targets: ForceState[] } | null {
  if (area(world, seaId).kind !== 'sea') return null;
  if (!forces.some((f) => f.side === side && isCarrier(f) && strikeAircraft(f) > 0)) return null;
  const enemy = enemyOf(side);
  const targetsAt = (id: string) =>
    state.forces.filter(
      (f) => f.status === 'active' && f.side === enemy && f.location === id && isPortTarget(f),
    );
  const port = bestPortToStrike(
    world,
    state,
    seaId,
    side,
    false,
    (id) => targetsAt(id).filter((f) => f.type !== 'air').length,
    (id) => (whenAtWar ? true : atWarIn(world, state, id)),
  );
  return port === null ? null : { port, targets: targetsAt(port) };
}

/** The enemy port in strike reach of `seaId` with the most warships in it by `warshipsAt` (ties: by id). */
function bestPortToStrike(
  world: World,
  state: GameState,
  seaId: string,
  side: SideId,
  covering: boolean,
  warshipsAt: (areaId: string) => number,
  atWarAt: (areaId: string) => boolean,
): string | null {
  const enemy = enemyOf(side);
  let best: { id: string; ships: number } | null = null;
  const reach = world.scenario.rules.portStrikeReach;
  for (const n of world.neighbours.get(seaId) ?? []) {
    const a = area(world, n.area);
    if (a.kind === 'sea' || !a.port || !inStrikeReach(world, n)) continue;
    if (covering && reach !== undefined && n.distance > reach) continue;
    if ((state.control[a.id] ?? a.owner) !== enemy || !atWarAt(a.id)) continue;
    // Warships worth a strike: not submarines, transports or oilers.
    const ships = warshipsAt(a.id);
    if (ships === 0) continue;
    if (!best || ships > best.ships || (ships === best.ships && a.id < best.id)) best = { id: a.id, ships };
  }
  return best?.id ?? null;
}

/**
 * The share (percent) of the aircraft aboard that a port strike flies against the port: all of
 * them from a fleet that came for it; `restrikePercent` from a fleet on station off it, i.e. when
 * more than half the aircraft aboard (`stayedAircraft` of `allAircraft`) are on carriers that
 * stayed there from the turn before (strikePort says why). Shared with the port warning
 * (air-danger.ts `portDangerAt`), so the warning counts what the strike would fly.
 */
export function portStrikeShare(world: World, stayedAircraft: number, allAircraft: number): number {
  const restrike = world.scenario.rules.combat.portStrike?.restrikePercent;
  return restrike !== undefined && onStationOff(world, stayedAircraft, allAircraft) ? restrike : 100;
}

/** Whether a port strike is flown by a fleet on station off the port (`portStrikeShare`): one day only. */
function onStationOff(world: World, stayedAircraft: number, allAircraft: number): boolean {
  return (
    world.scenario.rules.combat.portStrike?.restrikePercent !== undefined && stayedAircraft * 2 > allAircraft
  );
}

function strikePort(
  ctx: TurnContext,
  seaId: string,
  portId: string,
  carriers: ForceState[],
  side: SideId,
  /** How many of `carriers` (the last ones) stayed off the port from the turn before. */
  stayed: number,
): void {
  const enemy = enemyOf(side);
  // Carriers that stayed strike only a port at war when the turn began (runPortStrikes).
  const surprise = !ctx.atWarAtStart(portId);
  const attackers = carriers.map((f) => ownForce(ctx, f));
  const rules = ctx.world.scenario.rules.combat.portStrike;
  // A fleet on station off the port (most of its aircraft aboard carriers that stayed there from
  // the turn before) flies a share of them against it, on one day (`restrikePercent`): it keeps
  // its combat air patrol and searches up, rotates groups out to replenish, and strikes what its
  // commander chooses, the airfields first when the enemy's air is a threat — Task Force 58, off
  // Japan since 18 March 1945, sent 321 of its aircraft against Kure on the 19th and damaged
  // ships without sinking one (B17 B20). A few carriers that join it join its routine. A fleet
  // that came for the port (most of it sailed in) throws all its aircraft at it, and comes back
  // the next days to ships that cannot sail (Kure, 24–28 July 1945, B17).
  const stayedAircraft = attackers
    .slice(attackers.length - stayed)
    .reduce((n, f) => n + strikeAircraft(f), 0);
  const allAircraft = attackers.reduce((n, f) => n + strikeAircraft(f), 0);
  const onStation = onStationOff(ctx.world, stayedAircraft, allAircraft);
  const flownPercent = portStrikeShare(ctx.world, stayedAircraft, allAircraft);
  const flies = (aboard: number) => Math.floor((aboard * flownPercent) / 100);
  const defenders = ctx.state.forces
    .filter((f) => f.status === 'active' && f.side === enemy && f.location === portId && isPortTarget(f))
    .map((f) => ownForce(ctx, f));
  const book = new LossBook(damageControlIn(ctx));
  const aircraftBefore = attackers.reduce((n, f) => n + strikeAircraft(f), 0);
  const flewBefore = attackers.reduce((n, f) => n + flies(strikeAircraft(f)), 0);

  // Ships that cannot get under way are hit as ships at anchor: taken by surprise with no steam
  // up (Pearl Harbor), or with no oil where they lie — Haruna, Ise and Hyūga, immobilised at Kure
  // for want of fuel and used as anti-aircraft batteries, were sunk at their moorings in July
  // 1945 (B17 B18, USSBS-OIL). An alert port whose ships have fuel raises steam and disperses:
  // they are hit as ships under way (Yamato manoeuvred in the Inland Sea under the strike of
  // 19 March 1945 and took one bomb, B17). An alert port is not Pearl Harbor, though: its ships
  // are camouflaged, moored under the hills and ringed with AA, and the scenario says how much
  // easier they are to hit than ships under way (`rules.combat.portStrike.immobileHitPercent`).
  const weights = rules?.targetWeight ?? PEARL_HARBOR_TARGETS;
  const canSail = oilToSail(ctx.world, ctx.state, enemy, portId);
  const moored = surprise ? IN_PORT_PERCENT : canSail ? 100 : (rules?.immobileHitPercent ?? IN_PORT_PERCENT);
  // Ships that cannot sail are still there the next day: the carriers come back to them for
  // `rules.combat.portStrike.immobileStrikeDays` days (Kure on 24, 25 and 28 July 1945, B17). A
  // fleet with oil disperses or puts to sea after the first strike (Truk, February 1944), and a
  // surprise lasts one day (Pearl Harbor). A fleet on station strikes on one day (above).
  const days = surprise || canSail || onStation ? 1 : (rules?.immobileStrikeDays ?? 1);
  // The fighters and part of the dive bombers go for the airfields, the rest for the ships
  // (on 7 December about 45% of the sorties, B6); with no aircraft in port, all go for the ships.
  const share = defenders.some((f) => f.type === 'air') ? AIRFIELD_PERCENT : 0;
  const bonus = surprise ? SURPRISE_PERCENT : 100;
  let power = 0;
  for (let day = 1; day <= days; day++) {
    // AA of the ships in port and the fighters on the airfields; halved when taken by surprise.
    const standing = defenders.filter((f) => f.status === 'active');
    const flying = attackers.reduce((n, f) => n + flies(strikeAircraft(f)), 0);
    let aa = portAntiAircraft(ctx.world, standing, flying).shotDown;
    if (surprise) aa = Math.floor(aa / 2);
    aa = Math.floor((aa * fortune(ctx)) / 100);
    // An alert port shoots before the bombs fall; a surprised one only as they fall.
    if (!surprise) shootDown(attackers, aa, book, enemy, flies);

    const dayPower = attackers
      .filter((f) => f.status === 'active')
      .reduce((n, f) => n + flies(strikePower(f)), 0);
    power += dayPower;
    const strike = (percent: number, bonusPercent: number, luck: number) =>
      Math.floor((((((dayPower * bonus) / 100) * percent) / 100) * bonusPercent * luck) / 10000);
    // Two waves, as on 7 December (183 and 167 aircraft, B6); a surprised port's AA opens between them.
    for (const wave of [1, 2]) {
      // Each carrier's air group has its own fortune (60–140%) in each wave, as each wave of an
      // air battle has: the wave's fortune is theirs on average.
      const luck = Math.floor(attackers.reduce((n) => n + fortune(ctx), 0) / Math.max(1, attackers.length));
      const half = (fire: number) => (wave === 1 ? Math.ceil(fire / 2) : Math.floor(fire / 2));
      fireSalvos(
        ctx.rng,
        half(strike(100 - share, moored, luck)),
        defenders,
        (f) => shipTargetWeight(f, weights, canSail),
        book,
        'port-strike',
        side,
      );
      const onAirfields = half(strike(share, PARKED_PERCENT, luck));
      fireSalvos(
        ctx.rng,
        onAirfields,
        defenders,
        (f) => (f.type === 'air' ? 1 : 0),
        book,
        'port-strike',
        side,
      );
      if (surprise && wave === 1) shootDown(attackers, aa, book, enemy, flies);
    }
  }

  // The alert port's own air groups strike back at the carriers, as in any air battle: they
  // meet the carriers' fighters, as land-based strikes do in battles.ts (what gets through:
  // land / (land + cover), the cover multiplied by radar direction from its date). The
  // carriers that struck Tokyo and Kure in 1945 lost aircraft, not ships, to the home air
  // forces — Franklin and Wasp were damaged on 19 March (B17). Only air groups that would fight
  // in the carriers' sea area in a battle strike back: those within `rules.landAirReach` of it,
  // measured as every battle measures it (centre to centre, contact.ts). The carriers that come
  // in close to launch (`strikeDistance`) strike and are gone; where they stand for the rest of
  // the month is the sea area as a whole.
  const airReach = ctx.world.scenario.rules.landAirReach;
  const portDistance = (ctx.world.neighbours.get(seaId) ?? []).find((n) => n.area === portId)?.distance ?? 0;
  let counter = 0;
  if (!surprise && portDistance <= airReach) {
    counter = defenders
      .filter((f) => f.status === 'active' && f.type === 'air')
      .reduce((n, f) => n + strikePower(f), 0);
    const cover = Math.floor((powerAfloat(attackers) * coverPercent(ctx, side)) / 100);
    const through = counter > 0 && cover > 0 ? Math.floor((counter * counter) / (counter + cover)) : counter;
    const back = Math.floor((through * fortune(ctx)) / 100);
    fireSalvos(ctx.rng, back, attackers, (f) => (isCarrier(f) ? 1 : 0), book, 'air-strikes', enemy);
  }

  if (!surprise && !canSail && rules?.settleDamagePercent !== undefined)
    settleOnTheBottom(defenders, rules.settleDamagePercent, book, side);
  const losses = book.losses();
  const aircraftLost = { japan: 0, allies: 0 };
  for (const l of losses) aircraftLost[l.side] += l.aircraft;
  const pilotShare = ctx.world.scenario.rules.air?.pilotLossPercent ?? 100;
  chargeWillForLostShips(ctx, losses);
  ctx.items.push({
    kind: 'battle',
    area: portId,
    stages: ['air'],
    strength: { [side]: power, [enemy]: counter } as Record<SideId, number>,
    firstStrike: surprise ? side : null,
    losses,
    aircraftLost,
    pilotsLost: {
      japan: Math.floor((aircraftLost.japan * pilotShare) / 100),
      allies: Math.floor((aircraftLost.allies * pilotShare) / 100),
    },
    portStrike: {
      side,
      from: seaId,
      aircraft: aircraftBefore,
      carriers: attackers.length,
      surprise,
      struckBack: counter > 0,
      ...(stayed > 0 ? { stayed } : {}),
      ...(flewBefore < aircraftBefore ? { flew: flewBefore } : {}),
    },
  });
}

/**
 * Whether `side` has oil to sail where its ships at `portId` lie: the home stock, or the southern one
 * in its zone. With `rules.combat.portStrike.steamOilPercent` the oil must also cover that share of
 * the sortie oil of the side's warships in the port: a navy that cannot fuel its fleet's sortie keeps
 * it moored (Japan's heavy ships at Kure in 1945, reserve ships used as anti-aircraft batteries while
 * the oil left went to the economy and the kamikaze — B17 B18 USSBS-OIL). With
 * `rules.combat.portStrike.steamReserveTurns` the home stock counts only beyond that many turns of
 * the economy's burn at the side's rationing level (`economyOil`): the oil the home front and war
 * industry will need before more can arrive is not the fleet's to raise steam with.
 */
export function oilToSail(world: World, state: GameState, side: SideId, portId: string): boolean {
  const stocks = state.sides[side].stocks;
  const pool = southernPool(world, side, portId);
  const rules = world.scenario.rules.combat.portStrike;
  // The home stock the economy will burn in the next `steamReserveTurns` turns is not the fleet's.
  const reserve = (rules?.steamReserveTurns ?? 0) * economyOil(world, state, side);
  const home = Math.max(0, (stocks[OIL] ?? 0) - reserve);
  const oil = home + (pool === null ? 0 : (stocks[pool] ?? 0));
  const percent = rules?.steamOilPercent;
  if (oil <= 0 || percent === undefined) return oil > 0;
  let need = 0;
  for (const f of state.forces) {
    if (
      f.status === 'active' &&
      f.side === side &&
      f.location === portId &&
      f.type !== 'air' &&
      isPortTarget(f)
    )
      need += sortieOil(world, f);
  }
  return oil * 100 >= need * percent;
}

/**
 * The port's AA against a strike of `flying` aircraft, before the fortunes of war and the halving
 * of a surprise: the attacking aircraft the guns of `defenders` (the ships and air groups in the
 * port) and their fighters shoot down. The Danger line counts a port's defence by it too
 * (engine/air-danger.ts `portDangerAt`), so that the warning and the strike weigh it alike.
 */
export function portAntiAircraft(
  world: World,
  defenders: readonly ForceState[],
  flying: number,
): { shotDown: number; guns: number; fighters: number; fighterCap: number | null } {
  const guns = Math.floor((defenders.reduce((n, f) => n + gunfire(f), 0) * AA_PER_TEN_GUNS) / 10);
  const planes = defenders.reduce((n, f) => n + (f.type === 'air' ? f.aircraft : 0), 0);
  // The fighters that rise against one strike are those near the port, not a whole country's
  // air force: they shoot down at most `rules.air.maxInterceptPercent` of the attackers, as
  // interceptors do against an air mission (air-missions.ts). The Home Islands' thousands of
  // aircraft in 1945 cost the raids of 16-17 February 88 aircraft and those of 24-28 July 133
  // of 1,747 sorties (B17).
  const interceptCap = world.scenario.rules.air?.maxInterceptPercent;
  const fighters = Math.floor((planes * AA_PER_HUNDRED_AIRCRAFT) / 100);
  const cap = interceptCap === undefined ? fighters : Math.floor((flying * interceptCap) / 100);
  const rising = Math.min(fighters, cap);
  return {
    shotDown: guns + rising,
    guns,
    fighters: rising,
    fighterCap: interceptCap === undefined ? null : cap,
  };
}

/** The carriers' strike power as fighter cover, counted as in an air battle (battles.ts). */
function powerAfloat(carriers: ForceState[]): number {
  return carriers
    .filter((f) => f.status === 'active' && isCarrier(f))
    .reduce((n, f) => n + strikePower(f), 0);
}

/**
 * AA: `points` attacking aircraft shot down, spread over the carriers' groups by the aircraft each
 * sent (`flies`: of its aircraft aboard, those that flew against the port).
 */
function shootDown(
  carriers: ForceState[],
  points: number,
  book: LossBook,
  shooter: SideId,
  flies: (aboard: number) => number,
): void {
  let left = points;
  const total = carriers.reduce(
    (n, c) => n + (c.type === 'ship' && c.status === 'active' ? flies(c.aircraft) : 0),
    0,
  );
  for (const f of carriers) {
    if (left <= 0) break;
    if (f.type !== 'ship' || f.status !== 'active' || f.aircraft === 0) continue;
    const sent = flies(f.aircraft);
    const shot = Math.min(sent, left, Math.ceil((points * sent) / Math.max(1, total)));
    f.aircraft -= shot;
    left -= shot;
    book.record(f, 0, { amount: 0, aircraft: shot }, { shooter, fire: 'aa' });
  }
}

/**
 * Ships with no oil to sail that a strike left at least `percent` damaged settle on the bottom at
 * their moorings and are lost (`rules.combat.portStrike.settleDamagePercent`): with cold boilers and
 * skeleton crews there was no steam for the pumps, and Haruna, Ise and Hyūga, holed at Kure in July
 * 1945, sank upright in the shallows (B17 B18). Only the ships this strike hit.
 */
function settleOnTheBottom(defenders: ForceState[], percent: number, book: LossBook, shooter: SideId): void {
  const hit = new Set(book.losses().map((l) => l.force));
  for (const f of defenders) {
    if (f.type !== 'ship' || f.status !== 'active' || f.damage < percent || !hit.has(f.id)) continue;
    const added = 100 - f.damage;
    const aircraft = f.aircraft;
    f.damage = 100;
    f.aircraft = 0;
    f.lost += 1;
    f.status = 'lost';
    book.record(f, 0, { amount: added, aircraft }, { shooter, fire: 'port-strike' });
  }
}
