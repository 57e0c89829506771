/** The building blocks every file format shares: ids, dates, quantities, sides. */
import './zod-config';
import { z } from 'zod';
import { FORMAT_PREFIX } from './problems';

/** Lower-case ids: `home-islands`, `akagi`, `oil`. */
export const Id = z
  .string()
  .min(1)
  .max(48)
  .regex(/^[a-z][a-z0-9-]*$/, `${FORMAT_PREFIX}id`);

export const Text = (max: number) => z.string().min(1).max(max);

/** Calendar dates are strings, never `Date` objects: the engine never reads a clock. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, `${FORMAT_PREFIX}iso-date`)
  .refine(isRealDate, `${FORMAT_PREFIX}real-date`);

function isRealDate(s: string): boolean {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** A quantity: a safe integer within ±1e12 (no NaN, no Infinity, no fractions). */
export const Quantity = z.int().min(-1_000_000_000_000).max(1_000_000_000_000);
export const Count = z.int().min(0).max(1_000_000_000);
export const Percent = z.int().min(0).max(100);

export const SideId = z.enum(['japan', 'allies']);
export type SideId = z.infer<typeof SideId>;
export const SIDES: readonly SideId[] = ['japan', 'allies'];

export const Owner = z.enum(['japan', 'allies', 'neutral', 'none']);
export type Owner = z.infer<typeof Owner>;

/** A key into the scenario's `sources` list, whose keys and full references are in docs/SOURCES.md. */
export const SourceRef = z.string().min(1).max(24);
