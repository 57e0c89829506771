/**
 * What the tenth play-through changed in the screen's arithmetic: the oil
 * clock counts the scenario's scheduled drains (the Oil Clock at war said
 * "burns 2,283" and lost 3,096 a month); a phone's first view is closer than
 * the whole map (the board then pans the capital's card onto it: play10.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildWorld, createGame, resolveTurn } from '../../src/engine';
import { BoardCamera } from '../../src/ui/board/board-camera';
import { oilClock } from '../../src/ui/game/oil-forecast';
import { labWorld } from '../support/lab';
import { loadScenario } from '../support/scenarios';

describe('the oil clock counts the scheduled drains', () => {
  const drained = (requires: Record<string, boolean>) =>
    labWorld((s) => {
      s.production.push({
        side: 'japan',
        resource: 'oil',
        perTurn: -800,
        requires,
        note: 'a test drain',
        source: 'O9',
      });
    });

  it('lab: a drain in force is in the burn, and the burn is what the turn takes from the stock', () => {
    const world = drained({ war: true });
    const state = createGame(world, 'drain');
    const clock = oilClock(world, state, 'japan', [], null);
    const without = oilClock(
      labWorld(() => {}),
      createGame(
        labWorld(() => {}),
        'drain',
      ),
      'japan',
      [],
      null,
    );
    expect(clock.drains).toBe(800);
    expect(clock.burn).toBe(without.burn + 800);
    const r = resolveTurn(world, state, { japan: [], allies: [] });
    const oil = r.report.items.find(
      (i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil',
    );
    const spent =
      oil?.kind === 'economy' ? oil.changes.filter((c) => c.amount < 0).reduce((n, c) => n - c.amount, 0) : 0;
    expect(spent).toBe(clock.burn);
  });

  it('lab: a drain whose flag does not hold is not counted', () => {
    const world = drained({ war: false });
    expect(oilClock(world, createGame(world, 'drain'), 'japan', [], null).drains).toBe(0);
  });

  it('the Oil Clock at war with the US: the wartime drain (800) is in the month’s burn', () => {
    const world = buildWorld(loadScenario('oil-clock-1941.json'));
    const start = createGame(world, 'drain');
    expect(oilClock(world, start, 'japan', [], null).drains).toBe(0);
    const war = { ...start, flags: { ...start.flags, 'war-us': true } };
    const clock = oilClock(world, war, 'japan', [], null);
    expect(clock.drains).toBe(800);
    expect(clock.burn).toBe(clock.economy + clock.idle + 800 + clock.training);
    // With the pilots in training (play24), the month's whole loss: 3,096.
    expect(clock.burn).toBe(3096);
  });
});

describe("a phone's first view", () => {
  it('is closer than the whole map, centred where the areas crowd (or the middle), whatever the focus (the board pans to it)', () => {
    const cam = new BoardCamera({ x: 0, y: 0, width: 1000, height: 500 });
    cam.setViewport({ width: 390, height: 450 });
    cam.focus = { area: 'home', at: { x: 300, y: 100 } };
    cam.fitForScreen();
    expect(cam.showsWholeWidth()).toBe(false);
    expect(cam.toScreen({ x: 500, y: 0 }).x).toBeCloseTo(195);
    // Centred across where the areas crowd, if told.
    cam.crowdX = 300;
    cam.fitForScreen();
    expect(cam.toScreen({ x: 300, y: 0 }).x).toBeCloseTo(195);
    cam.fit();
    expect(cam.showsWholeWidth()).toBe(true);
  });
});
