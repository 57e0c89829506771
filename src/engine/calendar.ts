/**
 * Calendar arithmetic on YYYY-MM-DD strings, without `Date`: the engine never
 * reads a clock, and plain integer arithmetic gives the same answer everywhere.
 */
import type { TurnUnit } from '../scenario/schema';

export interface TurnLength {
  unit: TurnUnit;
  count: number;
}

function parse(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function format(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 30;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function toDayNumber(date: string): number {
  let [y, m, d] = parse(date);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(z0: number): string {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return format(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds whole months, keeping the day of the month where it exists (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parse(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return format(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * The date on which turn `turn` (1-based) starts. Always computed from the start, so no drift.
 * Pure arithmetic, nothing kept: the engine asks its own scenario's dates through
 * `turn-dates.ts`, which keeps them with the world.
 */
export function turnDate(start: string, length: TurnLength, turn: number): string {
  const steps = (turn - 1) * length.count;
  switch (length.unit) {
    case 'day':
      return addDays(start, steps);
    case 'week':
      return addDays(start, steps * 7);
    case 'month':
      return addMonths(start, steps);
    default: {
      const never: never = length.unit;
      return never;
    }
  }
}

/** Days a turn lasts, for rules that scale with time (e.g. steaming range). */
export function turnDays(start: string, length: TurnLength, turn: number): number {
  return toDayNumber(turnDate(start, length, turn + 1)) - toDayNumber(turnDate(start, length, turn));
}
