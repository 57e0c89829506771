/**
 * The pure parts of the browser UI, in Node: order drafts checked like the
 * engine checks them, move costs, the oil forecast, the score, links, the
 * camera and card placement. (The DOM and Phaser are tested in the browser.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyByName } from '../../src/ai/registry';
import {
  buildWorld,
  createGame,
  forecastOil,
  type GameState,
  idleOil,
  resolveTurn,
  sortieOil,
  type TurnReport,
  type World,
} from '../../src/engine/index';
import { scoreGame } from '../../src/judge/score';
import { loadScenarioText } from '../../src/scenario/load';
import { refusalText } from '../../src/text/refusal-text';
import { linkFor, optionsFromUrl, playersFor } from '../../src/ui/app/launch';
import { BoardCamera } from '../../src/ui/board/board-camera';
import { cardVariants, detailFor, shortName } from '../../src/ui/board/board-model';
import { countersByArea } from '../../src/ui/board/force-groups';
import { clippedLength, gapOf, leaderOf, placeCards } from '../../src/ui/board/label-placement';
import { lon360, scenarioBounds, toLonLat, toWorld } from '../../src/ui/board/map-frame';
import { moveOil, oilClock, sortiesByOrder } from '../../src/ui/game/oil-forecast';
import {
  checkGroup,
  checkPlan,
  legalDestinations,
  OrderDraft,
  planGroup,
  risksAt,
} from '../../src/ui/game/order-draft';
import { GameSession } from '../../src/ui/game/session';
import { isBusy, mayEndTurn, mayOrder, openingPhase, type TurnPhase } from '../../src/ui/game/turn-phase';
import { playbackOf, sinkingLabel } from '../../src/ui/game/turn-playback';
import { namedForce, summariseForces } from '../../src/ui/kit/describe-force';

function load(id: string): World {
  const r = loadScenarioText(readFileSync(join(import.meta.dirname, `../../scenarios/${id}.json`), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return buildWorld(r.value);
}

const small = load('southern-oil-1942');
const grand = load('pacific-1941');
const force = (state: GameState, id: string) => state.forces.find((f) => f.id === id)!;

describe('a force named with what it is', () => {
  it('keeps one pair of brackets when the name already ends in brackets (play13: "(Marianas) (150 aircraft)")', () => {
    const state = createGame(grand, 's');
    expect(namedForce(force(state, 'eleventh-air-fleet'))).toBe(
      '11th Air Fleet (21st and 23rd Air Flotillas; 300 aircraft)',
    );
    const akagi = state.forces.find((f) => f.type === 'ship' && !f.name.endsWith(')'))!;
    expect(namedForce(akagi)).toMatch(/^[^()]+ \([^()]+\)$/);
  });
});

describe('order drafts', () => {
  it('accept what the engine accepts and refuse what it refuses, with its reason', () => {
    const state = createGame(small, 's');
    const draft = new OrderDraft('japan');
    expect(draft.add(small, state, { type: 'move', force: 'akagi', to: 'philippine-sea' }).ok).toBe(true);
    const again = draft.add(small, state, { type: 'move', force: 'akagi', to: 'east-china-sea' });
    expect(again).toEqual({ ok: false, refusal: { code: 'has-order', who: 'Akagi' } });
    expect(again.ok ? '' : refusalText(again.refusal)).toBe('Akagi already has an order this turn');
    expect(draft.add(small, state, { type: 'move', force: 'houston', to: 'java' }).ok).toBe(false);
    expect(draft.orders).toHaveLength(1);
  });

  it('give a force a new destination instead of a second order', () => {
    const state = createGame(small, 's');
    const draft = new OrderDraft('japan');
    draft.addMoves(small, state, ['akagi', 'kaga'], 'philippine-sea');
    draft.addMoves(small, state, ['akagi'], 'east-china-sea');
    expect(draft.orders).toEqual([
      { type: 'move', force: 'kaga', to: 'philippine-sea' },
      { type: 'move', force: 'akagi', to: 'east-china-sea' },
    ]);
  });

  it('list only destinations every picked force can reach', () => {
    const state = createGame(small, 's');
    const carriers = [force(state, 'akagi'), force(state, 'kaga')];
    const legal = legalDestinations(small, state, 'japan', carriers, []);
    expect([...legal.keys()].sort()).toContain('philippine-sea');
    for (const [area] of legal) expect(checkGroup(small, state, 'japan', carriers, area, []).ok).toBe(true);
    // Ships never go ashore on an enemy island.
    expect(legal.has('luzon')).toBe(false);
    expect(checkGroup(small, state, 'japan', carriers, 'luzon', [])).toMatchObject({ ok: false });
  });

  it('cost an invasion by sea with the transports it takes along, as the engine burns it', () => {
    const state = createGame(small, 's');
    const army = force(state, 'sixteenth-army');
    const invasion = [{ type: 'move' as const, force: 'sixteenth-army', to: 'borneo' }];
    const cost = moveOil(small, state, 'japan', [], invasion);
    expect(cost.convoy.map((t) => t.id)).toEqual(['invasion-transports']);
    expect(cost.oil).toBe(sortieOil(small, army) + sortieOil(small, force(state, 'invasion-transports')));
    expect(cost.unfuelled).toEqual([]);
    const order = { type: 'move' as const, force: 'sixteenth-army', to: 'borneo' };
    const next = resolveTurn(small, state, { japan: [order], allies: [] });
    const line = next.report.items.find(
      (i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil',
    );
    expect(
      line?.kind === 'economy' &&
        line.changes.find(
          (c) =>
            c.cause.code === 'oil-sortie' && c.cause.force === 'sixteenth-army' && c.cause.to === 'borneo',
        )?.amount,
    ).toBe(-cost.oil);
    expect(sortiesByOrder(forecastOil(small, state, 'japan', [order])).get(order)?.oil).toBe(cost.oil);
    // Transports already sailing on an order of their own are gone when the army would embark:
    // the order check refuses the army (so it is never confirmed), and the forecast burns nothing for it.
    const sailing = [{ type: 'move' as const, force: 'invasion-transports', to: 'java-sea' }];
    const verdict = checkGroup(small, state, 'japan', [army], 'borneo', sailing);
    expect(verdict.ok ? 'accepted' : refusalText(verdict.refusal)).toContain('cannot embark');
    const left = moveOil(small, state, 'japan', sailing, invasion);
    expect(left.oil).toBe(0);
    expect(left.unfuelled).toEqual([]); // not for want of oil
  });

  it('say which moves the tanks as they stand cannot fuel, and why', () => {
    const state = structuredClone(createGame(small, 's'));
    const akagi = force(state, 'akagi');
    // Just enough for the economy and one carrier's sortie: the second finds the tanks empty.
    state.sides.japan.stocks.oil = 1500 + sortieOil(small, akagi);
    const carriers = ['akagi', 'kaga'].map((id) => ({
      type: 'move' as const,
      force: id,
      to: 'philippine-sea',
    }));
    const cost = moveOil(small, state, 'japan', [], carriers);
    expect(cost.unfuelled.map((s) => refusalText(s.refusal))).toEqual([
      `not enough oil: Kaga needs ${sortieOil(small, force(state, 'kaga'))} thousand barrels to move, 0 are left`,
    ]);
    const clock = oilClock(
      small,
      state,
      'japan',
      cost.forecast.sorties.map((s) => s.order),
      null,
    );
    expect(clock).toMatchObject({
      unfuelled: 1,
      sorties: sortieOil(small, akagi),
      burn: state.sides.japan.stocks.oil,
    });
  });

  it('name the enemy forces waiting at a destination', () => {
    const state = createGame(small, 's');
    const risk = risksAt(small, state, 'japan', 'java-sea');
    expect(risk.there.map((f) => f.id).sort()).toEqual(['abda-destroyers', 'de-ruyter', 'exeter', 'houston']);
    expect(summariseForces(risk.there)).toBe('2 heavy cruisers, 1 light cruiser, 10 destroyers');
  });
});

describe('the oil clock', () => {
  it('forecasts the economy, ships in port and sorties, and how long the stock lasts', () => {
    const state = createGame(small, 's');
    const idle = state.forces
      .filter((f) => f.side === 'japan' && f.status === 'active')
      .reduce((n, f) => n + idleOil(small, f), 0);
    const none = oilClock(small, state, 'japan', [], null);
    expect(none).toMatchObject({
      stock: 38200,
      economy: 1500,
      idle,
      sorties: 0,
      burn: 1500 + idle + none.training,
      income: null,
    });
    expect(none.turnsLeft).toBe(Math.floor(38200 / (1500 + idle + none.training)));
    const moving = oilClock(
      small,
      state,
      'japan',
      [{ type: 'move', force: 'akagi', to: 'philippine-sea' }],
      null,
    );
    expect(moving.sorties).toBe(sortieOil(small, force(state, 'akagi')));
    expect(moving.idle).toBe(idle - idleOil(small, force(state, 'akagi')));
  });

  it('matches what the engine burns in a quiet turn', () => {
    const state = createGame(small, 's');
    const f = oilClock(small, state, 'japan', [], null);
    const { report } = resolveTurn(small, state, { japan: [], allies: [] });
    const line = report.items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === 'oil');
    if (line?.kind !== 'economy') throw new Error('no oil line');
    // The pilots' training is in the burn since play24 (the tile left it out).
    const burned = -line.changes.filter((c) => c.amount < 0).reduce((n, c) => n + c.amount, 0);
    expect(burned).toBe(f.burn);
  });
});

describe('the score against history', () => {
  it('counts areas, victory points and losses from the state and the reports', () => {
    const session = new GameSession(small.scenario, 'score', { japan: 'random', allies: 'random' });
    while (!session.over) session.endTurn({});
    const score = scoreGame(session.world, session.state, session.reports);
    const held = small.scenario.areas.filter(
      (a) => a.kind !== 'sea' && (session.state.control[a.id] ?? a.owner) === 'japan',
    );
    expect(score.sides.japan.areas).toBe(held.length);
    expect(score.sides.japan.points).toBe(held.reduce((n, a) => n + a.value, 0));
    expect(score.daysVersusHistory).toBeNull(); // the scenario ends long before September 1945
    expect(score.sides.allies.shipsSunk).toEqual(
      session.state.forces
        .filter((f) => f.side === 'allies' && f.type === 'ship' && f.status === 'lost')
        .map((f) => f.name),
    );
  });
});

describe('the session', () => {
  it('plays the computer side with its policy, as a replay would', () => {
    const session = new GameSession(grand.scenario, 'sess', { japan: 'human', allies: 'adaptive:easy' });
    const start = session.state;
    session.endTurn({ japan: [{ type: 'choose', choice: 'negotiate' }] });
    const allies = policyByName('adaptive:easy')!.orders(grand, start, 'allies');
    const expected = resolveTurn(grand, start, { japan: [{ type: 'choose', choice: 'negotiate' }], allies });
    expect(session.state).toEqual(expected.state);
    expect(session.turns[0]?.orders.allies).toEqual(allies);
  });

  it('refuses a computer player that does not exist', () => {
    expect(() => new GameSession(small.scenario, 's', { japan: 'human', allies: 'clairvoyant' })).toThrow(
      /clairvoyant/,
    );
  });
});

describe('the turn sequence (one tagged phase)', () => {
  it('opens on the first person to order, a hand-over for two, watching for none, over when over', () => {
    expect(openingPhase(['japan'], false)).toEqual({ kind: 'ordering', side: 'japan' });
    expect(openingPhase(['japan', 'allies'], false)).toEqual({
      kind: 'handover',
      to: 'japan',
      moment: 'first',
    });
    expect(openingPhase([], false)).toEqual({ kind: 'watching' });
    expect(openingPhase(['allies'], true)).toEqual({ kind: 'over' });
  });

  it('orders only while ordering; End turn while ordering or watching; busy while resolving or playing', () => {
    const phases: TurnPhase[] = [
      { kind: 'ordering', side: 'allies' },
      { kind: 'handover', to: 'allies', moment: 'next-player' },
      { kind: 'resolving' },
      { kind: 'playback' },
      { kind: 'watching' },
      { kind: 'over' },
    ];
    expect(phases.map(mayOrder)).toEqual([true, false, false, false, false, false]);
    expect(phases.map(mayEndTurn)).toEqual([true, false, false, false, true, false]);
    expect(phases.map(isBusy)).toEqual([false, false, true, true, false, false]);
  });
});

describe('turn playback', () => {
  it('marks sinkings where they happened: one per place and side, ships and tonnage added up', () => {
    const state = createGame(small, 'sink');
    const ship = state.forces.find((f) => f.type === 'ship' && f.side === 'allies')!;
    const report = {
      turn: 1,
      date: state.date,
      items: [
        {
          kind: 'battle',
          area: 'java-sea',
          stages: [],
          strength: { japan: 1, allies: 1 },
          firstStrike: null,
          losses: [
            {
              side: 'allies',
              force: ship.id,
              name: ship.name,
              amount: 100,
              aircraft: 0,
              destroyed: true,
              why: '',
            },
          ],
          aircraftLost: { japan: 0, allies: 0 },
          pilotsLost: { japan: 0, allies: 0 },
          summary: '',
        },
        ...[12, 30].map((sunk) => ({
          kind: 'shipping',
          code: 'sea-area-losses',
          side: 'japan',
          area: 'south-china-sea',
          trafficKgt: 100,
          tankerTrafficKgt: 0,
          boats: 1,
          aircraft: 0,
          escorts: 0,
          bombers: 0,
          sunkBySubmarines: sunk,
          sunkByAircraft: 0,
          sunkByMines: 0,
          tankersSunk: 0,
        })),
      ],
    } as unknown as TurnReport;
    const sinkings = playbackOf(small, state, report).marks.filter((m) => m.kind === 'sinking');
    expect(sinkings).toEqual([
      { kind: 'sinking', area: 'java-sea', side: 'allies', ships: 1, kgt: 0, label: '1 ship sunk' },
      {
        kind: 'sinking',
        area: 'south-china-sea',
        side: 'japan',
        ships: 0,
        kgt: 42,
        label: '42,000 tons sunk',
      },
    ]);
    expect(sinkingLabel({ ships: 2, kgt: 5 })).toBe('2 ships + 5,000 tons sunk');
  });
});

describe('links', () => {
  it('round-trip scenario, side, difficulty and seed', () => {
    const link = linkFor(
      { scenario: 'pacific-1941', side: 'both', difficulty: 'hard', seed: 'class 3b', fog: true },
      'http://x/pov/?a=1',
    );
    expect(link).toBe('http://x/pov/?scenario=pacific-1941&side=both&seed=class+3b&difficulty=hard');
    expect(optionsFromUrl(new URL(link).search)).toEqual({
      options: { scenario: 'pacific-1941', side: 'both', difficulty: 'hard', seed: 'class 3b', fog: true },
      problems: [],
    });
  });

  it('carry the fog of war option: on unless the link says fog=off', () => {
    const off = linkFor(
      { scenario: 'midway-1942', side: 'japan', difficulty: 'normal', seed: 's', fog: false },
      'http://x/',
    );
    expect(off).toBe('http://x/?scenario=midway-1942&side=japan&seed=s&fog=off');
    expect(optionsFromUrl(new URL(off).search).options?.fog).toBe(false);
    expect(optionsFromUrl('?scenario=midway-1942').options?.fog).toBe(true);
    expect(optionsFromUrl('?scenario=midway-1942&fog=maybe').problems).toEqual([
      'fog "maybe" is not one of on, off',
    ]);
  });

  it('say what is wrong with a bad link, and start nothing without a scenario', () => {
    expect(optionsFromUrl('?scenario=x&side=russia').problems).toEqual([
      'side "russia" is not one of japan, allies, both, none',
    ]);
    expect(optionsFromUrl('?seed=1').options).toBeNull();
  });

  it('read the command line\'s name of the historical plan as the start screen\'s "as in history" (play10)', () => {
    for (const name of ['history', 'historical', 'Historical']) {
      const { options, problems } = optionsFromUrl(`?scenario=x&difficulty=${name}`);
      expect(problems).toEqual([]);
      expect(options?.difficulty).toBe('history');
    }
    expect(optionsFromUrl('?scenario=x&difficulty=historic').problems).toEqual([
      'difficulty "historic" is not one of easy, normal, hard, history',
    ]);
  });

  it('turn a side and a difficulty into players', () => {
    expect(playersFor('japan', 'easy')).toEqual({ japan: 'human', allies: policyByName('easy')?.name });
    expect(playersFor('none', 'history')).toEqual({ japan: 'historical', allies: 'historical' });
    for (const p of Object.values(playersFor('allies', 'hard')))
      expect(p === 'human' || policyByName(p)).toBeTruthy();
  });
});

/** A phone's board, and `n` markers spread over it as a crowded scenario's are. */
const PHONE_BOARD = { x: 0, y: 0, width: 390, height: 450 };
const phoneCrowd = (n: number) =>
  Array.from({ length: n }, (_, k) => ({ x: 40 + ((k * 97) % 310), y: 40 + ((k * 61) % 370), radius: 8 }));

describe('the board', () => {
  it('centres the Pacific: the date line is in the middle, not at the edge', () => {
    expect(lon360(-122.4)).toBeCloseTo(237.6);
    expect(toWorld({ lon: 179, lat: 0 }).x).toBeLessThan(toWorld({ lon: -179, lat: 0 }).x);
    expect(toLonLat(toWorld({ lon: -157.9, lat: 21.3 }))).toEqual({ lon: expect.closeTo(-157.9), lat: 21.3 });
    const b = scenarioBounds(grand.scenario.areas);
    expect(b.width).toBeLessThan(200 * 10); // India to California without wrapping round the world
  });

  it('zooms about the pointer and keeps the scenario on screen', () => {
    const cam = new BoardCamera({ x: 0, y: 0, width: 1000, height: 500 });
    cam.setViewport({ width: 500, height: 250 });
    cam.fit();
    expect(cam.zoom).toBeCloseTo(0.5);
    const under = cam.toWorld({ x: 100, y: 60 });
    cam.zoomAt(2, 100, 60);
    expect(cam.toWorld({ x: 100, y: 60 }).x).toBeCloseTo(under.x);
    expect(cam.toWorld({ x: 100, y: 60 }).y).toBeCloseTo(under.y);
    cam.panBy(100000, 0);
    expect(cam.visible().x).toBeCloseTo(0); // no further than the scenario's edge
    cam.zoomAt(0.0001);
    expect(cam.zoom).toBeCloseTo(cam.minZoom());
  });

  it('keeps the map beside the zoom buttons: shown whole to their right, its left edge panned out from under them', () => {
    const cam = new BoardCamera({ x: 0, y: 0, width: 1000, height: 500 });
    cam.setViewport({ width: 550, height: 250 });
    cam.fit();
    cam.setInsetLeft(50);
    expect(cam.zoom).toBeCloseTo(0.5); // the 500 pixels beside the buttons show the whole width
    expect(cam.toScreen({ x: 0, y: 0 }).x).toBeCloseTo(50); // the map's left edge at the buttons' edge
    expect(cam.toScreen({ x: 1000, y: 0 }).x).toBeCloseTo(550);
    cam.zoomAt(3, 0, 125);
    cam.panBy(100000, 0);
    expect(cam.toScreen({ x: 0, y: 0 }).x).toBeCloseTo(50); // no further than the buttons' edge
    cam.panBy(-100000, 0);
    expect(cam.toScreen({ x: 1000, y: 0 }).x).toBeCloseTo(550);
  });

  it("brings a turn's moves into view: pans as little as it can, zooms out only when they do not fit (ui31)", () => {
    const cam = new BoardCamera({ x: 0, y: 0, width: 1000, height: 500 });
    cam.setViewport({ width: 250, height: 250 });
    cam.fit();
    cam.zoomAt(2); // a phone's close view: 250 world units across
    cam.setInsetLeft(40);
    cam.panBy(100000, 0); // at the scenario's left edge
    const onBoard = (p: { x: number; y: number }, margin: number) => {
      const s = cam.toScreen(p);
      return (
        s.x >= 40 + margin - 1e-6 &&
        s.x <= 250 - margin + 1e-6 &&
        s.y >= margin - 1e-6 &&
        s.y <= 250 - margin + 1e-6
      );
    };
    const far = [
      { x: 800, y: 200 },
      { x: 850, y: 260 },
    ];
    expect(far.some((p) => onBoard(p, 20))).toBe(false);
    const zoom = cam.zoom;
    cam.showPoints(far, 20);
    expect(cam.zoom).toBe(zoom); // they fit as close as it was
    for (const p of far) expect(onBoard(p, 20)).toBe(true);
    // Already in view: nothing moves.
    const centre = { ...cam.centre };
    cam.showPoints([{ x: 820, y: 230 }], 20);
    expect(cam.centre).toEqual(centre);
    // Too far apart for this zoom: zoomed out until both are on the board.
    const wide = [
      { x: 100, y: 250 },
      { x: 900, y: 250 },
    ];
    cam.showPoints(wide, 20);
    expect(cam.zoom).toBeLessThan(zoom);
    for (const p of wide) expect(onBoard(p, 20)).toBe(true);
  });

  it('places cards without overlaps when there is room, and shrinks or drops them when not', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 400 };
    const anchors = [
      { x: 100, y: 100, radius: 8 },
      { x: 300, y: 300, radius: 8 },
    ];
    const card = { variants: [{ width: 60, height: 30 }] };
    const placed = placeCards(anchors, [card, card], bounds);
    expect(placed.every((p) => p !== null)).toBe(true);
    const crowd = [
      { x: 200, y: 200, radius: 8 },
      { x: 204, y: 200, radius: 8 },
    ];
    const big = {
      variants: [
        { width: 300, height: 300 },
        { width: 20, height: 10 },
      ],
    };
    const [first, second] = placeCards(crowd, [big, { ...big, optional: true, priority: -1 }], bounds);
    expect(first?.variant).toBe(1); // the big form covers the other marker: the small one is used
    expect(second == null || second.variant === 1).toBe(true);
    expect(clippedLength({ x: 0, y: 0, width: 10, height: 10 }, [-5, 5, 15, 5])).toBeCloseTo(10);
  });

  it('never puts a card on another, however crowded the board (a phone’s grand campaign)', () => {
    // Before: a required card with no clear spot took the least bad one, on top of another card
    // (Luzon under Borneo, Northern Indochina over Southern Indochina on a phone).
    const anchors = phoneCrowd(44);
    const sizes = anchors.map((_, k) => ({
      variants: [
        { width: 110 + (k % 5) * 20, height: 40 },
        { width: 90, height: 37 },
        { width: 100, height: 21 },
      ],
    }));
    const placed = placeCards(anchors, sizes, PHONE_BOARD);
    expect(placed.every((p) => p !== null)).toBe(true);
    const boxes = placed.filter((p) => p !== null);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        // Drawn at whole pixels: each moves by up to half a pixel.
        expect(w <= 0 || h <= 0 || Math.min(w, h) < -1).toBe(true);
      }
    }
  });

  it('a card placed away from its marker has a leader line that no other card hides', () => {
    // Before (play12): on the replay viewer's small map Java's card lay over Malaya's leader line;
    // on this board of 16 (and of 20) cards, two leader lines ran under other cards (one of 20).
    for (const n of [16, 20]) {
      const anchors = phoneCrowd(n);
      const sizes = anchors.map((_, k) => ({
        variants: [
          { width: 110 + (k % 5) * 20, height: 40 },
          { width: 90, height: 21 },
        ],
      }));
      const placed = placeCards(anchors, sizes, PHONE_BOARD);
      const hidden: string[] = [];
      let leaders = 0;
      placed.forEach((p, i) => {
        const leader = p ? leaderOf(p, anchors[i]!) : null;
        if (!leader) return;
        leaders++;
        placed.forEach((q, j) => {
          if (q && j !== i && clippedLength(q, leader) > 0) hidden.push(`${i} under ${j}`);
        });
      });
      expect(leaders).toBeGreaterThan(5); // the board is crowded enough to need them
      expect(hidden).toEqual([]);
    }
  });

  it('with a reach, no card sits farther from its marker: it takes its spare form or is left out (issue 11)', () => {
    // Before: on this crowded phone board cards went up to FAR_REACH (480 px) out to find a clear
    // spot (a phone's Leyte and Mindanao by Korea, 163 px from its marker).
    const anchors = phoneCrowd(44);
    const sizes = anchors.map((_, k) => ({
      variants: [
        { width: 110 + (k % 5) * 20, height: 40 },
        { width: 100, height: 21 },
        { width: 30, height: 16, spare: true },
      ],
    }));
    const gaps = (placed: ReturnType<typeof placeCards>) =>
      placed.map((p, i) => (p ? gapOf(p, anchors[i]!) : 0));
    const unbounded = placeCards(anchors, sizes, PHONE_BOARD);
    expect(Math.max(...gaps(unbounded))).toBeGreaterThan(70); // the board is crowded enough to send cards far
    expect(unbounded.some((p) => p?.variant === 2)).toBe(false); // the spare form only with a reach
    const placed = placeCards(anchors, sizes, PHONE_BOARD, [], 70);
    expect(Math.max(...gaps(placed))).toBeLessThanOrEqual(70);
    expect(placed.some((p) => p?.variant === 2)).toBe(true); // some take the spare form
    expect(placed.filter((p) => p !== null).length).toBeGreaterThan(20);
    // Still none on another.
    const boxes = placed.filter((p) => p !== null);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
        const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
        expect(w <= 0 || h <= 0).toBe(true);
      }
    }
  });

  it('a card that fits nowhere keeps its numbers when the icons-only form would be no smaller', () => {
    // A long land name sets the card's width in every form ("Malaya and Singapore"): on a phone
    // the board drew it with icons and no numbers, though the numbered form took no more room.
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    const crowd = [
      { x: 50, y: 50, radius: 40 },
      { x: 52, y: 50, radius: 40 },
    ];
    const named = {
      variants: [
        { width: 130, height: 60 },
        { width: 120, height: 40 },
        { width: 120, height: 40 },
      ],
    };
    const [first] = placeCards(crowd, [named, named], bounds);
    expect(first?.variant).toBe(1);
    // Where the last form is smaller, it is still the one taken.
    const shrinking = { variants: [...named.variants.slice(0, 2), { width: 30, height: 20 }] };
    const [again] = placeCards(crowd, [shrinking, shrinking], bounds);
    expect(again?.variant).toBe(2);
  });

  it('gives each area a card with its forces, named in full only when zoomed in', () => {
    const state = createGame(small, 's');
    const formosa = small.areas.get('formosa')!;
    const counters = countersByArea(state).get('formosa') ?? [];
    expect(counters.map((c) => `${c.kind}:${c.total}`)).toEqual([
      'fleet:22',
      'transport:60',
      'air:340',
      'army:50',
    ]);
    const far = cardVariants(formosa, counters, detailFor(5));
    // Named in every form but the spare chips (used only where no named form fits near the marker).
    expect(far.map((c) => c.name)).toEqual(['Formosa', 'Formosa', 'Formosa', 'Formosa', 'Formosa', null]);
    expect(far[2]?.iconsOnly).toBe(true);
    expect(far[3]?.inline).toBe(true);
    expect(far.map((c) => c.spare ?? false)).toEqual([false, false, false, false, true, true]);
    expect(far[4]?.counters).toEqual([]); // the name alone
    expect(cardVariants(small.areas.get('java-sea')!, [], 'far')).toEqual([]);
    expect(shortName('Home Islands (Tokyo)')).toBe('Home Islands');
  });
});

describe('the move composer is told which warships sail with a landing', () => {
  it('an army alone invading from a port with warships: checkGroup names the escorts the rules send', async () => {
    const { labWorld, startWith } = await import('../support/lab');
    const world = labWorld((s) => {
      s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
      s.rules.landAirReach = 0;
    });
    const state = startWith(world, 'escort-row');
    const army = state.forces.find((f) => f.id === 'sixteenth-army')!;
    const verdict = checkGroup(world, state, 'japan', [army], 'luzon', []);
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.escorts).toEqual(expect.arrayContaining(['southern-cruisers', 'southern-destroyers']));
  });

  it('checkPlan on the plan the composer already made gives the same verdict as checkGroup, for every area', async () => {
    const { labWorld, startWith } = await import('../support/lab');
    const world = labWorld((s) => {
      s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
      s.rules.landAirReach = 0;
    });
    const state = startWith(world, 'escort-row');
    const stack = state.forces.filter(
      (f) =>
        f.side === 'japan' && f.location === state.forces.find((x) => x.id === 'sixteenth-army')!.location,
    );
    for (const area of world.scenario.areas) {
      const plan = planGroup(
        world,
        state,
        'japan',
        stack.map((f) => f.id),
        area.id,
        [],
      );
      expect(checkPlan(world, state, 'japan', plan, [])).toEqual(
        checkGroup(world, state, 'japan', stack, area.id, []),
      );
    }
  });
});
