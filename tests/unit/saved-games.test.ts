/**
 * The list of saved games (src/save/library.ts): each game in its own two
 * slots, a new game never written over another, a failed write keeps that
 * game's last good save, and the single autosave of earlier versions moves
 * into the list without being lost.
 */
import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import { scenarioHash } from '../../src/replay/index';
import {
  deleteGame,
  LEGACY_V1_KEY,
  listSavedGames,
  migrateSingleSave,
  newGameId,
  readGame,
  SAVE_VERSION,
  type SaveGame,
  type StorageList,
  writeAutosave,
  writeGame,
} from '../../src/save/index';
import { saveFailedText } from '../../src/text/save-text';
import { smallWorld } from '../support/scenarios';

const world = smallWorld();
const random = policyByName('random')!;
const game = autoplay(world, 'class', { japan: random, allies: random });

function saveOf(turns: number, seed = 'class', savedAt = `2026-11-25T10:0${turns}:00.000Z`): SaveGame {
  return {
    saveVersion: SAVE_VERSION,
    scenario: { id: world.scenario.meta.id, hash: scenarioHash(world.scenario) },
    seed,
    players: { japan: 'human', allies: 'random' },
    launch: { side: 'japan', difficulty: 'normal' },
    label: `${seed}: turn ${turns + 1}`,
    savedAt,
    turns: game.replay.turns.slice(0, turns).map((t) => ({ orders: t.orders, hash: t.hash })),
  };
}

class MemoryStorage implements StorageList {
  items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full)
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('saved games list', () => {
  it('keeps every game apart: a second game never overwrites the first', () => {
    const storage = new MemoryStorage();
    expect(writeGame(storage, 'g1', saveOf(1, 'first')).ok).toBe(true);
    expect(writeGame(storage, 'g2', saveOf(2, 'second')).ok).toBe(true);
    expect(writeGame(storage, 'g1', saveOf(3, 'first')).ok).toBe(true);
    const list = listSavedGames(storage);
    expect(list.map((g) => [g.id, g.save.seed, g.save.turns.length])).toEqual([
      ['g1', 'first', 3],
      ['g2', 'second', 2],
    ]);
  });

  it('keeps at least ten games, newest first', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 12; i++) {
      writeGame(storage, `g${i}`, saveOf(1, `seed-${i}`, `2026-11-25T10:${String(10 + i)}:00.000Z`));
    }
    const list = listSavedGames(storage);
    expect(list).toHaveLength(12);
    expect(list[0]?.save.seed).toBe('seed-11');
    expect(list.at(-1)?.save.seed).toBe('seed-0');
  });

  it('a write that fails (storage full) keeps that game’s last good save and says so', () => {
    const storage = new MemoryStorage();
    writeGame(storage, 'g1', saveOf(1));
    writeGame(storage, 'g1', saveOf(2));
    storage.full = true;
    const result = writeGame(storage, 'g1', saveOf(3));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result).toMatchObject({ why: 'storage-full', hadSave: true, inLibrary: true });
      expect(saveFailedText(result)).toContain('storage is full');
      expect(saveFailedText(result)).toContain('previous save is still there');
      expect(saveFailedText(result)).toContain('Delete saved games');
    }
    expect(readGame(storage, 'g1')?.turns.length).toBe(2);
    // A new game that cannot be written at all says so too, without claiming an earlier save.
    const first = writeGame(storage, 'g2', saveOf(1));
    expect(first.ok).toBe(false);
    if (!first.ok) expect(saveFailedText(first)).not.toContain('previous save');
  });

  it('deletes one game and leaves the others', () => {
    const storage = new MemoryStorage();
    writeGame(storage, 'g1', saveOf(1, 'a'));
    writeGame(storage, 'g1', saveOf(2, 'a'));
    writeGame(storage, 'g2', saveOf(1, 'b'));
    deleteGame(storage, 'g1');
    expect(listSavedGames(storage).map((g) => g.id)).toEqual(['g2']);
    expect([...storage.items.keys()].some((k) => k.includes('.g1.'))).toBe(false);
  });

  it('moves the single autosave of earlier versions into the list, once', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, saveOf(1));
    writeAutosave(storage, saveOf(2));
    expect(migrateSingleSave(storage, 'old')).toBe('old');
    expect(listSavedGames(storage).map((g) => [g.id, g.save.turns.length])).toEqual([['old', 2]]);
    expect(storage.getItem('price-of-victory.save.a')).toBeNull();
    expect(migrateSingleSave(storage, 'again')).toBeNull();
    expect(listSavedGames(storage)).toHaveLength(1);
  });

  it('moves the first format (one key) too, and keeps the old key when the move fails', () => {
    const storage = new MemoryStorage();
    const { saveVersion: _v, ...rest } = saveOf(2);
    storage.items.set(LEGACY_V1_KEY, JSON.stringify({ version: 1, ...rest }));
    storage.full = true;
    expect(migrateSingleSave(storage, 'v1')).toBeNull();
    expect(storage.getItem(LEGACY_V1_KEY)).not.toBeNull();
    storage.full = false;
    expect(migrateSingleSave(storage, 'v1')).toBe('v1');
    expect(storage.getItem(LEGACY_V1_KEY)).toBeNull();
    expect(readGame(storage, 'v1')?.turns.length).toBe(2);
  });

  it('makes distinct ids for games started at the same moment', () => {
    let n = 0;
    const rand = () => (n++ * 0.37) % 1;
    const ids = new Set(Array.from({ length: 5 }, () => newGameId(1_700_000_000_000, rand)));
    expect(ids.size).toBe(5);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
  });
});
