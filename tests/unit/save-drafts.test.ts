/**
 * The orders being drafted travel with the save: written with the autosave,
 * read back through the slots, checked against the rebuilt game after the
 * schema. A save without drafts (every save before them) stays valid, and a
 * draft that no longer holds is dropped with a notice, never the whole save.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, type Order, resolveTurn } from '../../src/engine/index';
import { scenarioHash } from '../../src/replay/index';
import {
  type DraftsNotice,
  loadSaveText,
  readAutosave,
  restoreDrafts,
  SAVE_VERSION,
  type SaveGame,
  type StorageLike,
  writeAutosave,
} from '../../src/save/index';
import { draftsNoticeText } from '../../src/text/save-text';
import { loadScenario } from '../support/scenarios';

const world = buildWorld(loadScenario('pacific-1941.json'));
const start = createGame(world, 'drafts');
/** A notice in the words the game screen shows (src/text/save-text.ts). */
const noticeWords = (n: DraftsNotice | null): string => (n ? draftsNoticeText(n, world.scenario) : '');

const japan: Order[] = [
  { type: 'move', force: 'akagi', to: 'philippine-sea' },
  { type: 'choose', choice: 'negotiate' },
];

function save(extra: Partial<SaveGame> = {}, both = false): SaveGame {
  return {
    saveVersion: SAVE_VERSION,
    scenario: { id: world.scenario.meta.id, hash: scenarioHash(world.scenario) },
    seed: 'drafts',
    players: { japan: 'human', allies: both ? 'human' : 'adaptive' },
    launch: { side: both ? 'both' : 'japan', difficulty: 'normal' },
    label: 'Turn 1',
    savedAt: '2026-11-25T10:00:00.000Z',
    turns: [],
    ...extra,
  };
}

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const load = (value: unknown) => {
  const r = loadSaveText(JSON.stringify(value));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
};

describe('drafted orders in a save', () => {
  it('round-trip through the autosave slots and are restored for the saved turn', () => {
    const storage = new MemoryStorage();
    const written = save({ drafts: { turn: 1, japan, allies: [] } });
    expect(writeAutosave(storage, written).ok).toBe(true);
    const read = readAutosave(storage);
    expect(read?.drafts).toEqual({ turn: 1, japan, allies: [] });
    const restored = restoreDrafts(world, start, read?.drafts, ['japan']);
    expect(restored).toEqual({ drafts: { japan, allies: [], submitted: [] }, notice: null });
  });

  it('a save without drafts (and an older format) still loads, with nothing to restore', () => {
    const plain = load(save());
    expect(plain.drafts).toBeUndefined();
    expect(restoreDrafts(world, start, plain.drafts, ['japan'])).toEqual({ drafts: null, notice: null });
    const { saveVersion: _v, ...rest } = save();
    const v2 = load({ ...rest, saveVersion: 2 });
    expect(v2.saveVersion).toBe(SAVE_VERSION);
    expect(v2.drafts).toBeUndefined();
    const v1 = load({ ...rest, version: 1 });
    expect(v1.drafts).toBeUndefined();
  });

  it('drops a draft with an order the saved scenario does not allow, with a notice, and keeps the rest', () => {
    const bad = load(
      save(
        {
          drafts: {
            turn: 1,
            japan: [...japan, { type: 'move', force: 'no-such-force', to: 'philippine-sea' }],
            allies: [],
          },
        },
        true,
      ),
    );
    expect(bad.turns).toEqual([]);
    const restored = restoreDrafts(world, start, bad.drafts, ['japan', 'allies']);
    expect(restored.drafts).toBeNull();
    expect(noticeWords(restored.notice)).toContain("Japan's draft was dropped (order 3:");
  });

  it('drops only the side whose draft fails; a malformed drafts field is left out, not the save', () => {
    const mixed = load(
      save(
        {
          drafts: {
            turn: 1,
            japan,
            allies: [{ type: 'build', item: 'no-such-item', count: 1 }],
            submitted: ['japan'],
          },
        },
        true,
      ),
    );
    const restored = restoreDrafts(world, start, mixed.drafts, ['japan', 'allies']);
    expect(restored.drafts).toEqual({ japan, allies: [], submitted: ['japan'] });
    expect(noticeWords(restored.notice)).toContain('draft was dropped');
    expect(noticeWords(restored.notice)).not.toContain("Japan's draft");

    const malformed = load({
      ...save(),
      drafts: { turn: 1, japan: [{ type: 'fly', to: 'moon' }], allies: [] },
    });
    expect(malformed.seed).toBe('drafts');
    const unread = restoreDrafts(world, start, malformed.drafts, ['japan']);
    expect(unread.drafts).toBeNull();
    expect(noticeWords(unread.notice)).toContain('could not be read');
  });

  it('does not restore a draft saved for a turn older than the saved state, nor a computer side’s', () => {
    const next = resolveTurn(world, start, { japan: [], allies: [] }).state;
    expect(next.turn).toBe(2);
    const stale = load(save({ drafts: { turn: 1, japan, allies: [] } }));
    expect(restoreDrafts(world, next, stale.drafts, ['japan'])).toEqual({ drafts: null, notice: null });
    const computer = load(
      save({ drafts: { turn: 1, japan: [], allies: [{ type: 'choose', choice: 'x' }] } }),
    );
    expect(restoreDrafts(world, start, computer.drafts, ['japan'])).toEqual({ drafts: null, notice: null });
    // Hot-seat only: "submitted" means nothing when one player is on screen.
    const solo = load(save({ drafts: { turn: 1, japan, allies: [], submitted: ['japan'] } }));
    expect(restoreDrafts(world, start, solo.drafts, ['japan']).drafts?.submitted).toEqual([]);
  });
});
