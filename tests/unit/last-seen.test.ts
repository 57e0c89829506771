/**
 * The fog of war's memory (engine/last-seen.ts) on the rules laboratory: Japan's destroyers find
 * ABDA's cruisers in the Java Sea, sail away, come back; the cruisers stay, move, are found again.
 * Each step is a state of the game the test writes by hand (where the forces are), as a session
 * would go through them turn by turn.
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  type GameState,
  ghostsOf,
  lastSeen,
  type Memory,
  remember,
  sightOf,
  type TurnReport,
} from '../../src/engine';
import { labWorld } from '../support/lab';

const world = labWorld(() => {});
const start = createGame(world, 'last-seen');

/** The start state on `turn` (its date the turn's), with forces moved: force id → area. */
function step(turn: number, where: Record<string, string>): GameState {
  const date = `1942-${String(turn).padStart(2, '0')}-01`;
  return {
    ...start,
    turn,
    date,
    forces: start.forces.map((f) => (where[f.id] ? { ...f, location: where[f.id]! } : f)),
  };
}

const cruisers = ['houston', 'exeter', 'de-ruyter', 'abda-destroyers'];

function ghostAreas(m: Memory | null) {
  return ghostsOf(m).map((g) => ({
    area: g.area,
    turn: g.turn,
    date: g.date,
    forces: g.forces.map((f) => f.id),
  }));
}

describe('where a side last saw the enemy', () => {
  it('remembers a fleet seen on turn 1 and hidden on turn 2 where and when it was seen', () => {
    const t1 = step(1, { 'southern-destroyers': 'java-sea' });
    const t2 = step(2, {});
    const memory = lastSeen(world, [{ state: t1 }, { state: t2 }], 'japan');
    expect(sightOf(world, t2, 'japan').unwatched.has('java-sea')).toBe(true);
    expect(ghostAreas(memory)).toEqual([{ area: 'java-sea', turn: 1, date: '1942-01-01', forces: cruisers }]);
    // Only what was seen: the Asiatic submarines in the Celebes Sea were never seen.
    expect(memory?.known.has('asiatic-submarines')).toBe(false);
    // The Allies, who saw nothing hidden, have no ghosts.
    expect(ghostsOf(lastSeen(world, [{ state: t1 }, { state: t2 }], 'allies'))).toEqual([]);
  });

  it('keeps the memory while the sea stays unwatched, with the turn it was last seen', () => {
    const t1 = step(1, { 'southern-destroyers': 'java-sea' });
    const memory = lastSeen(world, [{ state: t1 }, { state: step(2, {}) }, { state: step(3, {}) }], 'japan');
    expect(ghostAreas(memory)).toEqual([{ area: 'java-sea', turn: 1, date: '1942-01-01', forces: cruisers }]);
  });

  it('forgets it when the side watches that sea again and the fleet is not there', () => {
    const t1 = step(1, { 'southern-destroyers': 'java-sea' });
    const gone = Object.fromEntries(cruisers.map((id) => [id, 'timor-sea']));
    const t3 = step(3, { 'southern-destroyers': 'java-sea', ...gone });
    const memory = lastSeen(world, [{ state: t1 }, { state: step(2, {}) }, { state: t3 }], 'japan');
    // The Timor Sea is not watched: they are not seen there, and not remembered in the Java Sea.
    expect(sightOf(world, t3, 'japan').unwatched.has('timor-sea')).toBe(true);
    expect(ghostAreas(memory)).toEqual([]);
  });

  it('moves it when the fleet is seen elsewhere (the same forces), and remembers it there later', () => {
    const t1 = step(1, { 'southern-destroyers': 'java-sea' });
    // Turn 3: the cruisers are in the Celebes Sea, where Japan's cruisers are; the Java Sea unwatched.
    const moved = Object.fromEntries(cruisers.map((id) => [id, 'celebes-sea']));
    const t3 = step(3, { 'southern-cruisers': 'celebes-sea', ...moved });
    const seen = lastSeen(world, [{ state: t1 }, { state: step(2, {}) }, { state: t3 }], 'japan');
    expect(sightOf(world, t3, 'japan').unwatched.has('java-sea')).toBe(true);
    expect(ghostAreas(seen)).toEqual([]);
    expect(seen?.known.get('houston')).toMatchObject({ area: 'celebes-sea', turn: 3 });
    // Turn 4: Japan's cruisers leave; the fleet (and the submarines seen with it) is remembered there.
    const t4 = step(4, moved);
    const after = remember(seen, t4, sightOf(world, t4, 'japan'));
    expect(ghostAreas(after)).toEqual([
      { area: 'celebes-sea', turn: 3, date: '1942-03-01', forces: [...cruisers, 'asiatic-submarines'] },
    ]);
  });

  /** Turn 2 with Houston lost in `where` (the Java Sea, where she was seen on turn 1, unless said). */
  function houstonLost(where = 'java-sea', moves: Record<string, string> = {}): GameState {
    const t2 = step(2, moves);
    return {
      ...t2,
      forces: t2.forces.map((f) =>
        f.id === 'houston' ? { ...f, location: where, status: 'lost' as const } : f,
      ),
    };
  }
  const report = (items: TurnReport['items']): TurnReport => ({
    turn: 1,
    date: '1942-01-01',
    nextDate: '1942-02-01',
    items,
  });
  const seenT1 = () => step(1, { 'southern-destroyers': 'java-sea' });

  it('keeps a lost force as a ghost when the side could not know it was lost (ui31)', () => {
    // Sunk in the unwatched Java Sea by nothing of Japan's (a report with no word of it): the ghost
    // stays, or its vanishing would tell Japan that Houston went down somewhere it did not see.
    const sunk = houstonLost();
    expect(sightOf(world, sunk, 'japan').unwatched.has('java-sea')).toBe(true);
    for (const r of [null, report([])]) {
      const memory = lastSeen(world, [{ state: seenT1() }, { state: sunk, report: r }], 'japan');
      expect(ghostAreas(memory)[0]?.forces).toEqual(cruisers);
    }
    // Lost to a cause that is not Japan's fire (a scripted strike of the Allies' own, say).
    const scuttled = report([
      {
        kind: 'damage',
        side: 'allies',
        force: 'houston',
        name: 'Houston',
        amount: 100,
        destroyed: true,
        cause: { code: 'torpedoed', shooter: 'allies', area: 'java-sea', points: 100 },
      },
    ]);
    const memory = lastSeen(world, [{ state: seenT1() }, { state: sunk, report: scuttled }], 'japan');
    expect(ghostAreas(memory)[0]?.forces).toEqual(cruisers);
    // Kept until the side watches that sea again, like any ghost.
    const later = step(3, { 'southern-destroyers': 'java-sea' });
    const lostHouston = {
      ...later,
      forces: later.forces.map((f) => (f.id === 'houston' ? { ...f, status: 'lost' as const } : f)),
    };
    const watched = lastSeen(world, [{ state: seenT1() }, { state: sunk }, { state: lostHouston }], 'japan');
    expect(watched?.known.has('houston')).toBe(false);
  });

  it('forgets a force its own forces sank in a battle the report lists', () => {
    const battle = report([
      {
        kind: 'battle',
        area: 'java-sea',
        stages: [],
        strength: { japan: 10, allies: 5 },
        firstStrike: null,
        losses: [
          {
            side: 'allies',
            force: 'houston',
            name: 'Houston',
            amount: 100,
            aircraft: 0,
            destroyed: true,
            cause: { code: 'fire', shooter: 'japan', fire: 'gunfire', points: 100 },
          },
        ],
        aircraftLost: { japan: 0, allies: 0 },
        pilotsLost: { japan: 0, allies: 0 },
      },
    ]);
    const memory = lastSeen(world, [{ state: seenT1() }, { state: houstonLost(), report: battle }], 'japan');
    // The battle's sea is watched after it (sight.ts): the rest of the fleet is seen there now.
    expect(memory?.known.has('houston')).toBe(false);
    expect(memory?.known.get('exeter')?.turn).toBe(2);
  });

  it('forgets a force its own submarines sank', () => {
    const torpedoed = report([
      {
        kind: 'damage',
        side: 'allies',
        force: 'houston',
        name: 'Houston',
        amount: 100,
        destroyed: true,
        cause: { code: 'torpedoed', shooter: 'japan', area: 'java-sea', points: 100 },
      },
    ]);
    const memory = lastSeen(
      world,
      [{ state: seenT1() }, { state: houstonLost(), report: torpedoed }],
      'japan',
    );
    expect(ghostAreas(memory)[0]?.forces).toEqual(cruisers.filter((id) => id !== 'houston'));
  });

  it('forgets a force seen lost: it went down where the side watches', () => {
    // Houston sailed to the Celebes Sea, where Japan's cruisers are, and was lost there.
    const sunk = houstonLost('celebes-sea', { 'southern-cruisers': 'celebes-sea' });
    expect(sightOf(world, sunk, 'japan').unwatched.has('celebes-sea')).toBe(false);
    const memory = lastSeen(world, [{ state: seenT1() }, { state: sunk, report: report([]) }], 'japan');
    expect(memory?.known.has('houston')).toBe(false);
  });

  it('remembers the fleet as it was when seen (its ships then), not as it is now', () => {
    const t1 = step(1, { 'southern-destroyers': 'java-sea' });
    const t2 = step(2, {});
    const hurt = {
      ...t2,
      forces: t2.forces.map((f) =>
        f.id === 'abda-destroyers' && f.type === 'flotilla' ? { ...f, lost: 3 } : f,
      ),
    };
    const memory = lastSeen(world, [{ state: t1 }, { state: hurt }], 'japan');
    expect(memory?.known.get('abda-destroyers')?.force.lost).toBe(
      t1.forces.find((f) => f.id === 'abda-destroyers')?.lost,
    );
  });
});
