/**
 * Autosave slots that never lose the last good game: saves alternate between
 * two keys, each with a sequence number and a checksum. A write that fails
 * (storage full, private mode, no storage at all) leaves the other slot — the
 * previous save — untouched, and is reported, never thrown. Reading takes the
 * newest slot whose checksum and format are intact.
 */
import { sha256Hex } from '../engine/hash';
import { loadSaveText } from './load';
import type { SaveGame } from './schema';

/** The part of the Web Storage API the slots use (localStorage in the browser, a map in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The single autosave of the first versions; each saved game now has its own prefix (see library.ts). */
export const PREFIX = 'price-of-victory.save';
export const SLOTS = ['a', 'b'] as const;

interface SlotRecord {
  sequence: number;
  checksum: string;
  save: string;
}

export type WriteResult =
  | { ok: true; slot: string; sequence: number }
  | {
      ok: false;
      /** Why (src/text/save-text.ts words it): no storage at all, storage full, or refused. */
      why: 'no-storage' | 'storage-full' | 'refused';
      /** An earlier save of this game is still there. */
      hadSave: boolean;
      /** The game is one of several saved games (library.ts): deleting others may make room. */
      inLibrary: boolean;
    };

export function writeAutosave(
  storage: StorageLike | null,
  save: SaveGame,
  prefix: string = PREFIX,
): WriteResult {
  if (!storage) return { ok: false, why: 'no-storage', hadSave: false, inLibrary: false };
  const newest = readSlots(storage, prefix)[0];
  const sequence = (newest?.sequence ?? 0) + 1;
  // Write over the older slot, never the newest good one.
  const slot = newest ? SLOTS.find((s) => s !== newest.slot)! : SLOTS[0];
  const text = JSON.stringify(save);
  const record: SlotRecord = { sequence, checksum: sha256Hex(text), save: text };
  try {
    storage.setItem(`${prefix}.${slot}`, JSON.stringify(record));
  } catch (err) {
    const full = err instanceof Error && /quota/i.test(`${err.name} ${err.message}`);
    return {
      ok: false,
      why: full ? 'storage-full' : 'refused',
      hadSave: newest !== undefined,
      inLibrary: false,
    };
  }
  return { ok: true, slot, sequence };
}

/** The newest intact autosave, or null. */
export function readAutosave(storage: StorageLike | null, prefix: string = PREFIX): SaveGame | null {
  if (!storage) return null;
  return readSlots(storage, prefix)[0]?.value ?? null;
}

/** Intact slots, newest first. */
function readSlots(
  storage: StorageLike,
  prefix: string,
): { slot: string; sequence: number; value: SaveGame }[] {
  const found: { slot: string; sequence: number; value: SaveGame }[] = [];
  for (const slot of SLOTS) {
    let text: string | null = null;
    try {
      text = storage.getItem(`${prefix}.${slot}`);
    } catch {
      continue;
    }
    if (!text) continue;
    try {
      const record = JSON.parse(text) as Partial<SlotRecord>;
      if (typeof record.save !== 'string' || typeof record.sequence !== 'number') continue;
      if (record.checksum !== sha256Hex(record.save)) continue;
      const loaded = loadSaveText(record.save);
      if (loaded.ok) found.push({ slot, sequence: record.sequence, value: loaded.value });
    } catch {
      // A damaged slot is skipped; the other one may still be good.
    }
  }
  return found.sort((a, b) => b.sequence - a.sequence);
}
