/**
 * Scenarios a teacher loaded from a file stay on this computer: their text is
 * kept in the browser's storage (one key per scenario, by content hash) and
 * checked again like any file when the page loads, until the teacher removes
 * them. A scenario that does not fit in the storage is still played; the
 * start screen says it will be gone after a reload.
 */
import type { StorageList } from '../../save/index';

const PREFIX = 'price-of-victory.scenario.';

/** localStorage, or null where there is none (Node tests) or the browser refuses it. */
export function scenarioStorage(): StorageList | null {
  try {
    return typeof window === 'undefined' ? null : (window.localStorage ?? null);
  } catch {
    return null;
  }
}

export interface KeptScenario {
  text: string;
  origin: string;
  keptAt: string;
}

export function keptKey(hash: string): string {
  return `${PREFIX}${hash.slice(0, 32)}`;
}

/** Every kept scenario, oldest first (so the newest ends up first in the list). */
export function readKept(storage: StorageList | null): { key: string; kept: KeptScenario }[] {
  if (!storage) return [];
  const out: { key: string; kept: KeptScenario }[] = [];
  let keys: string[] = [];
  try {
    keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
  } catch {
    return [];
  }
  for (const key of keys) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      const value = JSON.parse(storage.getItem(key) ?? 'null') as Partial<KeptScenario> | null;
      if (typeof value?.text !== 'string' || typeof value.origin !== 'string') continue;
      out.push({ key, kept: { text: value.text, origin: value.origin, keptAt: String(value.keptAt ?? '') } });
    } catch {
      // A damaged entry is skipped; the others are still read.
    }
  }
  return out.sort((a, b) => a.kept.keptAt.localeCompare(b.kept.keptAt));
}

export function keep(storage: StorageList | null, hash: string, kept: KeptScenario): boolean {
  if (!storage) return false;
  try {
    storage.setItem(keptKey(hash), JSON.stringify(kept));
    return true;
  } catch {
    return false;
  }
}

export function forget(storage: StorageList | null, hash: string): void {
  try {
    storage?.removeItem(keptKey(hash));
  } catch {
    // Nothing more can be done.
  }
}
