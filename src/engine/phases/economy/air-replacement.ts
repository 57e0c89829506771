/**
 * Aircraft and pilots. Each turn a side's pilot classes that have finished
 * training join its pool of trained pilots, a new class starts (paying its
 * oil: the flying hours burn fuel), and carriers in a friendly port and air
 * groups at a friendly airfield below strength draw new aircraft (from the
 * `aircraftResource` stock that production fills) and pilots from the pool.
 * A unit's experience becomes the average of its survivors' and the new
 * pilots', so losses made good with green pilots lower it: the veterans lost
 * at Midway and in the Solomons could not be replaced in kind, while Japan
 * cut training hours from 1943 for want of fuel and time and the US
 * lengthened its own (EVANS-PEATTIE-1997, USSBS-AIR).
 *
 * A unit takes at most `refillPercent` of its full strength a turn (ferrying the
 * aircraft out and working the crews up took time). Carriers are filled first (both navies gave their carrier groups the
 * pick of the pilots), then air groups, each in the order of the forces.
 * Training takes the oil left after the turn's sorties: operations came first.
 */
import type { z } from 'zod';
import { OIL } from '../../../scenario/resource-ids';
import type { PilotTraining, SideId } from '../../../scenario/schema';
import { isCarrier } from '../../combat-values';
import { entryInForce } from '../../in-force';
import { pilotIntake } from '../../pilot-training';
import type { ReportItem } from '../../report';
import type { ForceState, PilotPool } from '../../state';
import { adjustStock, forcesOf, ownForce, type TurnContext } from '../../turn-context';
import { area } from '../../world';

type Training = z.infer<typeof PilotTraining>;

export function replaceAircraft(ctx: TurnContext, side: SideId): void {
  const rules = ctx.world.scenario.rules.air;
  const training = rules?.pilots[side];
  if (!rules || !training) return;
  const pool = ctx.state.pilots[side];
  const item: Extract<ReportItem, { kind: 'air-replacement' }> = {
    kind: 'air-replacement',
    side,
    graduated: graduate(ctx, pool),
    intake: 0,
    oil: 0,
    aircraft: 0,
    forces: 0,
    ready: 0,
    readyExperience: 0,
    unitExperience: 0,
    aircraftStock: 0,
  };
  startTraining(ctx, side, training, pool, item);

  const stocks = ctx.state.sides[side].stocks;
  for (const current of refillOrder(ctx, side)) {
    const need = Math.min(
      current.airCapacity - aircraftOf(current),
      Math.ceil((current.airCapacity * rules.refillPercent) / 100),
    );
    const take = Math.min(need, stocks[rules.aircraftResource] ?? 0, pool.ready);
    if (take <= 0) continue;
    const f = ownForce(ctx, current);
    if (f.type !== 'ship' && f.type !== 'air') continue;
    f.experience = Math.floor((f.experience * f.aircraft + pool.experience * take) / (f.aircraft + take));
    f.aircraft += take;
    if (f.type === 'air') f.replaced += take;
    pool.ready -= take;
    item.aircraft += take;
    item.forces += 1;
    adjustStock(ctx, side, rules.aircraftResource, -take, { code: 'air-replacements', force: f.id });
  }
  if (pool.ready === 0) pool.experience = 0;
  item.ready = pool.ready;
  item.readyExperience = pool.experience;
  item.unitExperience = averageUnitExperience(ctx, side);
  item.aircraftStock = stocks[rules.aircraftResource] ?? 0;
  ctx.items.push(item);
}

/** Classes whose training ends by this turn join the pool; returns how many pilots joined. */
function graduate(ctx: TurnContext, pool: PilotPool): number {
  let joined = 0;
  const still = [];
  for (const c of pool.training) {
    if (c.ready > ctx.state.turn) {
      still.push(c);
      continue;
    }
    addPilots(pool, c.pilots, c.experience);
    joined += c.pilots;
  }
  pool.training = still;
  return joined;
}

/** Pilots joining the pool: its experience becomes the average of old and new. */
export function addPilots(pool: PilotPool, pilots: number, experience: number): void {
  if (pilots <= 0) return;
  pool.experience = Math.floor((pool.experience * pool.ready + experience * pilots) / (pool.ready + pilots));
  pool.ready += pilots;
}

/** This turn's intake starts training, as many as the oil in stock pays for. */
function startTraining(
  ctx: TurnContext,
  side: SideId,
  training: Training,
  pool: PilotPool,
  item: { intake: number; oil: number },
): void {
  const intake = entryInForce(training.intake, ctx.state.date);
  if (!intake || intake.perTurn === 0) return;
  // One formula with the oil tile's forecast (pilot-training.ts).
  const { pilots, oil: cost } = pilotIntake(
    ctx.world,
    ctx.state,
    side,
    ctx.state.sides[side].stocks[OIL] ?? 0,
  );
  if (pilots <= 0) return;
  if (cost > 0) adjustStock(ctx, side, OIL, -cost, { code: 'pilot-training', pilots });
  pool.training.push({ ready: ctx.state.turn + training.turns, pilots, experience: intake.experience });
  item.intake = pilots;
  item.oil = cost;
}

function aircraftOf(f: ForceState): number {
  return f.type === 'ship' || f.type === 'air' ? f.aircraft : 0;
}

/** A carrier in one of the side's ports, or an air group at one of its airfields, with room for aircraft. */
function canRefill(ctx: TurnContext, side: SideId, f: ForceState): boolean {
  if (f.side !== side || f.status !== 'active' || f.airCapacity === 0) return false;
  if (f.type !== 'ship' && f.type !== 'air') return false;
  if (f.aircraft >= f.airCapacity) return false;
  const base = area(ctx.world, f.location);
  if ((ctx.state.control[base.id] ?? base.owner) !== side) return false;
  return f.type === 'ship' ? base.port : base.airfield;
}

/** The aircraft-weighted experience of a side's carrier and land air units (0 with none). */
export function averageUnitExperience(ctx: TurnContext, side: SideId): number {
  let weighted = 0;
  let aircraft = 0;
  // Sums of integers: the order does not matter, so the two position lists are read as they are.
  const { forces } = ctx.state;
  for (const list of [forcesOf(ctx, side, 'ship'), forcesOf(ctx, side, 'air')]) {
    for (const at of list) {
      const f = forces[at]!;
      if (f.status !== 'active') continue;
      if (f.type !== 'ship' && f.type !== 'air') continue;
      weighted += f.experience * f.aircraft;
      aircraft += f.aircraft;
    }
  }
  return aircraft === 0 ? 0 : Math.floor(weighted / aircraft);
}

/**
 * The side's carriers that can draw aircraft (`canRefill`), then its other ships and air groups
 * that can, each in the order of `state.forces` (forcesOf), as they stand before any is refilled:
 * the order the replacements go in. (One pass, not a merged list filtered three times.)
 */
function refillOrder(ctx: TurnContext, side: SideId): ForceState[] {
  // Both position lists are ascending: merged, not sorted.
  const ships = forcesOf(ctx, side, 'ship');
  const air = forcesOf(ctx, side, 'air');
  const { forces } = ctx.state;
  const carriers: ForceState[] = [];
  const others: ForceState[] = [];
  let i = 0;
  let j = 0;
  while (i < ships.length || j < air.length) {
    const at = j >= air.length || (i < ships.length && ships[i]! < air[j]!) ? ships[i++]! : air[j++]!;
    const f = forces[at]!;
    if (!canRefill(ctx, side, f)) continue;
    if (isCarrier(f)) carriers.push(f);
    else others.push(f);
  }
  for (const f of others) carriers.push(f);
  return carriers;
}
