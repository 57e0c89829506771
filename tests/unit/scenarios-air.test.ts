/**
 * Air power in every bundled scenario (issue 12, part 4): each has `rules.air` with missions, its
 * historical air groups may fly them from their historical bases, and the historical plan's air
 * missions are legal when the plan gives them (a data test: it reads the bundled scenarios, as
 * scripts/data/air.py and scripts/data/short_air.py wrote them).
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import {
  buildWorld,
  checkOrder,
  createGame,
  type GameState,
  readJapaneseIntentions,
  resolveTurn,
  triggerHoldsIn,
  turnDate,
  type World,
} from '../../src/engine/index';
import type { SideId } from '../../src/scenario/schema';
import { loadScenario } from '../support/scenarios';

type Air = { force: string; mission: 'strike' | 'cover' | 'patrol' | 'defend'; target: string };

/** Missions the historical groups flew, from where the scenario (or its plan, by `date`) has them. */
const CASES: Record<string, { date?: string; war?: boolean; side: SideId; missions: Air[] }[]> = {
  'southern-oil-1942.json': [
    {
      side: 'japan',
      missions: [
        { force: 'eleventh-air-fleet', mission: 'cover', target: 'borneo' },
        { force: 'twenty-second-air-flotilla', mission: 'strike', target: 'malaya' },
        { force: 'third-air-group', mission: 'cover', target: 'malaya' },
        { force: 'tenth-independent-air-unit', mission: 'cover', target: 'luzon' },
      ],
    },
    {
      side: 'allies',
      missions: [
        { force: 'abda-bombers', mission: 'cover', target: 'borneo' },
        { force: 'abda-bombers', mission: 'patrol', target: 'celebes-sea' },
        { force: 'abda-air', mission: 'defend', target: 'java' },
        { force: 'raf-malaya', mission: 'defend', target: 'malaya' },
      ],
    },
  ],
  'midway-1942.json': [
    {
      side: 'allies',
      missions: [
        { force: 'midway-patrol-wing', mission: 'patrol', target: 'midway-approaches' },
        { force: 'midway-air', mission: 'strike', target: 'midway-approaches' },
        { force: 'eleventh-air-force', mission: 'strike', target: 'aleutian-waters' },
      ],
    },
    {
      side: 'japan',
      missions: [
        { force: 'twenty-fifth-air-flotilla', mission: 'strike', target: 'new-guinea' },
        { force: 'twenty-fourth-air-flotilla', mission: 'patrol', target: 'central-pacific' },
      ],
    },
  ],
  // At peace a group only defends; with the war (here: its flag set on the plan's December turn,
  // the groups where the plan has moved them) the 11th Air Fleet strikes Luzon from Formosa and
  // the 22nd Air Flotilla Malaya from southern Indochina, as on 8 December 1941.
  'oil-clock-1941.json': [
    { side: 'japan', missions: [{ force: 'eleventh-air-fleet', mission: 'defend', target: 'formosa' }] },
    {
      date: '1941-12-01',
      war: true,
      side: 'japan',
      missions: [
        { force: 'eleventh-air-fleet', mission: 'strike', target: 'luzon' },
        { force: 'twenty-second-air-flotilla', mission: 'strike', target: 'malaya' },
        { force: 'third-air-group', mission: 'cover', target: 'malaya' },
      ],
    },
    {
      date: '1941-12-01',
      war: true,
      side: 'allies',
      missions: [{ force: 'far-east-air-force', mission: 'patrol', target: 'south-china-sea' }],
    },
  ],
  'pacific-1941.json': [
    {
      date: '1941-12-01',
      war: true,
      side: 'japan',
      missions: [{ force: 'twenty-second-air-flotilla', mission: 'strike', target: 'malaya' }],
    },
  ],
  'road-to-tokyo-1944.json': [
    { side: 'japan', missions: [{ force: 'philippines-air', mission: 'cover', target: 'leyte' }] },
  ],
};

/** One turn of historical against historical (the Allies read what the code-breakers read). */
function historicalTurn(world: World, state: GameState): GameState {
  const japan = historicalPolicy.orders(world, state, 'japan');
  const intel = readJapaneseIntentions(world, state, japan);
  const allies = historicalPolicy.orders(world, state, 'allies', { intel });
  return resolveTurn(world, state, { japan, allies }).state;
}

describe('air missions in every bundled scenario', () => {
  for (const [file, cases] of Object.entries(CASES)) {
    it(`${file}: the historical air groups fly their missions from their bases`, () => {
      const world = buildWorld(loadScenario(file));
      expect(world.scenario.rules.air?.missionRange ?? 0).toBeGreaterThan(0);
      for (const c of cases) {
        let state = createGame(world, 'air');
        while (c.date && state.date < c.date) state = historicalTurn(world, state);
        const flag = world.scenario.rules.warFlag;
        if (c.war && flag) state = { ...state, flags: { ...state.flags, [flag]: true } };
        for (const m of c.missions) {
          const verdict = checkOrder(world, state, c.side, { type: 'air', ...m });
          expect(verdict, `${m.force} ${m.mission} ${m.target} on ${state.date}`).toEqual({ ok: true });
        }
      }
    });
  }

  for (const file of ['southern-oil-1942.json', 'midway-1942.json', 'oil-clock-1941.json']) {
    it(`${file}: the plan's air missions are legal on the turns it gives them`, () => {
      const world = buildWorld(loadScenario(file));
      const { calendar, historicalPlan } = world.scenario;
      const airSteps = historicalPlan.filter((s) => s.orders.some((o) => o.type === 'air'));
      expect(airSteps.length).toBeGreaterThan(0);
      let checked = 0;
      for (const seed of ['1', '2']) {
        let state = createGame(world, seed);
        while (!state.outcome) {
          const next = turnDate(calendar.start, calendar.turnLength, state.turn + 1);
          for (const step of airSteps) {
            if (step.date < state.date || step.date >= next) continue;
            if (step.when && !triggerHoldsIn(world, state, step.when)) continue;
            for (const o of step.orders) {
              if (o.type !== 'air') continue;
              // A group lost before its step comes (the ABDA bombers over Borneo) flies no more.
              if (state.forces.find((f) => f.id === o.force)?.status !== 'active') continue;
              const verdict = checkOrder(world, state, step.side, o);
              expect(verdict, `seed ${seed}, ${state.date}: ${o.force} ${o.mission} ${o.target}`).toEqual({
                ok: true,
              });
              checked++;
            }
          }
          state = historicalTurn(world, state);
        }
      }
      expect(checked).toBeGreaterThanOrEqual(airSteps.length);
    });
  }
});
