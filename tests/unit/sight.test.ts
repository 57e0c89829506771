/**
 * What a side sees of the enemy (engine/sight.ts), on the rules laboratory: ABDA's cruisers in the
 * Java Sea and the Asiatic submarines in the Celebes Sea, far from any Japanese ship or aircraft.
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  type GameState,
  type ReportItem,
  seenState,
  seesForce,
  sightOf,
  type World,
} from '../../src/engine';
import type { Refusal } from '../../src/engine/refusal';
import { eventsNotTold, itemsSeen, unseenMovesLine } from '../../src/text/fog-text';
import { labWorld, type RawScenario } from '../support/lab';

function game(edit: (s: RawScenario) => void = () => {}): { world: World; state: GameState } {
  const world = labWorld(edit);
  return { world, state: createGame(world, 'sight') };
}

function seen(world: World, state: GameState, id: string, report?: Parameters<typeof sightOf>[3]): boolean {
  const f = state.forces.find((x) => x.id === id);
  if (!f) throw new Error(`no force ${id}`);
  return seesForce(sightOf(world, state, 'japan', report), f);
}

const at = (where: string, id: string) => (s: RawScenario) => {
  const f = s.forces.find((x: { id: string }) => x.id === id);
  f.location = where;
};

describe('what a side sees of the enemy', () => {
  it('does not see an enemy fleet in a sea area where it has no force and no aircraft near', () => {
    const { world, state } = game();
    expect(seen(world, state, 'houston')).toBe(false);
    expect(seen(world, state, 'asiatic-submarines')).toBe(false);
    const sight = sightOf(world, state, 'japan');
    expect(sight.unwatched.has('java-sea')).toBe(true);
    // The state shown to Japan has neither; its own forces are all there.
    const shown = seenState(state, sight);
    expect(shown.forces.some((f) => f.id === 'houston' || f.id === 'asiatic-submarines')).toBe(false);
    expect(shown.forces.filter((f) => f.side === 'japan')).toHaveLength(
      state.forces.filter((f) => f.side === 'japan').length,
    );
  });

  it('always sees enemy forces in land areas (ports, airfields, garrisons)', () => {
    const { world, state } = game();
    expect(seen(world, state, 'usaffe')).toBe(true);
    expect(seen(world, state, 'abda-air')).toBe(true);
  });

  it('sees the fleet once a ship of its own is in that sea area', () => {
    const { world, state } = game(at('java-sea', 'southern-destroyers'));
    expect(seen(world, state, 'houston')).toBe(true);
    // Not the submarines two seas away.
    expect(seen(world, state, 'asiatic-submarines')).toBe(false);
  });

  it('sees it from an air group one connection away, and not with a search reach of 0', () => {
    const { world, state } = game(at('borneo', 'eleventh-air-fleet'));
    expect(seen(world, state, 'houston')).toBe(true);
    expect(seen(world, state, 'asiatic-submarines')).toBe(true);
    const blind = game((s) => {
      at('borneo', 'eleventh-air-fleet')(s);
      s.rules.sight = { searchConnections: 0 };
    });
    expect(seen(blind.world, blind.state, 'houston')).toBe(false);
  });

  it('sees it from a carrier with its air group one connection away, not from a ship without aircraft', () => {
    const carrier = game(at('borneo', 'akagi'));
    expect(seen(carrier.world, carrier.state, 'houston')).toBe(true);
    const battleship = game(at('borneo', 'kongo'));
    expect(seen(battleship.world, battleship.state, 'houston')).toBe(false);
  });

  it('sees where its search found the enemy or it fought in the turn just resolved', () => {
    const { world, state } = game();
    const later = { ...state, turn: 2 };
    const found = {
      turn: 1,
      date: state.date,
      nextDate: state.date,
      items: [
        {
          kind: 'detection' as const,
          area: 'java-sea',
          side: 'japan' as const,
          spotted: true,
          chance: 50,
          roll: 3,
          cause: { code: 'search' as const, aircraft: false, ambush: false },
        },
      ],
    };
    expect(seen(world, later, 'houston', found)).toBe(true);
    // A report of an earlier turn says nothing of now.
    expect(seen(world, { ...state, turn: 3 }, 'houston', found)).toBe(false);
    // The enemy's own search is not Japan's.
    const theirs = { ...found, items: [{ ...found.items[0]!, side: 'allies' as const }] };
    expect(seen(world, later, 'houston', theirs)).toBe(false);
  });

  it('sees everything in peace', () => {
    const { world, state } = game((s) => {
      s.flags[0].initial = false;
      s.rules.warFlag = 'war';
    });
    expect(seen(world, state, 'houston')).toBe(true);
    expect(sightOf(world, state, 'japan').unwatched.size).toBe(0);
  });
});

describe('the turn report as a side sees it (text/fog-text.ts)', () => {
  const move = (side: 'japan' | 'allies', force: string, from: string, to: string) => ({
    kind: 'move' as const,
    side,
    force,
    name: force,
    from,
    to,
    distance: 100,
    oil: 0,
  });

  it('leaves out the enemy moves into seas it does not watch, counts those that left watched areas, keeps the rest', () => {
    const { world, state } = game();
    const sight = sightOf(world, state, 'japan');
    const items = [
      move('allies', 'abda-air', 'java', 'java-sea'),
      move('allies', 'houston', 'java-sea', 'timor-sea'),
      move('allies', 'knil', 'java', 'borneo'),
      move('japan', 'kongo', 'indochina-south', 'java-sea'),
      {
        kind: 'battle' as const,
        area: 'celebes-sea',
        stages: [],
        strength: { japan: 1, allies: 1 },
        firstStrike: null,
        losses: [],
        aircraftLost: { japan: 0, allies: 0 },
        pilotsLost: { japan: 0, allies: 0 },
      },
    ];
    const seen = itemsSeen(items, sight, sight);
    // Java is land (watched): one enemy force left it for a sea Japan does not watch; the cruiser
    // went from one unwatched sea to another and is not mentioned at all.
    expect(seen.leftWatched).toBe(1);
    expect(seen.hidden).toBe(2);
    expect(seen.items.map((i) => ('force' in i ? i.force : i.kind))).toEqual(['knil', 'kongo', 'battle']);
    expect(unseenMovesLine(1)).toBe('1 enemy force left areas you watch; where it went is not known.');
    expect(unseenMovesLine(2)).toBe('2 enemy forces left areas you watch; where they went is not known.');
    // In peace (nothing unwatched) the report is whole.
    const peace = { side: 'japan' as const, unwatched: new Set<string>() };
    expect(itemsSeen(items, peace, peace).items).toHaveLength(items.length);
  });

  it("leaves out the enemy's refused orders, except a convoy the side's own forces turned back (sea-held)", () => {
    const rejected = (side: 'japan' | 'allies', to: string, refusal: Refusal): ReportItem => ({
      kind: 'rejected',
      side,
      order: { type: 'move', force: 'x', to },
      refusal,
    });
    const sight = { side: 'allies' as const, unwatched: new Set<string>(['java-sea']) };
    const items: ReportItem[] = [
      // Japan's order that never sailed (no oil): the Allies cannot know it was given.
      rejected('japan', 'java', { code: 'no-oil', who: '16th Army', need: 235, left: 0, away: false }),
      // Japan's convoy the Allied fleet turned back in the Java Sea: they met it.
      rejected('japan', 'java', {
        code: 'sea-held',
        area: 'java-sea',
        areaIsSea: true,
        enemy: 'allies',
        what: 'fleet',
        theirs: 40,
        ours: 71,
      }),
      // The side's own refused orders are always its own to read.
      rejected('allies', 'borneo', { code: 'no-oil', who: 'Houston', need: 10, left: 0, away: false }),
    ];
    const seen = itemsSeen(items, sight, sight);
    expect(seen.items.map((i) => (i.kind === 'rejected' ? `${i.side}:${i.refusal.code}` : i.kind))).toEqual([
      'japan:sea-held',
      'allies:no-oil',
    ]);
    expect(seen.hidden).toBe(1);
  });

  it('leaves out an event told only to the other side (toldTo), and keeps events told to both or to it', () => {
    const event = (id: string) => ({
      kind: 'event' as const,
      event: id,
      title: id,
      note: '',
      source: 'LAB',
      effects: [],
    });
    const { world } = game((s) => {
      const message = (id: string, toldTo?: 'japan' | 'allies') => ({
        id,
        title: id,
        trigger: { type: 'turn', turn: 2 },
        effects: [{ type: 'message', text: id }],
        note: 'A laboratory message.',
        source: s.meta.sources[0].key,
        ...(toldTo ? { toldTo } : {}),
      });
      s.events = [
        ...(s.events ?? []),
        message('hypo-reads-af', 'allies'),
        message('both-hear'),
        message('tokyo-hears', 'japan'),
      ];
    });
    expect([...eventsNotTold(world, 'japan')]).toEqual(['hypo-reads-af']);
    expect([...eventsNotTold(world, 'allies')]).toEqual(['tokyo-hears']);
    const sight = { side: 'japan' as const, unwatched: new Set<string>() };
    const items = [event('hypo-reads-af'), event('both-hear'), event('tokyo-hears')];
    const seen = itemsSeen(items, sight, sight, eventsNotTold(world, 'japan'));
    expect(seen.items.map((i) => (i.kind === 'event' ? i.event : i.kind))).toEqual([
      'both-hear',
      'tokyo-hears',
    ]);
    // Without the set (the fog off, a replay), every event is there.
    expect(itemsSeen(items, sight, sight).items).toHaveLength(3);
  });
});
