/**
 * The supply of a side's bases overseas (`rules.shipping.baseSupply`), besides the troops'
 * (`garrisonKgtPerThousandTroops`, deliveries.ts): freighters must sail to the air groups and the
 * warships kept at a base, and to the men and aircraft the map does not show as forces, for as
 * long as the side holds the area. Those ships take the base's sea route and are sunk there like
 * any other traffic (shipping-losses.ts): about a third of the tonnage sunk in 1942–43, and most of
 * what the aircraft sank, went down on the routes to Truk, Rabaul, the Solomons and New Guinea
 * (S3), where the Southeast Area's 90,000 men and some 300 aircraft at Rabaul and the 18th Army on
 * New Guinea were supplied by sea (MILLER-1959; GAMBLE-2010). When the side holds nothing
 * there, nothing sails there.
 *
 * A garrison whose supply does not arrive — its ships sunk, too few freighters, or no convoy
 * can reach it through the closed lanes — wastes away: its armies lose `starvePercent` of their
 * men in 30 days when nothing arrives, in proportion to the share short (the bypassed garrisons
 * of New Guinea and the Central Pacific lost more men to hunger and disease than to battle —
 * MILLER-1959; PARILLO-1993).
 */
import type { SideId } from '../../../scenario/schema';
import { unsuppliedAreas } from '../../supply';
import { enemyOf, forcesOf, holders, ownForce, type TurnContext } from '../../turn-context';
import { MERCHANT } from './deliveries';
import type { Cargo } from './shipping-losses';

/**
 * Adds to `byArea` (thousand GT by area, as garrisonNeeds builds it) what the side's air groups,
 * warships and unshown garrisons in its bases overseas (`overseas`, land areas supplied by sea)
 * need. Areas in the order of the forces there, then of the scenario's `unshown` list.
 */
export function addBaseNeeds(
  ctx: TurnContext,
  side: SideId,
  overseas: ReadonlySet<string>,
  byArea: Map<string, number>,
): void {
  const shipping = ctx.world.scenario.rules.shipping;
  const rule = shipping?.baseSupply;
  if (!rule || !shipping.sides.includes(side)) return;
  const { world, state } = ctx;
  const { sea, index } = world.graph;
  const aircraft = new Map<string, number>();
  const warships = new Map<string, number>();
  if (rule.kgtPerHundredAircraft > 0) {
    for (const at of forcesOf(ctx, side, 'air')) {
      const f = state.forces[at]!;
      if (
        f.type === 'air' &&
        f.status === 'active' &&
        f.aircraft > 0 &&
        ashoreIn(overseas, sea, index, f.location)
      )
        addTo(aircraft, f.location, f.aircraft);
    }
  }
  if (rule.kgtPerTenWarships > 0) {
    for (const at of forcesOf(ctx, side, 'ship')) {
      const f = state.forces[at]!;
      if (f.status === 'active' && ashoreIn(overseas, sea, index, f.location)) addTo(warships, f.location, 1);
    }
    for (const at of forcesOf(ctx, side, 'flotilla')) {
      const f = state.forces[at]!;
      // Transports and oilers are the ships that sail, not a base's charge.
      if (f.type !== 'flotilla' || f.status !== 'active' || f.class === 'transport' || f.class === 'oiler')
        continue;
      if (f.count > 0 && ashoreIn(overseas, sea, index, f.location)) addTo(warships, f.location, f.count);
    }
  }
  for (const [at, n] of aircraft) addTo(byArea, at, Math.floor((n * rule.kgtPerHundredAircraft) / 100));
  for (const [at, n] of warships) addTo(byArea, at, Math.floor((n * rule.kgtPerTenWarships) / 10));
  const perThousand = shipping.garrisonKgtPerThousandTroops;
  for (const u of rule.unshown) {
    if (u.side !== side || !ashoreIn(overseas, sea, index, u.area)) continue;
    if ((u.from !== undefined && state.date < u.from) || (u.until !== undefined && state.date > u.until))
      continue;
    addTo(
      byArea,
      u.area,
      u.troops * perThousand + Math.floor((u.aircraft * rule.kgtPerHundredAircraft) / 100),
    );
  }
}

/** Whether a base is ashore overseas (a land area of `overseas`). */
function ashoreIn(
  overseas: ReadonlySet<string>,
  sea: Uint8Array,
  index: ReadonlyMap<string, number>,
  at: string,
): boolean {
  return overseas.has(at) && sea[index.get(at) ?? -1] === 0;
}

function addTo(m: Map<string, number>, k: string, n: number): void {
  m.set(k, (m.get(k) ?? 0) + n);
}

/** What each base needed this turn (thousand GT) and the cargoes that sailed, with what arrived. */
export interface GarrisonSupply {
  needs: ReadonlyMap<string, number>;
  cargoes: readonly Cargo[];
}

/**
 * The side's armies in bases whose supply fell short this turn lose men (`starvePercent` in 30
 * days at none arriving, in proportion to the share short; a fraction of a thousand men is lost
 * by chance in proportion). `needs` is every base's full need, `cargoes` what sailed and arrived
 * (sinkOnRoutes): a base no convoy reached has no cargo.
 */
export function starveGarrisons(
  ctx: TurnContext,
  side: SideId,
  needs: ReadonlyMap<string, number>,
  cargoes: readonly Cargo[],
): void {
  const percent = ctx.world.scenario.rules.shipping?.baseSupply?.starvePercent ?? 0;
  // A side that counts no freighters (an abstract economy) does not supply its garrisons by them.
  if (percent === 0 || needs.size === 0 || ctx.state.sides[side].stocks[MERCHANT] === undefined) return;
  const arrived = new Map<string, number>();
  for (const c of cargoes)
    if (c.resource === 'garrison') arrived.set(c.from, (arrived.get(c.from) ?? 0) + c.delivered);
  const { state } = ctx;
  for (const at of forcesOf(ctx, side, 'army')) {
    const f = state.forces[at]!;
    if (f.type !== 'army' || f.status !== 'active' || f.troops <= 0) continue;
    const need = needs.get(f.location) ?? 0;
    if (need <= 0) continue;
    const short = need - Math.min(need, arrived.get(f.location) ?? 0);
    if (short === 0) continue;
    ctx.shortOfSupply.set(f.id, Math.floor((short * 100) / need));
    // Thousand men lost: troops × percent × short / need × days / 30, the remainder by chance.
    const num = f.troops * percent * short * ctx.turnDays;
    const den = 100 * need * 30;
    let lost = Math.floor(num / den);
    const rest = num - lost * den;
    if (rest > 0 && ctx.rng.int(den) < rest) lost++;
    lost = Math.min(lost, f.troops);
    if (lost === 0) continue;
    const army = ownForce(ctx, f);
    army.troops -= lost;
    army.lost += lost;
    if (army.troops === 0) army.status = 'lost';
    ctx.items.push({
      kind: 'damage',
      side,
      force: army.id,
      name: army.name,
      amount: lost,
      destroyed: army.status === 'lost',
      cause: { code: 'unsupplied', area: army.location, shortPercent: Math.floor((short * 100) / need) },
    });
  }
}

/**
 * The bases no convoy sails to this turn: those where the side's armies would be cut off by the
 * supply rule (`rules.supply`, supply.ts: the enemy's fleet and air power hold the sea lanes round
 * them). Their garrisons starve (`starveGarrisons`). From early 1944 Rabaul, Truk and the bypassed
 * islands were left to the barges, the submarines and their gardens (MILLER-1959; PARILLO-1993).
 */
export function cutOffBases(ctx: TurnContext, side: SideId, needs: ReadonlyMap<string, number>): Set<string> {
  if (!ctx.world.scenario.rules.shipping?.baseSupply || !ctx.world.scenario.rules.supply) return new Set();
  // One search context for every base (the power table counted once, not once per base).
  return unsuppliedAreas(ctx.world, ctx.state, side, needs.keys(), holders(ctx));
}

/** A run to an army fighting on an island the enemy holds: from which own base, through which sea area. */
export interface ContestedRun {
  /** The side's own port the run sails from (its cargo follows that base's route home beyond it). */
  base: string;
  /** The sea area between the base and the island. */
  sea: string;
}

/**
 * The Tokyo Express (`rules.shipping.contestedIslands`): each island the enemy holds where the
 * side's armies fight, with the run that supplies them — from the side's own port, connected to
 * its network, across a sea area next to both (the shortest such way, by the connections'
 * lengths; ties by the areas' order). The 17th Army on Guadalcanal was supplied from Rabaul down
 * the Slot, 560 nm (GAMBLE-2010; FRANK-1990). An island with no such base is not supplied.
 */
export function contestedRuns(
  ctx: TurnContext,
  side: SideId,
  network: { own: Uint8Array; connected: ReadonlySet<string> },
): ReadonlyMap<string, ContestedRun> {
  const runs = new Map<string, ContestedRun>();
  const shipping = ctx.world.scenario.rules.shipping;
  if (
    !shipping?.contestedIslands ||
    !shipping.sides.includes(side) ||
    shipping.garrisonKgtPerThousandTroops === 0
  )
    return runs;
  const { world, state } = ctx;
  const { index } = world.graph;
  const enemy = enemyOf(side);
  for (const at of forcesOf(ctx, side, 'army')) {
    const f = state.forces[at]!;
    if (f.type !== 'army' || f.status !== 'active' || f.troops <= 0 || runs.has(f.location)) continue;
    const island = world.scenario.areas[index.get(f.location) ?? -1];
    if (island?.kind !== 'island' || (state.control[island.id] ?? island.owner) !== enemy) continue;
    let best: (ContestedRun & { nm: number }) | null = null;
    for (const s of world.neighbours.get(island.id) ?? []) {
      if (world.scenario.areas[index.get(s.area) ?? -1]?.kind !== 'sea') continue;
      for (const b of world.neighbours.get(s.area) ?? []) {
        const i = index.get(b.area) ?? -1;
        const base = world.scenario.areas[i];
        if (!base || base.kind === 'sea' || !base.port || b.area === island.id) continue;
        if (network.own[i] !== 1 || !network.connected.has(b.area)) continue;
        const nm = s.distance + b.distance;
        if (best === null || nm < best.nm) best = { base: b.area, sea: s.area, nm };
      }
    }
    if (best) runs.set(island.id, { base: best.base, sea: best.sea });
  }
  return runs;
}
