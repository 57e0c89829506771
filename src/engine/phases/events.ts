/**
 * Phase 1 — events. Decisions made this turn are recorded, scheduled
 * reinforcements arrive, then scenario events whose triggers hold fire (in
 * scenario order, repeated until none is left, so one event can set off another).
 */
import type { Effect, ForceDef, SideId, Trigger } from '../../scenario/schema';
import { airInReach } from '../air-reach';
import { assertNever } from '../assert-never';
import { applyHits, pointsForPercent } from '../combat/hits';
import type { EffectDone } from '../report';
import { SIDE_IDS } from '../sides';
import { type ForceState, forceById, type GameState, newForce, winnerOf } from '../state';
import { addNewForce, adjustStock, ownForce, setHolder, type TurnContext } from '../turn-context';
import { area, type World } from '../world';
import { sabotageOilFields } from './economy/deliveries';
import { pressureShare } from './will';

export function runEventsPhase(ctx: TurnContext): void {
  recordChoices(ctx);
  deliverReinforcements(ctx);
  deliverBuilds(ctx);
  fireEvents(ctx);
}

/** Items whose build time is up join the side: resources to its stocks, forces at their yard. */
function deliverBuilds(ctx: TurnContext): void {
  const { state, world } = ctx;
  const ready = state.queue.filter((q) => q.ready <= state.turn);
  if (ready.length === 0) return;
  state.queue = state.queue.filter((q) => q.ready > state.turn);
  for (const q of ready) {
    const item = world.scenario.buildables.find((b) => b.id === q.item);
    if (!item) continue;
    for (const [res, n] of Object.entries(item.adds))
      adjustStock(ctx, q.side, res, n, { code: 'build-completed', item: item.id });
    let forceId: string | undefined;
    if (item.force) {
      const force = builtForce(world, state, q.side, item.force, state.serial++);
      forceId = force.id;
      addNewForce(ctx, force);
    }
    ctx.items.push({
      kind: 'built',
      side: q.side,
      item: item.id,
      name: item.name,
      ...(forceId ? { force: forceId } : {}),
    });
  }
}

function recordChoices(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    for (const order of ctx.orders[side]) {
      if (order.type !== 'choose') continue;
      const choice = ctx.world.scenario.choices.find((c) => c.id === order.choice);
      if (!choice) continue;
      ctx.state.choices[choice.id] = ctx.state.turn;
      ctx.items.push({ kind: 'choice', side, choice: choice.id, label: choice.label });
    }
  }
}

function deliverReinforcements(ctx: TurnContext): void {
  const { reinforcements } = ctx.world.scenario;
  // Marks by index, in an array kept with the world and cleared each turn (the list of those
  // arrived grows to over a hundred: a set of it every turn cost more).
  const arrived = arrivedMarks(ctx.world);
  arrived.fill(0);
  for (const index of ctx.state.arrived) if (index >= 0 && index < arrived.length) arrived[index] = 1;
  for (let index = 0; index < reinforcements.length; index++) {
    const r = reinforcements[index]!;
    if (r.date > ctx.state.date || arrived[index] === 1) continue;
    ctx.state.arrived.push(index);
    addForce(ctx, r.force);
  }
}

/** A built force joining `side`: at its yard if the side holds it, else at the capital; `serial` makes its id. */
function builtForce(world: World, state: GameState, side: SideId, def: ForceDef, serial: number): ForceState {
  const yard = area(world, def.location);
  const location =
    (state.control[yard.id] ?? yard.owner) === side ? yard.id : world.scenario.sides[side].capital;
  return newForce(
    { ...def, id: `${def.id}-${serial}`, location, name: `${def.name} ${serial}` },
    world.scenario.rules.endurance?.oilers?.cargo?.perOiler,
  );
}

/**
 * The forces that join `side` at the start of the turn played from `state`, as they will stand:
 * its scheduled reinforcements (deliverReinforcements, the same test) and its builds whose time is
 * up (deliverBuilds). For the oil forecast, which burns them idle this turn (oil-forecast.ts;
 * play25: the Oil Clock's tile was 12 short the months Shōkaku and Zuikaku arrived). Only reads
 * the state. Forces an event brings (`reinforce`) are not foreseen.
 */
export function forcesJoining(world: World, state: GameState, side: SideId): ForceState[] {
  const arrived = new Set(state.arrived);
  const out: ForceState[] = [];
  const { reinforcements } = world.scenario;
  for (let index = 0; index < reinforcements.length; index++) {
    const r = reinforcements[index]!;
    if (r.force.side !== side || r.date > state.date || arrived.has(index)) continue;
    if (forceById(state, r.force.id)) continue;
    out.push(newForce(r.force, world.scenario.rules.endurance?.oilers?.cargo?.perOiler));
  }
  // The serial counts every side's built forces, in the queue's order, as deliverBuilds does.
  let serial = state.serial;
  for (const q of state.queue) {
    if (q.ready > state.turn) continue;
    const def = world.scenario.buildables.find((b) => b.id === q.item)?.force;
    if (!def) continue;
    const at = serial++;
    if (q.side === side) out.push(builtForce(world, state, side, def, at));
  }
  return out;
}

/** A scratch table of the reinforcements that have arrived, kept with the world (no module-level tables). */
function arrivedMarks(world: World): Uint8Array {
  world.memo.arrivedMarks ??= new Uint8Array(world.scenario.reinforcements.length);
  return world.memo.arrivedMarks;
}

/** True when something happened on `turn` at least `after` turns before `now` (0 = this turn or earlier). */
function happenedAgo(turn: number | undefined, now: number, after = 0): boolean {
  return turn !== undefined && now - turn >= after;
}

export function addForce(ctx: TurnContext, def: ForceDef): void {
  if (forceById(ctx.state, def.id)) return;
  addNewForce(ctx, newForce(def, ctx.world.scenario.rules.endurance?.oilers?.cargo?.perOiler));
  ctx.items.push({
    kind: 'reinforcement',
    side: def.side,
    force: def.id,
    name: def.name,
    area: def.location,
  });
}

function fireEvents(ctx: TurnContext): void {
  const { events } = ctx.world.scenario;
  const firedThisTurn = new Set<string>();
  const open = openEvents(ctx.world, ctx.state.fired);
  // The record of fired events is shared with the previous state (cloneState): copied before the first write.
  let ownRecord = false;
  for (let pass = 0; pass <= events.length; pass++) {
    let firedAny = false;
    for (const ev of open) {
      if (firedThisTurn.has(ev.id)) continue;
      if (!triggerHolds(ctx, ev.trigger)) continue;
      firedThisTurn.add(ev.id);
      firedAny = true;
      if (ctx.state.fired[ev.id] === undefined) {
        if (!ownRecord) {
          ctx.state.fired = { ...ctx.state.fired };
          ownRecord = true;
        }
        ctx.state.fired[ev.id] = ctx.state.turn;
      }
      // A loop, not `map` (PERFORMANCE.md, pass 24: the list's map stays the same for `oneLinePerStock`).
      const done: EffectDone[] = [];
      for (const e of ev.effects) done.push(applyEffect(ctx, e, ev));
      const effects = oneLinePerStock(done);
      ctx.items.push({
        kind: 'event',
        event: ev.id,
        title: ev.title,
        note: ev.note,
        source: ev.source,
        effects,
      });
    }
    if (!firedAny) break;
  }
  // The record this turn made is final (resolveTurn freezes it): the events still open for it are
  // those open before less the one-offs that fired now, kept for the next turn (openEvents).
  if (ownRecord) {
    const still: ScenarioEvent[] = [];
    for (const ev of open) if (ev.repeat || !firedThisTurn.has(ev.id)) still.push(ev);
    rememberOpenEvents(ctx.world, ctx.state.fired, still);
  }
}

type ScenarioEvent = World['scenario']['events'][number];

/**
 * The events that may still fire: a one-off event fired on an earlier turn never will. Asked once
 * a turn, and remembered for a record that cannot change: most turns fire nothing and hand the
 * same record on, so they find the list here instead of asking the record about every event.
 */
function openEvents(world: World, fired: Record<string, number>): readonly ScenarioEvent[] {
  const frozen = Object.isFrozen(fired);
  // Kept with the world by frozen record of fired events (a frozen record never changes).
  const known = frozen ? openEventsMemo(world).get(fired) : undefined;
  if (known) return known;
  // Lists built by loops, not by `filter` (PERFORMANCE.md, pass 24: `fireEvents` reads both).
  const open: ScenarioEvent[] = [];
  for (const ev of world.scenario.events) if (ev.repeat || fired[ev.id] === undefined) open.push(ev);
  if (frozen) rememberOpenEvents(world, fired, open);
  return open;
}

function openEventsMemo(world: World): WeakMap<Record<string, number>, readonly ScenarioEvent[]> {
  world.memo.openEvents ??= new WeakMap();
  return world.memo.openEvents as WeakMap<Record<string, number>, readonly ScenarioEvent[]>;
}

/** Remembers the events still open for a record of fired events that no one changes any more. */
function rememberOpenEvents(
  world: World,
  fired: Record<string, number>,
  open: readonly ScenarioEvent[],
): void {
  openEventsMemo(world).set(fired, open);
}

/**
 * The flags as this turn's events will leave them, foreseen from the state at the turn's start: the
 * events whose triggers hold now (dates, flags, places — not this turn's decisions, which are not in
 * the state yet), in the events phase's passes, with only their flags set. The players' oil clock
 * asks it (src/ui/game/oil-forecast.ts): in August 1941 the embargo begins as the month is played,
 * and the tile said the oil lasted 43 months on July's imports (eleventh play-through).
 */
export function flagsAfterDueEvents(world: World, state: GameState): Readonly<Record<string, boolean>> {
  const open = world.scenario.events.filter((ev) => ev.repeat || state.fired[ev.id] === undefined);
  const shadow: GameState = { ...state, flags: { ...state.flags } };
  const fired = new Set<string>();
  for (let pass = 0; pass <= open.length; pass++) {
    let firedAny = false;
    for (const ev of open) {
      if (fired.has(ev.id) || !triggerHoldsIn(world, shadow, ev.trigger)) continue;
      fired.add(ev.id);
      firedAny = true;
      for (const e of ev.effects) if (e.type === 'flag') shadow.flags[e.flag] = e.value;
    }
    if (!firedAny) break;
  }
  return shadow.flags;
}

export function triggerHolds(ctx: TurnContext, t: Trigger): boolean {
  return triggerHoldsIn(ctx.world, ctx.state, t);
}

/** Ships fit to fight: not lost and damaged below half (FIT_DAMAGE_PERCENT). */
const FIT_DAMAGE_PERCENT = 50;
function fitToFight(state: GameState, ids: readonly string[]): number {
  let fit = 0;
  for (const id of ids) {
    const f = forceById(state, id);
    if (f && f.status === 'active' && (f.type !== 'ship' || f.damage < FIT_DAMAGE_PERCENT)) fit += 1;
  }
  return fit;
}

/** Whether a trigger holds in a state (also used by computer players to time a plan's steps). */
export function triggerHoldsIn(world: World, state: GameState, t: Trigger): boolean {
  switch (t.type) {
    case 'date':
      return state.date >= t.on;
    case 'turn':
      return state.turn >= t.turn;
    case 'control':
      return (state.control[t.area] ?? area(world, t.area).owner) === t.side;
    case 'threshold': {
      const v = state.sides[t.side].stocks[t.resource] ?? 0;
      return (t.below === undefined || v < t.below) && (t.above === undefined || v > t.above);
    }
    case 'flag':
      return (state.flags[t.flag] ?? false) === t.is;
    case 'reach':
      return airInReach(world, state, t.side, t.target, t.range, t.role).aircraft >= (t.aircraft ?? 1);
    case 'afloat': {
      const fit = fitToFight(state, t.forces);
      return (t.atLeast === undefined || fit >= t.atLeast) && (t.atMost === undefined || fit <= t.atMost);
    }
    case 'choice':
      return happenedAgo(state.choices[t.choice], state.turn, t.after);
    case 'event':
      return happenedAgo(state.fired[t.event], state.turn, t.after);
    case 'all':
      for (const sub of t.of) if (!triggerHoldsIn(world, state, sub)) return false;
      return true;
    case 'any':
      for (const sub of t.of) if (triggerHoldsIn(world, state, sub)) return true;
      return false;
    default:
      return assertNever(t);
  }
}

/**
 * An event's changes to one stock of one side as one effect, where its first change was (the
 * Oil Clock's Pearl Harbor gives Japan +5 and +3 will, the Allies +8 and +20 — the war begun and
 * the strike; the report listed each side's will twice, play-through 9). What the event did to
 * the stock is their sum; the scenario's message says what they are made of.
 */
function oneLinePerStock(done: EffectDone[]): EffectDone[] {
  const out: EffectDone[] = [];
  for (const d of done) {
    if (d.code === 'resource') {
      const i = out.findIndex((o) => o.code === 'resource' && o.side === d.side && o.resource === d.resource);
      const first = out[i];
      if (first?.code === 'resource') {
        out[i] = { ...first, amount: first.amount + d.amount };
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** Applies one effect of the event `ev` and says what it did, as data (words: src/text/event-text.ts). */
function applyEffect(ctx: TurnContext, e: Effect, ev: ScenarioEvent): EffectDone {
  const { world, state } = ctx;
  switch (e.type) {
    case 'resource': {
      const applied = adjustStock(ctx, e.side, e.resource, e.amount, { code: 'event', event: ev.id });
      return { code: 'resource', side: e.side, resource: e.resource, amount: applied };
    }
    case 'flag': {
      if (state.flags[e.flag] !== e.value) ctx.legalityMayHaveChanged = true;
      state.flags[e.flag] = e.value;
      return { code: 'flag', flag: e.flag, value: e.value };
    }
    case 'control': {
      const from = state.control[e.area] ?? area(world, e.area).owner;
      if (from !== e.side) ctx.legalityMayHaveChanged = true;
      setHolder(ctx, e.area, e.side);
      if (from !== e.side) sabotageOilFields(ctx, e.area);
      ctx.items.push({
        kind: 'control',
        area: e.area,
        from,
        to: e.side,
        cause: { code: 'event', event: ev.id },
      });
      return { code: 'control', area: e.area, to: e.side };
    }
    case 'reinforce':
      addForce(ctx, e.force);
      return { code: 'reinforce', force: e.force.id, area: e.force.location };
    case 'damage':
      return damageByEffect(ctx, e.force, e.percent, e.why);
    case 'message':
      return { code: 'message', text: e.text };
    case 'will':
      return willShock(ctx, e, ev);
    case 'end':
      ctx.legalityMayHaveChanged = true;
      if (!state.outcome) {
        state.outcome = {
          kind: e.outcome,
          winner: winnerOf(e.outcome),
          turn: state.turn,
          date: state.date,
          cause: { code: 'event', event: ev.id },
        };
      }
      return { code: 'end', outcome: e.outcome };
    default:
      return assertNever(e);
  }
}

/**
 * A shock to will whose weight the state decides (will-schema.ts ShockWeight):
 * the same event weighs more on a country with nothing left to hope for, and
 * an invasion more when the defence is hollow.
 */
function willShock(ctx: TurnContext, e: Extract<Effect, { type: 'will' }>, ev: ScenarioEvent): EffectDone {
  const { world, state } = ctx;
  let percent = 100;
  const values: Record<string, number> = {};
  switch (e.weight.by) {
    case 'fixed':
      percent = e.weight.percent;
      break;
    case 'pressure':
      percent = pressureShare(world, state, e.side);
      values.pressure = percent;
      break;
    case 'troops': {
      const where = new Set(e.weight.areas);
      let attackers = 0;
      let defenders = 0;
      for (const f of state.forces) {
        if (f.status !== 'active' || f.type !== 'army' || !where.has(f.location)) continue;
        if (f.side === e.side) defenders += f.troops;
        else attackers += f.troops;
      }
      percent = attackers + defenders === 0 ? 0 : Math.floor((attackers * 100) / (attackers + defenders));
      values.attackers = attackers;
      values.defenders = defenders;
      break;
    }
    default:
      return assertNever(e.weight);
  }
  const amount = Math.trunc((e.max * percent) / 100);
  const applied = adjustStock(ctx, e.side, world.scenario.victory.willResource, amount, {
    code: 'will-shock',
    event: ev.id,
    percent,
  });
  ctx.items.push({
    kind: 'shock',
    side: e.side,
    event: ev.id,
    title: e.why,
    max: e.max,
    percent,
    amount: applied,
    weight: e.weight.by,
    values,
  });
  return { code: 'will', side: e.side, amount: applied, percent, max: e.max, why: e.why };
}

/** A scripted strike (e.g. Pearl Harbor): damages a named force and reports it like a battle loss. */
function damageByEffect(ctx: TurnContext, forceId: string, percent: number, why: string): EffectDone {
  const target = forceById(ctx.state, forceId);
  if (target?.status !== 'active') return { code: 'no-target', force: forceId };
  const force = ownForce(ctx, target);
  const { amount } = applyHits(force, pointsForPercent(force, percent));
  const destroyed = force.status === 'lost';
  ctx.items.push({
    kind: 'damage',
    side: force.side,
    force: force.id,
    name: force.name,
    amount,
    destroyed,
    cause: { code: 'event', text: why },
  });
  if (destroyed && force.type === 'ship') {
    const will = ctx.world.scenario.rules.willPerShipLost[force.class] ?? 0;
    if (will > 0)
      adjustStock(ctx, force.side, ctx.world.scenario.victory.willResource, -will, {
        code: 'ship-sunk',
        force: force.id,
      });
  }
  return { code: 'damage', force: force.id, amount, destroyed };
}
