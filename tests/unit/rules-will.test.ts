/**
 * National will from the state (scenario format 2): pressures are levels
 * worked out every turn, shocks are weighed by the state, the decision to
 * give up is a chance that grows as will falls, and fronts decide where a
 * second war is fought. Small purpose-built scenarios (the rules laboratory).
 */
import { describe, expect, it } from 'vitest';
import {
  createGame,
  type GameState,
  NO_ORDERS,
  type ReportItem,
  resolveTurn,
  type TurnOrders,
} from '../../src/engine';
import { willPressures } from '../../src/engine/phases/will';
import { restoreRng } from '../../src/engine/rng';
import { loadScenarioValue } from '../../src/scenario/load';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith } from '../support/lab';
import { labScenarioRaw } from '../support/scenarios';

const will = (s: GameState, side: 'japan' | 'allies') => s.sides[side].stocks.will ?? 0;
const willItem = (items: ReportItem[], side: 'japan' | 'allies') =>
  items.find((i): i is Extract<ReportItem, { kind: 'will' }> => i.kind === 'will' && i.side === side);

describe('pressures are levels, not charges', () => {
  const world = labWorld((s: RawScenario) => {
    s.rules.will = {
      japan: { pressures: { territory: { perValue: 1, max: 100 } } },
      allies: { pressures: { territory: { perValue: 2, max: 100 } } },
    };
    // No army in Luzon: who holds it is what the test says.
    s.forces = s.forces.filter((f: { id: string }) => f.id !== 'usaffe');
  });

  it('charges an area lost while the enemy holds it, and gives it back when it is retaken', () => {
    let state = startWith(world, 'flip');
    const start = will(state, 'allies');
    const wills: number[] = [];
    // Luzon (value 6) changes hands five times: the Allies are charged 12 while Japan holds it, never more.
    for (let turn = 0; turn < 6; turn++) {
      const holder = turn % 2 === 0 ? 'japan' : 'allies';
      state = { ...state, control: { ...state.control, luzon: holder } };
      state = resolveTurn(world, state, NO_ORDERS).state;
      wills.push(will(state, 'allies'));
    }
    expect(wills).toEqual([start - 12, start, start - 12, start, start - 12, start]);
  });

  it('reports each pressure with the figures it was worked out from', () => {
    const state = startWith(world, 'r', (s) => {
      s.control.luzon = 'japan';
    });
    const item = willItem(resolveTurn(world, state, NO_ORDERS).report.items, 'allies');
    expect(item?.parts).toEqual([
      { pressure: 'territory', level: 12, previous: 0, values: { value: 6, areas: 1 } },
    ]);
    expect(item && item.before - item.after).toBe(12);
  });
});

describe("the men lost: another nation's war does not count", () => {
  // The KNIL stands for an army whose losses weigh on its own government (the Soviet armies in the
  // grand campaign: play31 §5.1), not on the will the Allies' pressure measures.
  const world = (exceptForces?: string[]) =>
    labWorld((s: RawScenario) => {
      s.rules.will = {
        japan: { pressures: {} },
        allies: {
          pressures: { casualties: { perTroops: 10, max: 100, ...(exceptForces ? { exceptForces } : {}) } },
        },
      };
    });
  const casualties = (w: ReturnType<typeof world>) => {
    const state = startWith(w, 'men', (st) => {
      for (const f of st.forces) {
        if (f.id === 'knil' && f.type === 'army') f.lost = 100;
        if (f.id === 'usaffe' && f.type === 'army') f.lost = 50;
      }
    });
    return willPressures(w, state, 'allies').find((p) => p.pressure === 'casualties');
  };

  it('counts every army of the side when no army is left out', () => {
    expect(casualties(world())).toMatchObject({ level: 15, values: { troops: 150 } });
  });

  it('leaves out the armies of exceptForces, and only those', () => {
    expect(casualties(world(['knil']))).toMatchObject({ level: 5, values: { troops: 50 } });
  });

  it('refuses a scenario that leaves out an army it does not have, naming the path', () => {
    const raw = labScenarioRaw();
    raw.rules.will = {
      allies: { pressures: { casualties: { perTroops: 10, max: 10, exceptForces: ['red-army'] } } },
    };
    const r = loadScenarioValue(raw);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.path)).toContain(
        'rules.will.allies.pressures.casualties.exceptForces[0]',
      );
  });
});

describe('oil and the months without it', () => {
  const world = labWorld((s: RawScenario) => {
    s.sides.japan.baseOilPerTurn = 0;
    s.events = s.events.filter((e: { id: string }) => e.id !== 'oil-warning');
    // The stock is what the test sets: nothing produced, nothing burned.
    for (const a of s.areas) a.produces = {};
    s.rules.will = {
      japan: {
        pressures: {
          oil: { resource: 'oil', reserve: 20000, max: 20 },
          dry: { resource: 'oil', below: 1000, turnsPerPoint: 1, max: 10 },
        },
      },
    };
  });

  it('weighs the stock against the reserve the leaders wanted', () => {
    const at = (oil: number) => {
      const s = startWith(world, 'o', (st) => {
        st.sides.japan.stocks.oil = oil;
        st.willPressure.japan = {};
        st.forces = st.forces.filter((f) => f.side !== 'japan' || f.type === 'army');
      });
      return will(s, 'japan') - will(resolveTurn(world, s, NO_ORDERS).state, 'japan');
    };
    expect(at(20000)).toBe(0);
    expect(at(10000)).toBe(10);
    expect(at(0)).toBe(20 + 1);
  });

  it('adds a point for every turn the tanks stay empty, up to the cap', () => {
    let state = startWith(world, 'd', (st) => {
      st.sides.japan.stocks.oil = 0;
      st.forces = st.forces.filter((f) => f.side !== 'japan' || f.type === 'army');
    });
    const levels: number[] = [];
    for (let t = 0; t < 5; t++) {
      state = resolveTurn(world, state, NO_ORDERS).state;
      levels.push(state.willPressure.japan.dry ?? -1);
    }
    expect(levels).toEqual([1, 2, 3, 4, 5]);
    expect(state.dryTurns.japan).toBe(5);
  });
});

describe('the decision to give up', () => {
  const world = (doubt: number | undefined, war = true) =>
    labWorld((s) => {
      s.victory.surrenderWill = 10;
      s.flags[0].initial = war;
      s.rules.will = {
        japan: { pressures: {}, ...(doubt === undefined ? {} : { decision: { doubtBelow: doubt } }) },
      };
    });
  const endAt = (w: number, doubt: number | undefined, seeds = 200, war = true) => {
    const wd = world(doubt, war);
    let ended = 0;
    for (let seed = 0; seed < seeds; seed++) {
      const s = startWith(wd, `d${seed}`, (st) => {
        st.sides.japan.stocks.will = w;
      });
      if (resolveTurn(wd, s, NO_ORDERS).state.outcome) ended++;
    }
    return ended;
  };

  it('is certain at the breaking point and never above the doubt level', () => {
    expect(endAt(10, 30, 20)).toBe(20);
    expect(endAt(31, 30, 50)).toBe(0);
    // Without a doubt level the scenario breaks only at its breaking point.
    expect(endAt(11, undefined, 50)).toBe(0);
  });

  it('grows likelier as will falls: about 25% at a quarter of the way down, 75% at three quarters', () => {
    const quarter = endAt(25, 30, 400);
    const threeQuarters = endAt(15, 30, 400);
    expect(quarter).toBeGreaterThan(60);
    expect(quarter).toBeLessThan(140);
    expect(threeQuarters).toBeGreaterThan(260);
    expect(threeQuarters).toBeLessThan(340);
  });

  it("rolls the seed's own dice: the war's generator does not move the decision, and lower will never saves a game", () => {
    // Two games of one seed and turn whose generators differ (one drew a hundred numbers more, as a
    // battle fought in one and not the other would): the leaders roll the same.
    const wd = world(30);
    const rolls = (drawn: number, w: number) => {
      const s = startWith(wd, 'same-seed', (st) => {
        st.sides.japan.stocks.will = w;
      });
      const rng = restoreRng(s.rng);
      for (let i = 0; i < drawn; i++) rng.next();
      const moved = { ...s, rng: rng.state() };
      if (drawn > 0) expect(moved.rng).not.toEqual(s.rng);
      return willItem(resolveTurn(wd, moved, NO_ORDERS).report.items, 'japan')?.decision;
    };
    expect(rolls(100, 20)?.roll).toBe(rolls(0, 20)?.roll);
    // Over many seeds: whenever Japan gives up at will 22, it also gives up at 14 (a what-if that adds a
    // shock never makes it hold out longer), and some games end at 14 that did not at 22.
    let onlyLower = 0;
    for (let seed = 0; seed < 200; seed++) {
      const ends = (w: number) =>
        resolveTurn(
          wd,
          startWith(wd, `m${seed}`, (st) => {
            st.sides.japan.stocks.will = w;
          }),
          NO_ORDERS,
        ).state.outcome !== null;
      if (ends(22)) expect(ends(14)).toBe(true);
      else if (ends(14)) onlyLower++;
    }
    expect(onlyLower).toBeGreaterThan(20);
  });

  it('says the chance and the roll in the report', () => {
    const wd = world(30);
    const s = startWith(wd, 'say', (st) => {
      st.sides.japan.stocks.will = 20;
    });
    const item = willItem(resolveTurn(wd, s, NO_ORDERS).report.items, 'japan');
    expect(item?.decision?.chance).toBe(50);
    expect(item?.decision?.roll).toBeGreaterThanOrEqual(0);
  });

  it('at peace with the US, Japan breaking accepts the American terms instead of surrendering', () => {
    const wd = world(undefined, false);
    const s = startWith(wd, 'peace', (st) => {
      st.sides.japan.stocks.will = 5;
    });
    const out = resolveTurn(wd, s, NO_ORDERS).state.outcome;
    expect(out?.kind).toBe('terms-accepted');
    expect(out?.winner).toBe('allies');
  });
});

describe('shocks weighed by the state', () => {
  const world = labWorld((s: RawScenario) => {
    s.events.push({
      id: 'invasion',
      title: 'Invasion from the south',
      trigger: { type: 'control', area: 'borneo', side: 'allies' },
      effects: [
        { type: 'will', side: 'japan', max: -20, weight: { by: 'troops', areas: ['malaya'] }, why: 'test' },
      ],
      note: 'A test shock.',
      source: 'T',
    });
  });

  it('falls harder when the defence is hollow', () => {
    const shock = (japanTroops: number) => {
      const s = startWith(world, 's', (st) => {
        st.forces = st.forces.map((f) => (f.id === 'malaya-command' ? { ...f, troops: 100 } : f));
        st.forces.push({
          id: 'defenders',
          name: 'Defenders',
          side: 'japan',
          type: 'army',
          troops: japanTroops,
          location: 'malaya',
          experience: 50,
          lost: 0,
          replaced: 0,
          airCapacity: 0,
          status: 'active',
        });
      });
      const item = resolveTurn(world, s, NO_ORDERS).report.items.find((i) => i.kind === 'shock');
      return item?.kind === 'shock' ? item.amount : null;
    };
    // Allies 100 against 100: half the weight; against 300: a quarter.
    expect(shock(100)).toBe(-10);
    expect(shock(300)).toBe(-5);
  });
});

describe('forces within reach', () => {
  const world = labWorld((s: RawScenario) => {
    s.events.push({
      id: 'raid',
      title: 'Raid on the capital',
      trigger: {
        type: 'all',
        of: [
          { type: 'date', on: '1942-01-01' },
          {
            type: 'reach',
            side: 'allies',
            target: 'home-islands',
            range: 1500,
            role: 'strategic-bomber',
            aircraft: 100,
          },
        ],
      },
      effects: [{ type: 'message', text: 'The bombers are within reach.' }],
      note: 'A test event.',
      source: 'T',
    });
  });
  const withBombers = (location: string, aircraft: number) =>
    startWith(world, 'r', (s) => {
      s.control.formosa = 'allies';
      s.forces = s.forces.filter((f) => f.location !== 'formosa');
      s.forces.push({
        id: 'b29',
        name: 'XX Bomber Command',
        side: 'allies',
        type: 'air',
        role: 'strategic-bomber',
        aircraft,
        location,
        experience: 50,
        lost: 0,
        replaced: 0,
        airCapacity: aircraft,
        status: 'active',
      });
    });
  const fired = (s: GameState) =>
    resolveTurn(world, s, NO_ORDERS).report.items.some((i) => i.kind === 'event' && i.event === 'raid');

  it('holds only with enough bombers at an airfield within range', () => {
    expect(fired(withBombers('formosa', 200))).toBe(true);
    expect(fired(withBombers('formosa', 50))).toBe(false);
    expect(fired(withBombers('australia', 200))).toBe(false);
  });
});

describe('a second war on its own front', () => {
  // Thailand is Japan's; Malaya becomes a front that is at war only under its own flag.
  const world = (frontWar: boolean) =>
    labWorld((s: RawScenario) => {
      s.flags.push({ id: 'north', name: 'The other war', initial: frontWar, description: 'A test front.' });
      s.rules.fronts = [{ id: 'f', name: 'Test front', flag: 'north', areas: ['malaya'], only: ['malaya'] }];
    });
  const attack: TurnOrders = {
    japan: [{ type: 'move', force: 'twenty-fifth-army', to: 'malaya' }],
    allies: [],
  };

  it('refuses an attack on a front area whose war has not begun', () => {
    const w = world(false);
    const s = startWith(w, 'f', (st) => {
      st.forces = st.forces.map((f) => (f.id === 'twenty-fifth-army' ? { ...f, location: 'thailand' } : f));
    });
    const r = resolveTurn(w, s, attack);
    expect(r.illegal[0] ? refusalText(r.illegal[0].refusal) : undefined).toMatch(/not at war/);
  });

  it('fights there by the battle rules once the front is at war', () => {
    const w = world(true);
    const s = startWith(w, 'f', (st) => {
      st.forces = st.forces.map((f) => (f.id === 'twenty-fifth-army' ? { ...f, location: 'thailand' } : f));
    });
    const r = resolveTurn(w, s, attack);
    expect(r.illegal).toEqual([]);
    expect(r.report.items.some((i) => i.kind === 'battle' && i.area === 'malaya')).toBe(true);
  });
});

describe('format 1 scenarios', () => {
  it('are migrated: the area-value rule and the blockade become pressures', () => {
    const raw = labScenarioRaw();
    raw.schemaVersion = 1;
    delete raw.rules.will;
    raw.victory.willPerValueLost = 2;
    raw.rules.blockade = { oilEmptyWill: 2, merchantFloor: 1000, merchantFloorWill: 1 };
    const r = loadScenarioValue(raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(3);
    expect(r.value.rules.will?.allies?.pressures.territory).toEqual({ perValue: 2, max: 100 });
    expect(r.value.rules.will?.japan?.pressures.oil).toEqual({ resource: 'oil', reserve: 10000, max: 12 });
    expect(r.value.rules.will?.japan?.pressures.shipping?.floor).toBe(1000);
    // The input is left as it was.
    expect(raw.schemaVersion).toBe(1);
  });

  it('older than the oldest supported are refused with the versions this game reads', () => {
    const raw = labScenarioRaw();
    raw.schemaVersion = 0;
    const r = loadScenarioValue(raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.message).toMatch(/whole number|versions 1 to 2/);
  });
});

it('a new game starts with the will the scenario gives, whatever pressure it starts under', () => {
  const world = labWorld((s) => {
    s.rules.will = { allies: { pressures: { territory: { perValue: 1, max: 100 } } } };
    s.areas.find((a: { id: string }) => a.id === 'luzon').owner = 'allies';
  });
  const s = createGame(world, 'x');
  expect(s.willPressure.allies).toEqual({ territory: 0 });
  expect(will(s, 'allies')).toBe(60);
});

describe('hunger under blockade', () => {
  // Nothing reaches the lab's Japan by sea: every turn after the first is a hungry one.
  const world = labWorld((s: RawScenario) => {
    s.rules.will = {
      japan: { pressures: { hunger: { below: 20, graceTurns: 2, perTurn: 3, max: 7 } } },
    };
  });

  it('deepens with every hungry turn once the stocks are eaten, up to the cap', () => {
    let state = startWith(world, 'h');
    const start = will(state, 'japan');
    const levels: number[] = [];
    const counts: number[] = [];
    for (let t = 0; t < 6; t++) {
      state = resolveTurn(world, state, NO_ORDERS).state;
      levels.push(state.willPressure.japan.hunger ?? -1);
      counts.push(state.hungryTurns.japan);
    }
    // The first turn counts nothing (nothing had been shipped yet); two turns of grace; then 3 a turn, capped at 7.
    expect(counts).toEqual([0, 1, 2, 3, 4, 5]);
    expect(levels).toEqual([0, 0, 0, 3, 6, 7]);
    expect(will(state, 'japan')).toBe(start - 7);
  });
});
