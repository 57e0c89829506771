/**
 * Phase 1 — events. Decisions made this turn are recorded, scheduled
 * reinforcements arrive, then scenario events whose triggers hold fire (in
 * scenario order, repeated until none is left, so one event can set off another).
 */
import type { Effect, ForceDef, Trigger } from '../../scenario/schema';
import { assertNever } from '../assert-never';
import { SIDE_IDS } from '../sides';
import { winnerOf } from '../state';
import { adjustStock, type TurnContext } from '../turn-context';
import { area } from '../world';

export function runEventsPhase(ctx: TurnContext): void {
  recordChoices(ctx);
  deliverReinforcements(ctx);
  fireEvents(ctx);
}

function recordChoices(ctx: TurnContext): void {
  for (const side of SIDE_IDS) {
    for (const order of ctx.orders[side]) {
      if (order.type !== 'choose') continue;
      const choice = ctx.world.scenario.choices.find((c) => c.id === order.choice);
      if (!choice) continue;
      ctx.state.choices.push(choice.id);
      ctx.items.push({ kind: 'choice', side, choice: choice.id, label: choice.label });
    }
  }
}

function deliverReinforcements(ctx: TurnContext): void {
  ctx.world.scenario.reinforcements.forEach((r, index) => {
    if (r.date > ctx.state.date || ctx.state.arrived.includes(index)) return;
    ctx.state.arrived.push(index);
    addForce(ctx, r.force);
  });
}

export function addForce(ctx: TurnContext, def: ForceDef): void {
  if (ctx.state.forces.some((f) => f.id === def.id)) return;
  ctx.state.forces.push({ ...structuredClone(def), lost: 0, status: 'active' });
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
  for (let pass = 0; pass <= events.length; pass++) {
    let firedAny = false;
    for (const ev of events) {
      if (firedThisTurn.has(ev.id)) continue;
      if (!ev.repeat && ctx.state.fired.includes(ev.id)) continue;
      if (!triggerHolds(ctx, ev.trigger)) continue;
      firedThisTurn.add(ev.id);
      firedAny = true;
      if (!ctx.state.fired.includes(ev.id)) ctx.state.fired.push(ev.id);
      const effects = ev.effects.map((e) => applyEffect(ctx, e, ev.title));
      ctx.items.push({
        kind: 'event',
        event: ev.id,
        title: ev.title,
        note: ev.note,
        source: ev.source,
        effects,
      });
    }
    if (!firedAny) return;
  }
}

export function triggerHolds(ctx: TurnContext, t: Trigger): boolean {
  const { state } = ctx;
  switch (t.type) {
    case 'date':
      return state.date >= t.on;
    case 'turn':
      return state.turn >= t.turn;
    case 'control':
      return (state.control[t.area] ?? area(ctx.world, t.area).owner) === t.side;
    case 'threshold': {
      const v = state.sides[t.side].stocks[t.resource] ?? 0;
      return (t.below === undefined || v < t.below) && (t.above === undefined || v > t.above);
    }
    case 'flag':
      return (state.flags[t.flag] ?? false) === t.is;
    case 'choice':
      return state.choices.includes(t.choice);
    case 'event':
      return state.fired.includes(t.event);
    case 'all':
      return t.of.every((sub) => triggerHolds(ctx, sub));
    case 'any':
      return t.of.some((sub) => triggerHolds(ctx, sub));
    default:
      return assertNever(t);
  }
}

/** Applies one effect and says in words what it did. */
function applyEffect(ctx: TurnContext, e: Effect, cause: string): string {
  const { world, state } = ctx;
  switch (e.type) {
    case 'resource': {
      const applied = adjustStock(ctx, e.side, e.resource, e.amount, cause);
      const res = world.scenario.resources.find((r) => r.id === e.resource);
      return `${world.scenario.sides[e.side].name}: ${applied >= 0 ? '+' : ''}${applied} ${res?.unit ?? ''} ${res?.name ?? e.resource}`.trim();
    }
    case 'flag': {
      state.flags[e.flag] = e.value;
      const flag = world.scenario.flags.find((f) => f.id === e.flag);
      return `${flag?.name ?? e.flag}: ${e.value ? 'now in force' : 'ended'}`;
    }
    case 'control': {
      const from = state.control[e.area] ?? area(world, e.area).owner;
      state.control[e.area] = e.side;
      ctx.items.push({ kind: 'control', area: e.area, from, to: e.side, why: cause });
      return `${area(world, e.area).name} passes to ${e.side}`;
    }
    case 'reinforce':
      addForce(ctx, e.force);
      return `${e.force.name} arrives at ${area(world, e.force.location).name}`;
    case 'message':
      return e.text;
    case 'end':
      if (!state.outcome) {
        state.outcome = {
          kind: e.outcome,
          winner: winnerOf(e.outcome),
          turn: state.turn,
          date: state.date,
          reason: cause,
        };
      }
      return `the game ends: ${e.outcome}`;
    default:
      return assertNever(e);
  }
}
