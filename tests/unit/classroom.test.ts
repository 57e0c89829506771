import { describe, expect, it } from 'vitest';
import { autoplay, policyByName } from '../../src/ai/index';
import {
  branchReplay,
  buildAfterAction,
  compareReplays,
  createRecorder,
  replayFromFragment,
  replayToFragment,
  scenarioHash,
  verifyReplay,
} from '../../src/replay/index';
import {
  loadSaveText,
  readAutosave,
  SAVE_VERSION,
  type SaveGame,
  type StorageLike,
  writeAutosave,
} from '../../src/save/index';
import { saveFailedText } from '../../src/text/save-text';
import { loadScenario, smallWorld } from '../support/scenarios';

const world = smallWorld();
const random = policyByName('random')!;
const game = autoplay(world, 'class', { japan: random, allies: random });

function saveOf(turns = 2): SaveGame {
  return {
    saveVersion: SAVE_VERSION,
    scenario: { id: world.scenario.meta.id, hash: scenarioHash(world.scenario) },
    seed: 'class',
    players: { japan: 'human', allies: 'random' },
    launch: { side: 'japan', difficulty: 'normal' },
    label: `Turn ${turns + 1}`,
    savedAt: '2026-11-25T10:00:00.000Z',
    turns: game.replay.turns.slice(0, turns).map((t) => ({ orders: t.orders, hash: t.hash })),
  };
}

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  failNext = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.failNext) {
      this.failNext = false;
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    }
    this.items.set(key, value);
  }
}

describe('saved games', () => {
  it('round-trips through the save format', () => {
    const r = loadSaveText(JSON.stringify(saveOf()));
    expect(r.ok && r.value.turns.length).toBe(2);
  });

  it('migrates the first autosave format (version 1) to the current one', () => {
    const { saveVersion: _v, ...rest } = saveOf();
    const r = loadSaveText(JSON.stringify({ version: 1, ...rest }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.saveVersion).toBe(SAVE_VERSION);
  });

  it.each([
    [{ ...saveOf(), saveVersion: 9 }, 'saved by a newer version of Price of Victory'],
    [{ schemaVersion: 1 }, 'this looks like a scenario, not a saved game'],
    [{ ...saveOf(), seed: 42 }, 'seed'],
  ])('refuses %# with a clear message', (value, message) => {
    const r = loadSaveText(JSON.stringify(value));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(message);
  });

  it('refuses a corrupted file without throwing', () => {
    const text = JSON.stringify(saveOf());
    for (const cut of [0, 10, text.length / 2, text.length - 2])
      expect(loadSaveText(text.slice(0, cut)).ok).toBe(false);
  });
});

describe('autosave slots', () => {
  it('alternates slots and reads back the newest', () => {
    const storage = new MemoryStorage();
    expect(writeAutosave(storage, saveOf(1))).toMatchObject({ ok: true, slot: 'a', sequence: 1 });
    expect(writeAutosave(storage, saveOf(2))).toMatchObject({ ok: true, slot: 'b', sequence: 2 });
    expect(writeAutosave(storage, saveOf(3))).toMatchObject({ ok: true, slot: 'a', sequence: 3 });
    expect(readAutosave(storage)?.turns.length).toBe(3);
  });

  it('keeps the last good save when a write fails, and says so', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, saveOf(1));
    storage.failNext = true;
    const result = writeAutosave(storage, saveOf(2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(saveFailedText(result)).toContain('storage is full');
    expect(readAutosave(storage)?.turns.length).toBe(1);
  });

  it('falls back to the other slot when the newest is damaged', () => {
    const storage = new MemoryStorage();
    writeAutosave(storage, saveOf(1));
    writeAutosave(storage, saveOf(2));
    storage.items.set(
      'price-of-victory.save.b',
      storage.items.get('price-of-victory.save.b')!.replace('"sequence":2', '"sequence":2,"x'),
    );
    expect(readAutosave(storage)?.turns.length).toBe(1);
    const tampered = JSON.parse(storage.items.get('price-of-victory.save.a')!);
    tampered.save = tampered.save.replace('class', 'other');
    storage.items.set('price-of-victory.save.a', JSON.stringify(tampered));
    expect(readAutosave(storage)).toBeNull();
  });

  it('reports a browser without storage instead of throwing', () => {
    const result = writeAutosave(null, saveOf());
    expect(result).toMatchObject({ ok: false, why: 'no-storage' });
    if (!result.ok) expect(saveFailedText(result)).toContain('private mode');
    expect(readAutosave(null)).toBeNull();
  });
});

describe('replay links', () => {
  it('round-trip a whole game through the URL fragment', () => {
    const link = replayToFragment(game.replay);
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const back = replayFromFragment(`#${link.fragment}`);
    expect(back.ok && back.value).toEqual(game.replay);
  });

  it.each([
    ['#nothing', 'holds no replay'],
    ['#replay=!!!', 'unexpected characters'],
    ['#replay=AAAA', 'damaged'],
  ])('refuse %s clearly', (fragment, message) => {
    const r = replayFromFragment(fragment);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toContain(message);
  });

  it('refuse a game too long for a link, pointing to the file instead', () => {
    let x = 12345;
    const id = () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return `f${x.toString(36)}`;
    };
    const turns = Array.from({ length: 200 }, (_, i) => ({
      turn: i + 1,
      orders: {
        japan: Array.from({ length: 40 }, () => ({ type: 'move' as const, force: id(), to: id() })),
        allies: [],
      },
      hash: x.toString(16).padStart(16, '0'),
    }));
    const r = replayToFragment({ ...game.replay, turns });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('Use Export replay');
  });
});

describe('branching and comparing', () => {
  it('branches at a turn: same position, then a different game', () => {
    const branch = branchReplay(game.replay, 3, { japan: 'human', allies: 'random' });
    expect(branch.turns).toEqual(game.replay.turns.slice(0, 3));
    expect(branch.outcome).toBeNull();
    expect(verifyReplay(world, branch).ok).toBe(true);
    const rec = createRecorder(world, branch.seed, branch.players);
    for (const t of branch.turns) rec.play(t.orders);
    rec.play({ japan: [{ type: 'move', force: 'akagi', to: 'east-china-sea' }], allies: [] });
    const cmp = compareReplays(world.scenario, game.replay, rec.replay);
    expect(cmp.divergesAt === 4 || cmp.divergesAt === null).toBe(true);
    expect(cmp.series.find((s) => s.id === 'japan-oil')?.points[0]).toEqual({
      date: '1942-01-01',
      a: 38200,
      b: 38200,
    });
  });
});

describe('after-action report', () => {
  const scenario = loadScenario('southern-oil-1942.json');
  const aar = buildAfterAction(scenario, game.replay);

  it('has the timeline of events with their historical notes and sources', () => {
    const embargo = aar.timeline.find((e) => e.kind === 'event' && e.title === 'No more American oil');
    expect(embargo).toMatchObject({ turn: 1, date: '1942-01-01', source: 'O4' });
    expect(embargo?.note).toContain('80%');
  });

  it('charts oil next to the historical series and ends with the outcome', () => {
    const oil = aar.series.find((s) => s.id === 'japan-oil')!;
    expect(oil.points).toHaveLength(aar.turns + 1);
    expect(oil.points[0]).toEqual({ date: '1942-01-01', value: 38200 });
    expect(oil.history?.source).toBe('O4');
    expect(aar.outcome?.kind).toBe('last-turn');
    expect(aar.prompts.length).toBeGreaterThan(0);
    expect(aar.decisions.length).toBeLessThanOrEqual(8);
  });
});
