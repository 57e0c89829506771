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
import type { OutcomeKind, Owner, SideId } from '../../scenario/schema';
import type { WillPressures } from '../../scenario/will-schema';
import { airInReach } from '../air-reach';
import { atWar } from '../orders';
import type { WillPart, WillPressureId } from '../report';
import { restoreRng, seedRng } from '../rng';
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
  /** The armies whose men lost the casualties pressure leaves out, by side (`exceptForces`). */
  exceptArmies: Record<SideId, ReadonlySet<string>>;
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
    const except = (side: SideId) =>
      new Set(world.scenario.rules.will?.[side]?.pressures.casualties?.exceptForces ?? []);
    st = {
      startAreas,
      bases: new Map(),
      fleetClasses: { japan: classes('japan'), allies: classes('allies') },
      exceptArmies: { japan: except('japan'), allies: except('allies') },
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
  const stocks = state.sides[side].stocks;
  const enemy = enemyOf(side);
  const held = ctx ? holders(ctx) : null;

  if (p.territory) {
    let value = 0;
    let areas = 0;
    for (const a of staticFor(world).startAreas[side]) {
      if (holderOf(world, state, held, a) !== enemy) continue;
      value += a.value;
      areas++;
    }
    addPart(parts, previous, 'territory', Math.min(p.territory.max, value * p.territory.perValue), {
      value,
      areas,
    });
  }
  if (p.oil) {
    const stock = Math.max(0, stocks[p.oil.resource] ?? 0);
    const short = p.oil.reserve - Math.min(stock, p.oil.reserve);
    addPart(parts, previous, 'oil', Math.floor((p.oil.max * short) / p.oil.reserve), {
      stock,
      reserve: p.oil.reserve,
    });
  }
  if (p.dry) {
    const turns = state.dryTurns[side];
    addPart(parts, previous, 'dry', Math.min(p.dry.max, Math.floor(turns / p.dry.turnsPerPoint)), {
      turns,
      below: p.dry.below,
    });
  }
  if (p.shipping) {
    const { full, floor, max } = p.shipping;
    const tonnage = p.shipping.resources.reduce((n, r) => n + Math.max(0, stocks[r] ?? 0), 0);
    let level = 0;
    if (tonnage <= floor) level = max;
    else if (tonnage < full) level = Math.floor((max * (full - tonnage)) / (full - floor));
    addPart(parts, previous, 'shipping', level, { tonnage, full, floor });
  }
  if (p.bombing) {
    const bombed = state.bombed[side];
    addPart(parts, previous, 'bombing', Math.min(p.bombing.max, Math.floor(bombed / p.bombing.perPoints)), {
      bombed,
    });
  }
  if (p.threat) {
    let bases = 0;
    for (const a of basesInReach(world, side, p.threat.range))
      if (holderOf(world, state, held, a) === enemy) bases++;
    addPart(parts, previous, 'threat', Math.min(p.threat.max, bases * p.threat.perArea), {
      bases,
      range: p.threat.range,
    });
  }
  if (p.fleet || p.casualties) {
    // One pass over the forces for both: the side's named warships of the classes, and its men lost.
    const st = staticFor(world);
    const classes = st.fleetClasses[side];
    const except = st.exceptArmies[side];
    let total = 0;
    let lost = 0;
    let troops = 0;
    // The side's armies and ships (the turn's index), else every force.
    const lists = ctx ? [forcesOf(ctx, side, 'army'), forcesOf(ctx, side, 'ship')] : null;
    for (let l = 0; l < (lists ? lists.length : 1); l++) {
      const list = lists ? lists[l]! : null;
      const n = list ? list.length : state.forces.length;
      for (let k = 0; k < n; k++) {
        const f = state.forces[list ? list[k]! : k]!;
        if (f.side !== side) continue;
        if (f.type === 'army') {
          if (except.size === 0 || !except.has(f.id)) troops += f.lost;
        } else if (f.type === 'ship' && classes.has(f.class)) {
          total++;
          if (f.status === 'lost') lost++;
        }
      }
    }
    if (p.fleet)
      addPart(parts, previous, 'fleet', total === 0 ? 0 : Math.floor((p.fleet.max * lost) / total), {
        lost,
        total,
      });
    if (p.casualties)
      addPart(
        parts,
        previous,
        'casualties',
        Math.min(p.casualties.max, Math.floor(troops / p.casualties.perTroops)),
        { troops },
      );
  }
  if (p.rationing) {
    const rules = world.scenario.rules.rationing;
    const level = rules?.side === side ? rules.levels[state.policies[side].rationing] : undefined;
    const hardship = level?.willPerTurn ?? 0;
    addPart(parts, previous, 'rationing', Math.min(p.rationing.max, hardship * p.rationing.perPoint), {
      level: state.policies[side].rationing,
      hardship,
    });
  }
  if (p.materials) {
    // Before the first turn nothing has been shipped yet: the pressure starts from what the state holds.
    const delivered = state.turn === 1 ? p.materials.need : state.supply[side].rawDelivered;
    const short = p.materials.need - Math.min(delivered, p.materials.need);
    addPart(parts, previous, 'materials', Math.floor((p.materials.max * short) / p.materials.need), {
      delivered,
      need: p.materials.need,
    });
  }
  if (p.hunger) {
    const turns = state.hungryTurns[side];
    const level = Math.min(p.hunger.max, Math.max(0, turns - p.hunger.graceTurns) * p.hunger.perTurn);
    addPart(parts, previous, 'hunger', level, { turns, below: p.hunger.below, grace: p.hunger.graceTurns });
  }
  if (p.weariness) {
    const turns = state.warTurns;
    const over = Math.max(0, turns - p.weariness.afterTurns);
    addPart(
      parts,
      previous,
      'weariness',
      Math.min(p.weariness.max, Math.floor(over / p.weariness.turnsPerPoint)),
      { turns },
    );
  }
  return parts;
}

function addPart(
  parts: WillPart[],
  previous: Record<string, number>,
  pressure: WillPart['pressure'],
  level: number,
  values: Record<string, number>,
): void {
  parts.push({ pressure, level, previous: previous[pressure] ?? 0, values });
}

/** Who holds `a`: by the turn's table when there is one, else by the state. */
function holderOf(
  world: World,
  state: GameState,
  held: readonly Owner[] | null,
  a: { id: string; index: number },
): Owner | undefined {
  return held ? held[a.index] : (state.control[a.id] ?? area(world, a.id).owner);
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
  const roll = decisionRoll(state, side);
  return { chance, roll, yields: roll < chance };
}

/**
 * The leaders' roll of the month (0–99), from its own stream: the game's seed, the side and the
 * turn — not the turn's generator. Whatever else happened, the same seed's cabinet meets each month
 * in the same temper, so two games of one seed differ in their end only as their wills differ: a
 * what-if that spares Japan a shock never makes it give up sooner, and one that adds a shock never
 * later (common random numbers; the war's dice are untouched). The chance is the state's (will).
 */
function decisionRoll(state: GameState, side: SideId): number {
  return restoreRng(seedRng(`${state.seed}|decision|${side}|${state.turn}`)).int(100);
}

function checkForTheEnd(ctx: TurnContext, rolls: Map<SideId, ReturnType<typeof decide>>): void {
  const { world, state } = ctx;
  const { victory, calendar } = world.scenario;
  const japan = rolls.get('japan');
  const allies = rolls.get('allies');
  if (japan?.yields) {
    const how = whyItEnds(world, state, 'japan', japan.chance, victory.surrenderWill);
    endGame(state, atWar(world, state) ? 'japan-surrenders' : 'terms-accepted', how);
  } else if (allies?.yields) {
    endGame(state, 'negotiated-peace', whyItEnds(world, state, 'allies', allies.chance, victory.peaceWill));
  } else if (state.turn >= calendar.lastTurn) {
    endGame(state, 'last-turn', { code: 'last-turn', lastTurn: calendar.lastTurn });
  }
}

function endGame(state: GameState, kind: OutcomeKind, cause: EndCause): void {
  state.outcome = { kind, winner: winnerOf(kind), turn: state.turn, date: state.date, cause };
}

/** Why, as data (words: src/text/end-text.ts): the will at its breaking point, or the leaders' decision. */
function whyItEnds(
  world: World,
  state: GameState,
  side: SideId,
  chance: number,
  breakingPoint: number,
): EndCause {
  const will = state.sides[side].stocks[world.scenario.victory.willResource] ?? 0;
  return chance >= 100
    ? { code: 'will-broke', side, will, breakingPoint }
    : { code: 'gave-up', side, will, chance };
}
