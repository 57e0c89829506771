/**
 * Phase 7 — national will and the end of the game.
 *
 * First the pressures of the turn that act through stocks: strategic bombing
 * from bases within range of the enemy's capital destroys industry (the
 * B-29s flew from the Marianas, taken in summer 1944 — B13, USSBS-END).
 *
 * Then each side's will follows its situation. A pressure (will-schema.ts) is
 * a level worked out from the state — the enemy holding the side's areas,
 * oil and shipping running out, bombing suffered, enemy air bases within
 * reach, the fleet lost, the months of war — and a turn's change of pressure
 * is its change of will. Shocks (events, ships and men lost) come on top.
 * Nothing here reads the calendar: the same state gives the same will.
 *
 * Last, the decision. Below its doubt level a side's leaders may give up, the
 * likelier the lower its will, and certainly at the scenario's breaking
 * point. Japan at war with the US surrenders; Japan at peace with the US
 * accepts the American terms (the Hull note's withdrawal from Indochina and
 * China); the Allies accept a negotiated peace. Japan's check comes first:
 * in the real war Japan's will broke while the Allies' held (USSBS-END).
 */
import type { OutcomeKind, SideId } from '../../scenario/schema';
import type { WillPressures } from '../../scenario/will-schema';
import { airInReach } from '../air-reach';
import { atWar } from '../orders';
import type { WillPart, WillPressureId } from '../report';
import { SIDE_IDS } from '../sides';
import { type EndCause, type GameState, winnerOf } from '../state';
import { adjustStock, enemyOf, forcesOf, holders, type TurnContext } from '../turn-context';
import { airDistance, area, type World } from '../world';
import { interceptBombers } from './air-missions';
import { INDUSTRY } from './economy/deliveries';

export function runWillPhase(ctx: TurnContext): void {
  if (ctx.state.outcome) return;
  if (atWar(ctx.world, ctx.state)) ctx.state.warTurns += 1;
  strategicBombing(ctx);
  const rolls = new Map<SideId, ReturnType<typeof decide>>();
  for (const side of SIDE_IDS) {
    const parts = applyPressures(ctx, side);
    const decision = decide(ctx, side);
    rolls.set(side, decision);
    if (parts.length > 0 || decision) {
      const will = ctx.world.scenario.victory.willResource;
      const after = ctx.state.sides[side].stocks[will] ?? 0;
      const before = after + parts.reduce((n, p) => n + p.level - p.previous, 0);
      ctx.items.push({ kind: 'will', side, before, after, parts, decision: decision ?? undefined });
    }
  }
  checkForTheEnd(ctx, rolls);
}

/** Industry destroyed by bombers within range of the enemy's capital; counted for the bombing pressure. */
function strategicBombing(ctx: TurnContext): void {
  const rules = ctx.world.scenario.rules.bombing;
  if (!rules || !atWar(ctx.world, ctx.state)) return;
  const { world, state } = ctx;
  const target = world.scenario.sides.japan.capital;
  const { aircraft: bombers, bases } = airInReach(
    world,
    state,
    'allies',
    target,
    rules.range,
    'strategic-bomber',
    forcesOf(ctx, 'allies', 'air'),
  );
  if (bombers === 0) return;
  // Fighters defending the capital shoot some bombers down and stop part of the bombing (air-missions.ts).
  const stopped = interceptBombers(ctx, 'japan', target, rules.range);
  const why = { code: 'bombing', bombers, bases, stopped } as const;
  const industry = Math.floor((bombers * rules.industryPer100 * (100 - stopped)) / 10000);
  const will = Math.floor((bombers * rules.willPer100 * (100 - stopped)) / 10000);
  if (industry > 0) {
    const lost = -adjustStock(ctx, 'japan', INDUSTRY, -industry, why);
    // What the raids destroyed counts for the bombing pressure, even when there was no stock to lose.
    state.bombed.japan += Math.max(lost, industry);
  }
  if (will > 0) adjustStock(ctx, 'japan', world.scenario.victory.willResource, -will, why);
}

/**
 * What the pressures read of the map, which never changes during a game: each side's areas at
 * the start (with their value), and the land airfields within each pressure's reach of the
 * side's capital. Built once per world (the will phase runs every turn, for both sides).
 */
interface StaticWill {
  startAreas: Record<SideId, { id: string; index: number; value: number }[]>;
  /** Land areas with an airfield within `range` of the side's capital, by side and range (with their index). */
  bases: Map<string, { id: string; index: number }[]>;
  /** The classes of warship the fleet pressure counts, by side. */
  fleetClasses: Record<SideId, ReadonlySet<string>>;
}

function staticFor(world: World): StaticWill {
  // Kept with the world (the rules allow no module-level tables); its shape is this module's.
  let st = world.memo.staticWill as StaticWill | undefined;
  if (!st) {
    const startAreas: StaticWill['startAreas'] = { japan: [], allies: [] };
    world.scenario.areas.forEach((a, index) => {
      if (a.kind !== 'sea' && (a.owner === 'japan' || a.owner === 'allies'))
        startAreas[a.owner].push({ id: a.id, index, value: a.value });
    });
    const classes = (side: SideId) =>
      new Set(world.scenario.rules.will?.[side]?.pressures.fleet?.classes ?? []);
    st = {
      startAreas,
      bases: new Map(),
      fleetClasses: { japan: classes('japan'), allies: classes('allies') },
    };
    world.memo.staticWill = st;
  }
  return st;
}

function basesInReach(world: World, side: SideId, range: number): { id: string; index: number }[] {
  const st = staticFor(world);
  const key = `${side}:${range}`;
  let list = st.bases.get(key);
  if (!list) {
    const capital = world.scenario.sides[side].capital;
    list = world.scenario.areas
      .map((a, index) => ({ a, index }))
      .filter(({ a }) => a.airfield && a.kind !== 'sea' && a.id !== capital)
      .filter(({ a }) => airDistance(world, a.id, capital, range) !== null)
      .map(({ a, index }) => ({ id: a.id, index }));
    st.bases.set(key, list);
  }
  return list;
}

/**
 * The side's pressures now, each with last turn's level (absent pressures are not listed). Within
 * a turn, `ctx` (whose state is `state`) lends its table of who holds what and its index of forces.
 */
export function willPressures(world: World, state: GameState, side: SideId, ctx?: TurnContext): WillPart[] {
  const p: WillPressures | undefined = world.scenario.rules.will?.[side]?.pressures;
  if (!p) return [];
  const previous = state.willPressure[side];
  const parts: WillPart[] = [];
  const add = (pressure: WillPart['pressure'], level: number, values: Record<string, number>) =>
    parts.push({ pressure, level, previous: previous[pressure] ?? 0, values });
  const stocks = state.sides[side].stocks;
  const enemy = enemyOf(side);
  const held = ctx ? holders(ctx) : null;
  const holder = (a: { id: string; index: number }) =>
    held ? held[a.index] : (state.control[a.id] ?? area(world, a.id).owner);

  if (p.territory) {
    let value = 0;
    let areas = 0;
    for (const a of staticFor(world).startAreas[side]) {
      if (holder(a) !== enemy) continue;
      value += a.value;
      areas++;
    }
    add('territory', Math.min(p.territory.max, value * p.territory.perValue), { value, areas });
  }
  if (p.oil) {
    const stock = Math.max(0, stocks[p.oil.resource] ?? 0);
    const short = p.oil.reserve - Math.min(stock, p.oil.reserve);
    add('oil', Math.floor((p.oil.max * short) / p.oil.reserve), { stock, reserve: p.oil.reserve });
  }
  if (p.dry) {
    const turns = state.dryTurns[side];
    add('dry', Math.min(p.dry.max, Math.floor(turns / p.dry.turnsPerPoint)), { turns, below: p.dry.below });
  }
  if (p.shipping) {
    const { full, floor, max } = p.shipping;
    const tonnage = p.shipping.resources.reduce((n, r) => n + Math.max(0, stocks[r] ?? 0), 0);
    let level = 0;
    if (tonnage <= floor) level = max;
    else if (tonnage < full) level = Math.floor((max * (full - tonnage)) / (full - floor));
    add('shipping', level, { tonnage, full, floor });
  }
  if (p.bombing) {
    const bombed = state.bombed[side];
    add('bombing', Math.min(p.bombing.max, Math.floor(bombed / p.bombing.perPoints)), { bombed });
  }
  if (p.threat) {
    let bases = 0;
    for (const a of basesInReach(world, side, p.threat.range)) if (holder(a) === enemy) bases++;
    add('threat', Math.min(p.threat.max, bases * p.threat.perArea), { bases, range: p.threat.range });
  }
  if (p.fleet || p.casualties) {
    // One pass over the forces for both: the side's named warships of the classes, and its men lost.
    const classes = staticFor(world).fleetClasses[side];
    let total = 0;
    let lost = 0;
    let troops = 0;
    const count = (f: GameState['forces'][number]) => {
      if (f.side !== side) return;
      if (f.type === 'army') troops += f.lost;
      else if (f.type === 'ship' && classes.has(f.class)) {
        total++;
        if (f.status === 'lost') lost++;
      }
    };
    if (ctx) {
      for (const at of forcesOf(ctx, side, 'army')) count(state.forces[at]!);
      for (const at of forcesOf(ctx, side, 'ship')) count(state.forces[at]!);
    } else for (const f of state.forces) count(f);
    if (p.fleet) add('fleet', total === 0 ? 0 : Math.floor((p.fleet.max * lost) / total), { lost, total });
    if (p.casualties)
      add('casualties', Math.min(p.casualties.max, Math.floor(troops / p.casualties.perTroops)), { troops });
  }
  if (p.rationing) {
    const rules = world.scenario.rules.rationing;
    const level = rules?.side === side ? rules.levels[state.policies[side].rationing] : undefined;
    const hardship = level?.willPerTurn ?? 0;
    add('rationing', Math.min(p.rationing.max, hardship * p.rationing.perPoint), {
      level: state.policies[side].rationing,
      hardship,
    });
  }
  if (p.materials) {
    // Before the first turn nothing has been shipped yet: the pressure starts from what the state holds.
    const delivered = state.turn === 1 ? p.materials.need : state.supply[side].rawDelivered;
    const short = p.materials.need - Math.min(delivered, p.materials.need);
    add('materials', Math.floor((p.materials.max * short) / p.materials.need), {
      delivered,
      need: p.materials.need,
    });
  }
  if (p.hunger) {
    const turns = state.hungryTurns[side];
    const level = Math.min(p.hunger.max, Math.max(0, turns - p.hunger.graceTurns) * p.hunger.perTurn);
    add('hunger', level, { turns, below: p.hunger.below, grace: p.hunger.graceTurns });
  }
  if (p.weariness) {
    const turns = state.warTurns;
    const over = Math.max(0, turns - p.weariness.afterTurns);
    add('weariness', Math.min(p.weariness.max, Math.floor(over / p.weariness.turnsPerPoint)), { turns });
  }
  return parts;
}

/** The pressures' levels by id, as the state keeps them. */
export function pressureLevels(parts: readonly WillPart[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of parts) out[part.pressure] = part.level;
  return out;
}

/** The share of its possible pressure a side is under now, in percent (0 with no pressures). */
export function pressureShare(world: World, state: GameState, side: SideId): number {
  const p = world.scenario.rules.will?.[side]?.pressures;
  if (!p) return 0;
  let max = 0;
  for (const def of Object.values(p)) if (def) max += def.max;
  if (max === 0) return 0;
  let level = 0;
  for (const v of Object.values(state.willPressure[side])) level += v;
  return Math.min(100, Math.floor((level * 100) / max));
}

function applyPressures(ctx: TurnContext, side: SideId): WillPart[] {
  const dry = ctx.world.scenario.rules.will?.[side]?.pressures.dry;
  if (dry && (ctx.state.sides[side].stocks[dry.resource] ?? 0) < dry.below) ctx.state.dryTurns[side] += 1;
  countHunger(ctx, side);
  const parts = willPressures(ctx.world, ctx.state, side, ctx);
  if (parts.length === 0) return parts;
  const change = parts.reduce((n, p) => n + p.previous - p.level, 0);
  if (change !== 0) {
    const moved: Partial<Record<WillPressureId, number>> = {};
    for (const part of parts)
      if (part.level !== part.previous) moved[part.pressure] = part.previous - part.level;
    adjustStock(ctx, side, ctx.world.scenario.victory.willResource, change, {
      code: 'will-pressure',
      parts: moved,
    });
  }
  ctx.state.willPressure[side] = pressureLevels(parts);
  return parts;
}

/**
 * A hungry turn adds one to the side's count, a fed turn takes one away (the
 * `hunger` pressure, will-schema.ts): what arrived this turn against the line
 * and the need. The first turn counts nothing: nothing has been shipped yet.
 */
function countHunger(ctx: TurnContext, side: SideId): void {
  const { world, state } = ctx;
  const hunger = world.scenario.rules.will?.[side]?.pressures.hunger;
  if (!hunger || state.turn === 1) return;
  const delivered = state.supply[side].rawDelivered;
  const need = world.scenario.rules.will?.[side]?.pressures.materials?.need ?? hunger.below;
  if (delivered < hunger.below) state.hungryTurns[side] += 1;
  else if (delivered >= need && state.hungryTurns[side] > 0) state.hungryTurns[side] -= 1;
}

/** The breaking point of a side's will: surrender for Japan, a negotiated peace for the Allies. */
function breakingPoint(world: World, side: SideId): number {
  return side === 'japan' ? world.scenario.victory.surrenderWill : world.scenario.victory.peaceWill;
}

/**
 * Whether the side's leaders give up this turn: certain at the breaking
 * point, a chance rising from 0 at the doubt level to 100 there, none above.
 * Null when the side has nothing to decide (no war to end, or will above doubt).
 */
function decide(ctx: TurnContext, side: SideId): { chance: number; roll: number; yields: boolean } | null {
  const { world, state } = ctx;
  // The Allies decide only about a war; Japan also about the American terms while it starves at peace.
  if (side === 'allies' && !atWar(world, state)) return null;
  const will = state.sides[side].stocks[world.scenario.victory.willResource] ?? 0;
  const floor = breakingPoint(world, side);
  if (will <= floor) return { chance: 100, roll: 0, yields: true };
  const rules = world.scenario.rules.will?.[side]?.decision;
  const doubt = atWar(world, state) ? rules?.doubtBelow : (rules?.atPeace?.doubtBelow ?? rules?.doubtBelow);
  if (doubt === undefined || will >= doubt || doubt <= floor) return null;
  const chance = Math.floor(((doubt - will) * 100) / (doubt - floor));
  const roll = ctx.rng.int(100);
  return { chance, roll, yields: roll < chance };
}

function checkForTheEnd(ctx: TurnContext, rolls: Map<SideId, ReturnType<typeof decide>>): void {
  const { world, state } = ctx;
  const { victory, calendar } = world.scenario;
  const will = (side: SideId) => state.sides[side].stocks[victory.willResource] ?? 0;
  const end = (kind: OutcomeKind, cause: EndCause) => {
    state.outcome = { kind, winner: winnerOf(kind), turn: state.turn, date: state.date, cause };
  };
  // Why, as data (words: src/text/end-text.ts): the will at its breaking point, or the leaders' decision.
  const why = (side: SideId, chance: number, breakingPoint: number): EndCause =>
    chance >= 100
      ? { code: 'will-broke', side, will: will(side), breakingPoint }
      : { code: 'gave-up', side, will: will(side), chance };
  const japan = rolls.get('japan');
  const allies = rolls.get('allies');
  if (japan?.yields) {
    const how = why('japan', japan.chance, victory.surrenderWill);
    end(atWar(world, state) ? 'japan-surrenders' : 'terms-accepted', how);
  } else if (allies?.yields) {
    end('negotiated-peace', why('allies', allies.chance, victory.peaceWill));
  } else if (state.turn >= calendar.lastTurn) {
    end('last-turn', { code: 'last-turn', lastTurn: calendar.lastTurn });
  }
}
