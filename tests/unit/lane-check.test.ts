/**
 * The sinking reads what the convoy plan's last look at the lanes worked out (shipping-losses.ts
 * `LaneCheck`): the traffic, the attackers without the carriers and the losses where no carrier is.
 * These tests fail if the sinking read them for another plan, or where the carriers change the losses.
 */
import { describe, expect, it } from 'vitest';
import type { GameState, World } from '../../src/engine';
import {
  type Cargo,
  closedLanes,
  type LaneCheck,
  type StandingAttackers,
  sinkOnRoutes,
  standingAttackers,
} from '../../src/engine/phases/economy/shipping-losses';
import { restoreRng } from '../../src/engine/rng';
import type { SupplyRecord } from '../../src/engine/state';
import { newLedger, type TurnContext } from '../../src/engine/turn-context';
import { labWorld, shippingRules, startWith, submarineRules, withCarriersAtSea } from '../support/lab';

const world = labWorld((s) => {
  s.rules.submarines = { ...submarineRules, airSinkPer100Aircraft: 20, halfTrafficKgt: 300 };
  // Over the limit nowhere: the plan's look at the lanes closes nothing, and that plan sails.
  s.rules.shipping = { ...shippingRules, closeLanePercent: 99 };
  withCarriersAtSea(s, 60);
});

/** A turn context of a fresh state at war (the boats in the South China Sea, the carriers there too). */
function contextOf(w: World): TurnContext {
  const state: GameState = startWith(w, 'lane-check', (st) => {
    const subs = st.forces.find((f) => f.id === 'asiatic-submarines');
    if (subs?.type === 'flotilla') subs.count = 40;
  });
  return {
    world: w,
    state,
    rng: restoreRng(state.rng),
    orders: { japan: [], allies: [] },
    verdicts: new Map(),
    legalityMayHaveChanged: false,
    turnDays: 30,
    fuelled: new Set(),
    oilerIssued: new Map(),
    landed: new Set(),
    shortOfSupply: new Map(),
    ambushes: new Set(),
    intel: null,
    startLocation: () => undefined,
    atWarAtStart: () => true,
    items: [],
    ledger: newLedger(),
    owned: new Set(),
    holderTable: null,
    forceTable: null,
  };
}

const cargoes = (kgt: number): Cargo[] => [
  {
    resource: 'oil',
    ships: 'tankers',
    from: 'borneo',
    route: ['south-china-sea', 'east-china-sea'],
    kgt,
    carried: kgt * 5,
    delivered: kgt * 5,
  },
  {
    resource: 'oil',
    ships: 'tankers',
    from: 'java',
    route: ['java-sea', 'celebes-sea', 'philippine-sea'],
    kgt,
    carried: kgt * 5,
    delivered: kgt * 5,
  },
];

/** What sinking `sailing` leaves: the cargoes, the report's items and the stocks, in a fresh context. */
function sink(
  sailing: Cargo[],
  checked: (ctx: TurnContext, standing: () => StandingAttackers) => LaneCheck | null,
) {
  const ctx = contextOf(world);
  let standing: StandingAttackers | undefined;
  const asked = () => {
    standing ??= standingAttackers(ctx, 'japan');
    return standing;
  };
  const supply = {} as SupplyRecord;
  for (const k of ['sailedKgt', 'sunkBySubmarines', 'sunkByAircraft', 'sunkByMines'] as const) supply[k] = 0;
  const check = checked(ctx, asked);
  const arrived = sinkOnRoutes(ctx, 'japan', sailing, supply, new Map(), asked, check);
  return { arrived, items: ctx.items, supply, stocks: ctx.state.sides.japan.stocks };
}

describe("the sinking reads the convoy plan's look at the lanes (LaneCheck)", () => {
  it('sinks as it would alone, carriers and all, when the plan looked at is the one that sails', () => {
    const sailing = cargoes(200);
    const alone = sink(sailing, () => null);
    const shared = sink(sailing, (ctx, asked) => {
      const keep: { last: LaneCheck | null } = { last: null };
      expect(closedLanes(ctx, 'japan', sailing, asked, keep).size).toBe(0);
      expect(keep.last?.cargoes).toBe(sailing);
      return keep.last;
    });
    // The carriers in the South China Sea sink there too (the plan's look leaves them out).
    const scs = alone.items.find((i) => i.kind === 'shipping' && i.area === 'south-china-sea');
    expect(scs?.kind === 'shipping' && scs.sunkByAircraft).toBeGreaterThan(0);
    expect(shared).toEqual(alone);
  });

  it('reads nothing of a look at another plan', () => {
    const sailing = cargoes(200);
    const alone = sink(sailing, () => null);
    const other = sink(sailing, (ctx, asked) => {
      const keep: { last: LaneCheck | null } = { last: null };
      closedLanes(ctx, 'japan', cargoes(20), asked, keep);
      return keep.last;
    });
    expect(other).toEqual(alone);
  });
});
