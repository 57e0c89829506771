/**
 * Detachments (engine/detach.ts): a move order of an army with `men` sends only that many thousand
 * men, checked as the detachment's move alone (its transports, escorts, reach), and leaves the rest
 * of the army where it stands. On the lab scenario: the 16th Army (50,000 men) at Formosa, with
 * fewer transports than the whole army needs.
 */
import { describe, expect, it } from 'vitest';
import { turnLines } from '../../src/cli/turn-lines';
import { checkOrder, type GameState, type Order, resolveTurn, type World } from '../../src/engine';
import { invariantViolations } from '../../src/engine/invariants';
import { loadReplayText } from '../../src/replay/load';
import { createRecorder } from '../../src/replay/recorder';
import { verifyReplay } from '../../src/replay/verify';
import { SAVE_VERSION, SaveGame } from '../../src/save/schema';
import { detachedLine, detachedLineIn } from '../../src/text/move-text';
import { refusalText } from '../../src/text/refusal-text';
import { describeOrder } from '../../src/text/replay-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';

/** The lab with 20 transports at Formosa (the 16th Army's 50,000 men need 50). */
function fewTransports(edit: (s: RawScenario) => void = () => {}): World {
  return labWorld((s) => {
    for (const f of s.forces) if (f.id === 'invasion-transports') f.count = 20;
    edit(s);
  });
}

const force = (state: GameState, id: string) => state.forces.find((f) => f.id === id);
const army = (state: GameState, id: string) => {
  const f = force(state, id);
  return f?.type === 'army' ? f : undefined;
};
const landing = (men?: number): Order => ({
  type: 'move',
  force: 'sixteenth-army',
  to: 'borneo',
  ...(men === undefined ? {} : { men }),
});

/** A second flotilla of 30 transports at Formosa (the lab's first is smaller). */
const moreTransports = {
  id: 'more-transports',
  name: 'More transports',
  side: 'japan',
  type: 'flotilla',
  class: 'transport',
  count: 30,
  location: 'formosa',
};

describe('a move of part of an army', () => {
  const world = fewTransports();

  it('lands where the whole army is refused for want of transports', () => {
    const state = startWith(world, 'd1');
    const whole = checkOrder(world, state, 'japan', landing());
    expect(whole.ok).toBe(false);
    if (!whole.ok) expect(whole.refusal).toMatchObject({ code: 'overland-out-of-reach' });
    if (!whole.ok && whole.refusal.code === 'overland-out-of-reach')
      expect(whole.refusal.lift).toMatchObject({ code: 'transports-short', need: 50, have: 20 });
    const part = checkOrder(world, state, 'japan', landing(15));
    expect(part).toMatchObject({ ok: true, bySea: true });

    const { state: next, report } = resolveTurn(world, state, { japan: [landing(15)], allies: [] });
    const detachment = army(next, 'sixteenth-army-t1');
    expect(detachment).toMatchObject({ type: 'army', side: 'japan', experience: 70, location: 'borneo' });
    expect(army(next, 'sixteenth-army')).toMatchObject({ location: 'formosa', troops: 35 });
    // The transports sailed with the detachment, and it came ashore from the sea.
    expect(force(next, 'invasion-transports')?.location).toBe('borneo');
    expect(report.items).toContainEqual(
      expect.objectContaining({ kind: 'move', force: 'sixteenth-army-t1', from: 'formosa', to: 'borneo' }),
    );
    expect(report.items.some((i) => i.kind === 'rejected')).toBe(false);
  });

  it('makes two forces whose men add up to the army’s, and says so in the report', () => {
    // A second flotilla of transports for a second detachment next turn (the first takes the smaller).
    const w = fewTransports((s) => s.forces.push(moreTransports));
    const state = startWith(w, 'd2');
    // By sea to a port of its own: no battle, nothing lost.
    const order: Order = { type: 'move', force: 'sixteenth-army', to: 'home-islands', men: 12 };
    const { state: next, report } = resolveTurn(w, state, { japan: [order], allies: [] });
    const parent = army(next, 'sixteenth-army');
    const detachment = army(next, 'sixteenth-army-t1');
    expect(parent).toMatchObject({ troops: 38, location: 'formosa', status: 'active' });
    expect(detachment).toMatchObject({ troops: 12, location: 'home-islands', status: 'active', lost: 0 });
    expect(detachment?.name).toBe('16th Army (1)');
    // Men are conserved across the split (the invariants the fuzz and property tests check), and a
    // man too many is caught.
    expect(invariantViolations(w, state, next, report)).toEqual([]);
    const forged = {
      ...next,
      forces: next.forces.map((f) => (f.id === 'sixteenth-army' ? { ...f, troops: 39 } : f)),
    };
    expect(invariantViolations(w, state, forged, report)).toHaveLength(1);
    const item = report.items.find((i) => i.kind === 'detached');
    expect(item).toMatchObject({ army: 'sixteenth-army', force: 'sixteenth-army-t1', men: 12, left: 38 });
    const names: Record<string, string> = { formosa: 'Formosa', 'home-islands': 'Home Islands' };
    if (item?.kind === 'detached')
      expect(detachedLine(item, (id) => names[id] ?? id)).toBe(
        '16th Army (1): 12 thousand men of 16th Army leave Formosa for Home Islands; 38 thousand stay in Formosa',
      );
    // The command line's chronicle of the turn says it in the same words.
    expect(turnLines(w, report, next)).toContain(
      '  detachment: 16th Army (1): 12 thousand men of 16th Army leave Formosa for Home Islands; 38 thousand stay in Formosa',
    );
    // The detachment is an army of its own next turn: a second detachment of the army gets a turn of its own.
    const again: Order = { type: 'move', force: 'sixteenth-army', to: 'home-islands', men: 8 };
    const after = resolveTurn(w, next, { japan: [again], allies: [] }).state;
    expect(army(after, 'sixteenth-army-t2')).toMatchObject({ troops: 8, name: '16th Army (2)' });
    expect(army(after, 'sixteenth-army')?.troops).toBe(30);
  });

  it('refuses a detachment of all the men or more, of none, and of a force that is not an army, with the reason', () => {
    const state = startWith(world, 'd3');
    for (const men of [50, 60]) {
      const v = checkOrder(world, state, 'japan', landing(men));
      expect(v.ok ? null : v.refusal).toEqual({ code: 'detach-size', who: '16th Army', men, troops: 50 });
      if (!v.ok)
        expect(refusalText(v.refusal)).toBe(
          '16th Army has 50 thousand men: to send them all, move the whole army; a detachment is fewer',
        );
    }
    const none = checkOrder(world, state, 'japan', landing(0));
    expect(none.ok ? null : none.refusal).toMatchObject({ code: 'detach-size', men: 0 });
    if (!none.ok)
      expect(refusalText(none.refusal)).toBe('a detachment of 16th Army needs at least 1 thousand men');
    const ship = checkOrder(world, state, 'japan', {
      type: 'move',
      force: 'akagi',
      to: 'east-china-sea',
      men: 1,
    });
    expect(ship.ok ? null : ship.refusal).toEqual({ code: 'detach-not-army', who: 'Akagi' });
    // Refused before the turn: no detachment is formed, the army stays whole.
    const { state: next, report } = resolveTurn(world, state, { japan: [landing(50)], allies: [] });
    expect(army(next, 'sixteenth-army')?.troops).toBe(50);
    expect(next.forces.length).toBe(state.forces.length);
    expect(report.items).toContainEqual(expect.objectContaining({ kind: 'rejected' }));
  });

  it('takes transports for its men only: a second detachment in the port sails with those left', () => {
    // Two flotillas at Formosa, 20 and 30 ships: 15,000 men take the 20 (whole flotillas, smallest first).
    const w = fewTransports((s) => {
      s.forces.push(moreTransports);
      for (const f of s.forces) if (f.id === 'twenty-fifth-army') f.location = 'formosa';
    });
    const state = startWith(w, 'd4');
    const first = landing(15);
    const second = (men: number): Order => ({ type: 'move', force: 'twenty-fifth-army', to: 'borneo', men });
    expect(checkOrder(w, state, 'japan', second(25), [first])).toMatchObject({ ok: true, bySea: true });
    const more = checkOrder(w, state, 'japan', second(35), [first]);
    expect(more.ok).toBe(false);
    if (!more.ok && more.refusal.code === 'overland-out-of-reach')
      expect(more.refusal.lift).toMatchObject({ code: 'transports-short', need: 35, have: 30, all: 50 });
    const { state: next } = resolveTurn(w, state, { japan: [first, second(25)], allies: [] });
    expect(force(next, 'invasion-transports')?.location).toBe('borneo');
    expect(force(next, 'more-transports')?.location).toBe('borneo');
    expect(army(next, 'twenty-fifth-army-t1')?.location).toBe('borneo');
    expect(army(next, 'twenty-fifth-army')).toMatchObject({ location: 'formosa', troops: 35 });
  });

  it('gets an id that no force of the scenario has, whatever the army is called', () => {
    const w = fewTransports((s) =>
      s.reinforcements.push({
        date: '1946-01-01',
        force: {
          id: 'sixteenth-army-t1',
          name: 'Later',
          side: 'japan',
          type: 'army',
          troops: 1,
          location: 'formosa',
        },
      }),
    );
    const { state: next } = resolveTurn(w, startWith(w, 'd5'), { japan: [landing(5)], allies: [] });
    expect(army(next, 'sixteenth-army-t1')).toBeUndefined();
    const detachment = army(next, 'sixteenth-army-t1b');
    expect(detachment).toMatchObject({ location: 'borneo' });
    // It landed and fought the Borneo garrison: its men are those left and those lost.
    expect((detachment?.troops ?? 0) + (detachment?.lost ?? 0)).toBe(5);
  });
});

describe('a detachment that formed but did not sail, and one of a detachment', () => {
  it('says it formed and could not sail when the oil ran out, not that it left (play22)', () => {
    // The order is checked before the turn; the oil burn finds Japan's tanks empty (oil-burn.ts).
    const w = fewTransports((s) => {
      s.sides.japan.stocks.oil = 0;
    });
    const state = startWith(w, 'd7');
    expect(checkOrder(w, state, 'japan', landing(15)).ok).toBe(true);
    const { state: next, report } = resolveTurn(w, state, { japan: [landing(15)], allies: [] });
    expect(army(next, 'sixteenth-army-t1')).toMatchObject({ location: 'formosa', troops: 15 });
    const names: Record<string, string> = { formosa: 'Formosa', borneo: 'Borneo' };
    const lines = turnLines(w, report, next);
    const line = lines.find((l) => l.startsWith('  detachment: '));
    expect(line).toBe(
      '  detachment: 16th Army (1): 15 thousand men of 16th Army formed at Formosa to go to Borneo, but could not sail: ' +
        'not enough oil: 16th Army (1) needs 115 thousand barrels to move, 0 are left. They stay in Formosa, beside the 35 thousand left there',
    );
    expect(line).not.toContain('leave');
    const item = report.items.find((i) => i.kind === 'detached');
    if (item?.kind === 'detached')
      expect(detachedLineIn(report.items, item, (id) => names[id] ?? id)).toContain('could not sail');
  });

  it('names a detachment of a detachment as one more of the original army: (2), not (1) (1)', () => {
    const w = fewTransports((s) => s.forces.push(moreTransports));
    const first: Order = { type: 'move', force: 'sixteenth-army', to: 'home-islands', men: 20 };
    const one = resolveTurn(w, startWith(w, 'd8'), { japan: [first], allies: [] }).state;
    expect(army(one, 'sixteenth-army-t1')?.name).toBe('16th Army (1)');
    const nested: Order = { type: 'move', force: 'sixteenth-army-t1', to: 'formosa', men: 5 };
    const two = resolveTurn(w, one, { japan: [nested], allies: [] }).state;
    const child = army(two, 'sixteenth-army-t1-t2');
    expect(child).toMatchObject({ troops: 5, location: 'formosa', name: '16th Army (2)' });
    // A third from the original army is (3): every name is its own.
    const third: Order = { type: 'move', force: 'sixteenth-army', to: 'home-islands', men: 4 };
    const three = resolveTurn(w, two, { japan: [third], allies: [] }).state;
    expect(army(three, 'sixteenth-army-t3')?.name).toBe('16th Army (3)');
    const armyNames = three.forces.filter((f) => f.type === 'army').map((f) => f.name);
    expect(new Set(armyNames).size).toBe(armyNames.length);
  });
});

describe('a game with a detachment', () => {
  const world = fewTransports();

  it('records the order with its men, and the replay verifies (through JSON text too)', () => {
    const recorder = createRecorder(world, 'split', { japan: 'human', allies: 'pass' });
    recorder.play({ japan: [landing(15)], allies: [] });
    recorder.play({ japan: [{ type: 'move', force: 'sixteenth-army-t1', to: 'formosa' }], allies: [] });
    expect(recorder.replay.turns[0]?.orders.japan).toEqual([landing(15)]);
    expect(recorder.replay.turns[1]?.orders.japan).toHaveLength(1);
    expect(verifyReplay(world, recorder.replay).ok).toBe(true);
    const read = loadReplayText(JSON.stringify(recorder.replay));
    expect(read.ok && verifyReplay(world, read.value).ok).toBe(true);
    // Played again with the whole army's order instead, it does not verify.
    const tampered = structuredClone(recorder.replay);
    tampered.turns[0]!.orders.japan = [
      { type: 'move', force: 'sixteenth-army', to: 'home-islands', men: 14 },
    ];
    expect(verifyReplay(world, tampered).ok).toBe(false);
    expect(describeOrder(landing(15))).toBe('move 15 thousand men of sixteenth-army to borneo');
  });

  it('keeps the order format of saves: an order without men reads as before, one with men is kept', () => {
    const base = {
      saveVersion: SAVE_VERSION,
      scenario: { id: 'lab', hash: 'a'.repeat(64) },
      seed: 's',
      players: { japan: 'human', allies: 'pass' },
      launch: { side: 'japan', difficulty: 'normal' },
      label: 'x',
      savedAt: '2026-01-01T00:00:00Z',
    };
    const turns = (japan: Order[]) => [{ orders: { japan, allies: [] }, hash: '0'.repeat(16) }];
    expect(SaveGame.safeParse({ ...base, turns: turns([landing()]) }).data?.turns[0]?.orders.japan).toEqual([
      landing(),
    ]);
    expect(SaveGame.safeParse({ ...base, turns: turns([landing(15)]) }).data?.turns[0]?.orders.japan).toEqual(
      [landing(15)],
    );
    expect(SaveGame.safeParse({ ...base, turns: turns([{ ...landing(), men: 0 } as Order]) }).success).toBe(
      false,
    );
  });
});
