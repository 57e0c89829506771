/**
 * The game measured against history, for the end screen: how long Japan held
 * out compared with 2 September 1945, what each side holds (areas and their
 * victory points), what each side lost, and stocks next to the historical
 * series of the scenario. Only counts what the state already says.
 */

import { toDayNumber } from '../engine/calendar';
import { type GameState, SIDE_IDS, type TurnReport, type World } from '../engine/index';
import type { SideId } from '../scenario/schema';

export interface SideScore {
  areas: number;
  areasAtStart: number;
  points: number;
  pointsAtStart: number;
  /** Named ships sunk (carriers, battleships, cruisers), by name. */
  shipsSunk: string[];
  carriersSunk: number;
  /** Ships lost from flotillas (destroyers, submarines, transports…). */
  smallShipsLost: number;
  /** Aircraft shot down or lost with their carriers, from the battle reports. */
  aircraftLost: number;
  pilotsLost: number;
  /** Thousand men. */
  troopsLost: number;
}

export interface HistoryComparison {
  label: string;
  unit: string;
  side: SideId;
  played: number;
  history: number;
  /** True when the historical value is interpolated between two of the series' points. */
  estimated: boolean;
}

export interface Score {
  sides: Record<SideId, SideScore>;
  /** Days between the game's end and the historical end (positive: the war lasted longer than in history). */
  daysVersusHistory: number | null;
  historicalDate: string;
  endDate: string;
  comparisons: HistoryComparison[];
}

export function scoreGame(world: World, state: GameState, reports: readonly TurnReport[]): Score {
  const s = world.scenario;
  const sides = {} as Record<SideId, SideScore>;
  for (const side of SIDE_IDS) {
    const held = s.areas.filter((a) => a.kind !== 'sea' && (state.control[a.id] ?? a.owner) === side);
    const heldAtStart = s.areas.filter((a) => a.kind !== 'sea' && a.owner === side);
    const mine = state.forces.filter((f) => f.side === side);
    const sunk = mine.filter((f) => f.type === 'ship' && f.status === 'lost');
    sides[side] = {
      areas: held.length,
      areasAtStart: heldAtStart.length,
      points: held.reduce((n, a) => n + a.value, 0),
      pointsAtStart: heldAtStart.reduce((n, a) => n + a.value, 0),
      shipsSunk: sunk.map((f) => f.name),
      carriersSunk: sunk.filter((f) => f.type === 'ship' && f.class.endsWith('carrier')).length,
      smallShipsLost: mine.filter((f) => f.type === 'flotilla').reduce((n, f) => n + f.lost, 0),
      aircraftLost: battleTotal(reports, 'aircraftLost', side),
      pilotsLost: battleTotal(reports, 'pilotsLost', side),
      troopsLost: mine.filter((f) => f.type === 'army').reduce((n, f) => n + f.lost, 0),
    };
  }
  const historicalDate = s.victory.historical.date;
  const endDate = state.outcome?.date ?? state.date;
  // Only an ending that stops the war can be compared with the day the real war stopped.
  const warEnded = state.outcome && state.outcome.kind !== 'last-turn';
  const daysVersusHistory = warEnded ? toDayNumber(endDate) - toDayNumber(historicalDate) : null;

  const comparisons: HistoryComparison[] = [];
  for (const series of s.history) {
    if (!series.resource) continue;
    const played = state.sides[series.side].stocks[series.resource];
    if (played === undefined) continue;
    const point = historyAt(series.points, endDate);
    if (!point) continue;
    comparisons.push({
      label: series.label,
      unit: series.unit,
      side: series.side,
      played,
      history: point.value,
      estimated: point.estimated,
    });
  }
  return { sides, daysVersusHistory, historicalDate, endDate, comparisons };
}

/**
 * The series' value on `date`: a point within a month of it, or a straight
 * line between the points before and after it; null outside the series.
 */
function historyAt(points: readonly { date: string; value: number }[], date: string) {
  const day = toDayNumber(date);
  const sorted = [...points].sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  for (const p of sorted)
    if (Math.abs(toDayNumber(p.date) - day) <= 31) return { value: p.value, estimated: false };
  for (let i = 0; i + 1 < sorted.length; i++) {
    const a = sorted[i]!;
    const b = sorted[i + 1]!;
    const da = toDayNumber(a.date);
    const db = toDayNumber(b.date);
    if (da <= day && day <= db) {
      return { value: Math.round(a.value + ((b.value - a.value) * (day - da)) / (db - da)), estimated: true };
    }
  }
  return null;
}

function battleTotal(
  reports: readonly TurnReport[],
  key: 'aircraftLost' | 'pilotsLost',
  side: SideId,
): number {
  let n = 0;
  for (const r of reports) for (const i of r.items) if (i.kind === 'battle') n += i[key][side] ?? 0;
  return n;
}
