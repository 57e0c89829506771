/**
 * One turn: orders in → new state + report out, in fixed phases
 * (orders checked and builds paid → events → economy → movement → detection →
 * battles → control → will → report).
 * Pure: the input state is never changed, and the same state and orders
 * always give the same result.
 */

import type { SideId } from '../scenario/schema';
import { rememberedVerdicts } from './checked-orders';
import { formDetachments } from './detach';
import { markHandedOut } from './handed-out';
import { atWarIn, checkOrder, type Legality, type Order, type TurnOrders } from './orders';
import { reportAirMissions, returnAircrew } from './phases/air-missions';
import { runBattlePhase } from './phases/battles';
import { findContact } from './phases/contact';
import { runControlPhase } from './phases/control';
import { readJapaneseIntentions, runDetectionPhase } from './phases/detection';
import { payForBuilds } from './phases/economy/builds';
import { runEconomyPhase } from './phases/economy/index';
import { runEventsPhase } from './phases/events';
import { runInterceptions } from './phases/interception';
import { runMovementPhase } from './phases/movement';
import { loadOilers } from './phases/oiler-cargo';
import { runPortStrikes } from './phases/port-strike';
import { runWillPhase } from './phases/will';
import type { Refusal } from './refusal';
import type { ReportItem, TurnReport } from './report';
import { restoreRng } from './rng';
import { SIDE_IDS } from './sides';
import { cloneState, forceById, freezeForces, type GameState } from './state';
import { carriedForceTable, keepForceTable, newLedger, type TurnContext } from './turn-context';
import { dateOfTurn, daysOfTurn } from './turn-dates';
import type { World } from './world';

export interface TurnResult {
  state: GameState;
  report: TurnReport;
  /**
   * Orders refused as illegal before the turn was resolved, in the order they
   * were checked (Japan's, then the Allies'). They are also in the report as
   * 'rejected' items; this list leaves out orders refused later for want of
   * oil, so a replay check can tell "could not have been given" from "ran dry".
   */
  illegal: IllegalOrder[];
}

export interface IllegalOrder {
  side: SideId;
  /** Position in the side's orders as given. */
  index: number;
  order: Order;
  /** Why, as data (its words: src/text/refusal-text.ts). */
  refusal: Refusal;
}

export function resolveTurn(world: World, previous: GameState, orders: TurnOrders): TurnResult {
  if (previous.outcome) throw new Error('the game is over: no more turns can be resolved');
  const state = cloneState(previous);
  const rng = restoreRng(state.rng);
  const items: ReportItem[] = [];

  // Illegal orders are dropped with their reason; the rest are resolved.
  const legal: TurnOrders = { japan: [], allies: [] };
  const verdicts = new Map<Order, Legality>();
  const illegal: IllegalOrder[] = [];
  for (const side of SIDE_IDS) {
    // Verdicts a computer player already had for these orders against this state (checked-orders.ts).
    const known = rememberedVerdicts(world, previous, side, orders[side]);
    const given = orders[side];
    for (let index = 0; index < given.length; index++) {
      const order = given[index]!;
      const verdict = known[index] ?? checkOrder(world, state, side, order, legal[side]);
      if (verdict.ok) {
        legal[side].push(order);
        verdicts.set(order, verdict);
      } else {
        items.push({ kind: 'rejected', side, order, refusal: verdict.refusal });
        illegal.push({ side, index, order, refusal: verdict.refusal });
      }
    }
  }

  const ctx: TurnContext = {
    world,
    state,
    rng,
    orders: legal,
    verdicts,
    legalityMayHaveChanged: false,
    turnDays: daysOfTurn(world, state.turn),
    fuelled: new Set(),
    oilerIssued: new Map(),
    landed: new Set(),
    shortOfSupply: new Map(),
    ambushes: new Set(),
    // Read from the turn's starting state and Japan's orders as given: the same report the Allies
    // were shown before their orders (readJapaneseIntentions asks no one's generator but its own).
    intel: readJapaneseIntentions(world, previous, orders.japan, legal.japan),
    // Asked of the turn's starting state, which a turn never changes (no copy needed).
    startLocation: startLocationIn(previous),
    atWarAtStart: atWarAtStartOf(world, previous),
    items,
    ledger: newLedger(),
    owned: new Set(),
    holderTable: null,
    forceTable: carriedForceTable(world, previous.forces),
  };
  // Moves of part of an army form their detachments, which then move as armies of their own (detach.ts).
  formDetachments(ctx);
  // Builds are paid from the stocks the orders were checked against — the points a player sees
  // when ordering — before anything this turn adds to or takes from them (builds.ts).
  for (const side of SIDE_IDS) payForBuilds(ctx, side);
  runEventsPhase(ctx);
  runEconomyPhase(ctx);
  reportAirMissions(ctx);
  const passages = runMovementPhase(ctx);
  // Forces crossing the same sea areas may meet on the way (interception.ts).
  runInterceptions(ctx, passages);
  // Who meets whom, once the moves are made (shared by detection and battles).
  const contact = findContact(ctx);
  // Carriers arriving next to an enemy port strike it (Pearl Harbor); no search is needed to find a port.
  runPortStrikes(ctx, contact);
  const sightings = runDetectionPhase(ctx, contact);
  runBattlePhase(ctx, contact, sightings, passages);
  returnAircrew(ctx);
  runControlPhase(ctx);
  // Oilers in port fill up from the stock there, once the turn's moves and losses are known.
  loadOilers(ctx, previous);
  runWillPhase(ctx);

  // What this turn changed is final: frozen, like every force a state hands out.
  freezeForces(ctx.owned);
  // The list of forces is final too: marked, so that the tables kept per state (powerTable, the
  // bots' forcesBySide) need not compare it force by force to know it is unchanged (handed-out.ts).
  markHandedOut(world, state.forces);
  keepForceTable(ctx);
  Object.freeze(state.fired);
  Object.freeze(state.control);
  const report = buildReport(ctx, previous);
  state.rng = rng.state();
  state.turn += 1;
  state.date = dateOfTurn(world, state.turn);
  report.nextDate = state.date;
  return { state, report, illegal };
}

/** Phase 8 — report: the economy ledger (one line per stock that changed), then the end, if any. */
function buildReport(ctx: TurnContext, previous: GameState): TurnReport {
  const items = [...ctx.items];
  for (const entry of ctx.ledger.entries) {
    items.push({
      kind: 'economy',
      side: entry.side,
      resource: entry.resource,
      before: entry.before,
      after: ctx.state.sides[entry.side].stocks[entry.resource] ?? 0,
      changes: entry.changes,
    });
  }
  const o = ctx.state.outcome;
  if (o && !previous.outcome) items.push({ kind: 'end', outcome: o.kind, winner: o.winner, cause: o.cause });
  return { turn: previous.turn, date: previous.date, nextDate: '', items };
}

// The turn context's questions about the turn's start, made by functions that return them unnamed:
// an arrow in an object literal is named, and under tsx naming one costs a `__name` call per turn.
function startLocationIn(previous: GameState): (id: string) => string | undefined {
  return (id) => forceById(previous, id)?.location;
}

function atWarAtStartOf(world: World, previous: GameState): (areaId: string) => boolean {
  return (areaId) => atWarIn(world, previous, areaId);
}
