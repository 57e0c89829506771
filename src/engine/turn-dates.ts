/**
 * The scenario's calendar by turn, kept with the world (`world.memo.turnDates`): the engine asks
 * the date a turn starts and the days it lasts several times a turn (calendar.ts does the
 * arithmetic). Was a module-level table in calendar.ts; the architecture keeps no globals, and a
 * world's scenario, hence its calendar, never changes. Only a speed-up: the same dates.
 */
import { toDayNumber, turnDate } from './calendar';
import type { World } from './world';

/** Turns past this are worked out each time they are asked (no table grows without bound). */
const MAX_KEPT_TURN = 1000;

/** The date turn `turn` (1-based) of the world's scenario starts. */
export function dateOfTurn(world: World, turn: number): string {
  const { start, turnLength } = world.scenario.calendar;
  if (!Number.isInteger(turn) || turn < 1 || turn > MAX_KEPT_TURN) return turnDate(start, turnLength, turn);
  world.memo.turnDates ??= [];
  const dates = world.memo.turnDates;
  let date = dates[turn];
  if (date === undefined) {
    date = turnDate(start, turnLength, turn);
    dates[turn] = date;
  }
  return date;
}

/** Days turn `turn` of the world's scenario lasts (calendar.ts `turnDays`, from the kept dates). */
export function daysOfTurn(world: World, turn: number): number {
  return toDayNumber(dateOfTurn(world, turn + 1)) - toDayNumber(dateOfTurn(world, turn));
}
