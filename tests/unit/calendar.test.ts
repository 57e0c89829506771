import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  fromDayNumber,
  toDayNumber,
  turnDate,
  turnDays,
} from '../../src/engine/calendar';

describe('calendar', () => {
  it('counts days like the proleptic Gregorian calendar', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1941-12-07')).toBe(-10252);
    expect(fromDayNumber(-10252)).toBe('1941-12-07');
    expect(addDays('1944-02-28', 1)).toBe('1944-02-29');
    expect(addDays('1945-02-28', 1)).toBe('1945-03-01');
  });

  it('adds months keeping the day where it exists', () => {
    expect(addMonths('1941-07-01', 6)).toBe('1942-01-01');
    expect(addMonths('1942-01-31', 1)).toBe('1942-02-28');
    expect(addMonths('1945-09-15', -1)).toBe('1945-08-15');
  });

  it('dates turns from the start so month-end clamping never drifts', () => {
    const monthly = { unit: 'month' as const, count: 1 };
    expect(turnDate('1941-07-01', monthly, 1)).toBe('1941-07-01');
    expect(turnDate('1941-07-01', monthly, 51)).toBe('1945-09-01');
    expect(turnDate('1942-01-31', monthly, 3)).toBe('1942-03-31');
    expect(turnDate('1942-05-01', { unit: 'week', count: 1 }, 6)).toBe('1942-06-05');
    expect(turnDays('1942-02-01', monthly, 1)).toBe(28);
  });

  it('round-trips every day across the war', () => {
    for (let d = toDayNumber('1941-01-01'); d <= toDayNumber('1946-01-01'); d++) {
      expect(toDayNumber(fromDayNumber(d))).toBe(d);
    }
  });
});
