/**
 * The oil the fleet train carries (issue 12 item 1, `rules.endurance.oilers.cargo`): oilers load
 * in a fuelled port from that region's stock, ships beyond their radius burn their sortie from
 * the oilers with them, oilers holding too little refuse the move with what to do, and oilers sunk
 * take their cargo down. On the lab scenario with figures of the test's own.
 */
import { describe, expect, it } from 'vitest';
import { fleetTrainOrders } from '../../src/ai/fleet-train';
import {
  checkOrder,
  type GameState,
  type Order,
  type ReportItem,
  resolveTurn,
  type World,
} from '../../src/engine';
import { oilerCargoLine, oilerCargoText } from '../../src/text/fuel-text';
import { refusalText } from '../../src/text/refusal-text';
import { labWorld, type RawScenario, startWith, withOilers, withSouthernOil } from '../support/lab';

/**
 * Japan fuelled at the Home Islands and at Borneo (a southern port: the southern stock is burnt
 * and loaded there). Destroyers reach 1,200 nm, 2,700 with oilers; an oiler fuels 4 ships and
 * holds 100 thousand barrels. The 16 destroyers in Formosa (8 a sortie each: 128) need 4 oilers
 * to reach the Java Sea, 2,200 nm from the Home Islands.
 */
function fuelWorld(
  oilers: number,
  where: string,
  cargo?: number,
  edit: (s: RawScenario) => void = () => {},
): World {
  return labWorld((s) => {
    withSouthernOil(s);
    s.rules.endurance = {
      radiusNm: { japan: { destroyer: 1200, cruiser: 3000, battleship: 4000, transport: 5000 }, allies: {} },
      bases: [
        { side: 'japan', area: 'home-islands', note: 'Kure' },
        { side: 'japan', area: 'borneo', note: 'Balikpapan' },
      ],
      oilers: {
        shipsPerOiler: 4,
        extraNm: { japan: 1500 },
        note: 'the fleet train',
        source: 'T',
        cargo: { perOiler: { japan: 100 }, note: 'a fleet tanker', source: 'T' },
      },
    };
    withOilers(s, oilers, where, cargo);
    edit(s);
  });
}

/** No Allied force in the way (and none to sink the oilers); Borneo stays Allied unless `edit` gives it to Japan. */
function quiet(world: World, seed: string, edit: (s: GameState) => void = () => {}): GameState {
  return startWith(world, seed, (st) => {
    st.forces = st.forces.filter((f) => f.side === 'japan');
    edit(st);
  });
}

const destroyersToJava: Order = { type: 'move', force: 'southern-destroyers', to: 'java-sea' };
const cargoOf = (s: GameState) => {
  const f = s.forces.find((x) => x.id === 'jp-oilers')!;
  return f.type === 'flotilla' ? f.cargo : undefined;
};
const oilersItem = (items: readonly ReportItem[]) =>
  items.find((i): i is Extract<ReportItem, { kind: 'oilers' }> => i.kind === 'oilers');
const changes = (items: readonly ReportItem[], resource: string) =>
  items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === resource)?.kind === 'economy'
    ? (
        items.find((i) => i.kind === 'economy' && i.side === 'japan' && i.resource === resource) as Extract<
          ReportItem,
          { kind: 'economy' }
        >
      ).changes
    : [];

describe('oilers load from the stock where they are', () => {
  it('enter full unless the scenario says otherwise', () => {
    const world = fuelWorld(4, 'formosa');
    expect(cargoOf(startWith(world, 'c0'))).toBe(400);
    expect(cargoOf(startWith(fuelWorld(4, 'formosa', 150), 'c0'))).toBe(150);
  });

  it('fill up at a home port from the home stock', () => {
    const world = fuelWorld(4, 'home-islands', 0);
    const { state, report } = resolveTurn(world, quiet(world, 'c1'), { japan: [], allies: [] });
    expect(cargoOf(state)).toBe(400);
    expect(changes(report.items, 'oil')).toContainEqual(
      expect.objectContaining({
        amount: -400,
        cause: { code: 'oiler-loaded', force: 'jp-oilers', area: 'home-islands' },
      }),
    );
    const item = oilersItem(report.items)!;
    expect(item).toMatchObject({ before: 0, issued: 0, lost: 0, loaded: 400, after: 400, tanks: 400 });
    expect(oilerCargoLine(item, (id) => id)).toBe(
      'Combined Fleet oilers (home-islands): loaded 400 thousand barrels in port; 400 of 400 thousand barrels aboard',
    );
  });

  it('fill up at a southern port from the southern stock, and load nothing when it is empty', () => {
    const world = fuelWorld(4, 'borneo', 0);
    const rich = quiet(world, 'c2', (st) => {
      st.control.borneo = 'japan';
      st.sides.japan.stocks['oil-south'] = 250;
      // No tankers to lift it home first, and the wells of Borneo wrecked (no output this turn).
      st.sides.japan.stocks.tankers = 0;
      st.oilFields.borneo = 0;
    });
    const { state, report } = resolveTurn(world, rich, { japan: [], allies: [] });
    // The southern stock holds 250: that is what they load; the home stock gives nothing.
    expect(cargoOf(state)).toBe(250);
    expect(state.sides.japan.stocks['oil-south']).toBe(0);
    expect(changes(report.items, 'oil').some((c) => c.cause.code === 'oiler-loaded')).toBe(false);
    // With the southern stock dry, nothing is loaded there, though the home stock is full.
    const dry = quiet(world, 'c3', (st) => {
      st.control.borneo = 'japan';
      st.oilFields.borneo = 0;
    });
    const idle = resolveTurn(world, dry, { japan: [], allies: [] });
    expect(cargoOf(idle.state)).toBe(0);
    expect(oilersItem(idle.report.items)).toBeUndefined();
  });

  it('load nothing at home when the home stock is empty', () => {
    const world = fuelWorld(4, 'home-islands', 0);
    const empty = quiet(world, 'c4', (st) => {
      st.sides.japan.stocks.oil = 0;
    });
    const { state } = resolveTurn(world, empty, { japan: [], allies: [] });
    expect(cargoOf(state)).toBe(0);
  });
});

describe('ships beyond their radius burn the oilers’ cargo', () => {
  it('draws a move’s sortie from the oilers, not from the stock', () => {
    const world = fuelWorld(4, 'formosa');
    const state = quiet(world, 'c5');
    const v = checkOrder(world, state, 'japan', destroyersToJava);
    expect(v).toMatchObject({ ok: true, oilers: ['jp-oilers'], fromOilers: 128 });
    const { state: next, report } = resolveTurn(world, state, { japan: [destroyersToJava], allies: [] });
    expect(next.forces.find((f) => f.id === 'southern-destroyers')!.location).toBe('java-sea');
    expect(cargoOf(next)).toBe(400 - 128);
    // Nothing for the sortie came off either stock.
    for (const resource of ['oil', 'oil-south'])
      expect(
        changes(report.items, resource).some(
          (c) => c.cause.code === 'oil-sortie' && c.cause.to === 'java-sea',
        ),
      ).toBe(false);
    expect(oilersItem(report.items)).toMatchObject({ issued: 128, after: 272, area: 'java-sea' });
  });

  it('has ships staying at sea beyond their radius burn their idle oil from the oilers there', () => {
    const world = fuelWorld(4, 'java-sea');
    const state = quiet(world, 'c10', (st) => {
      st.forces = st.forces.map((f) => (f.id === 'southern-destroyers' ? { ...f, location: 'java-sea' } : f));
    });
    const { state: next, report } = resolveTurn(world, state, { japan: [], allies: [] });
    // 16 destroyers × 8 a sortie × 25% idle: 32, from the oilers with them.
    expect(cargoOf(next)).toBe(400 - 32);
    expect(oilersItem(report.items)).toMatchObject({ issued: 32, after: 368 });
    // Within the radius (the cruisers in Formosa) the stock pays, as before.
    expect(changes(report.items, 'oil').some((c) => c.cause.code === 'oil-idle' && !c.cause.zone)).toBe(true);
  });

  it('refuses the move when the oilers there hold too little, and says what to do', () => {
    const world = fuelWorld(4, 'formosa', 100);
    const v = checkOrder(world, quiet(world, 'c6'), 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.refusal).toMatchObject({ code: 'fleet-train-dry', cargo: 100, oil: 128, perOiler: 100 });
    expect(refusalText(v.refusal)).toBe(
      'Java Sea is beyond the 1,200 nautical miles Southern Force destroyers (destroyers) can steam from a fuelled port, so the ships burn oil from their oilers: ' +
        'your oilers there hold 100 thousand barrels; the ships ordered there need 128 thousand barrels beyond the radius — ' +
        'load the oilers at a fuelled port with oil (they fill up at the end of a turn in port, 100 thousand barrels an oiler) or hold a base nearer',
    );
  });

  it('lets empty oilers fuel no one', () => {
    const world = fuelWorld(4, 'formosa', 0);
    const v = checkOrder(world, quiet(world, 'c7'), 'japan', destroyersToJava);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.refusal).toMatchObject({ code: 'fleet-train-dry', cargo: 0, oil: 128 });
  });

  it('shares the oilers’ cargo among the moves of the turn to one destination', () => {
    // Eight oilers (800) fuel 32 ships: the 16 destroyers (128) and 6 cruisers sent beyond their
    // radius (3,000 here cut to 1,000: 6 × 20 = 120) fit; with 200 aboard they do not both fit.
    const edit = (s: RawScenario) => {
      s.rules.endurance.radiusNm.japan.cruiser = 1000;
    };
    const cruisers: Order = { type: 'move', force: 'southern-cruisers', to: 'java-sea' };
    const both = fuelWorld(8, 'formosa', 200, edit);
    const state = quiet(both, 'c8');
    expect(checkOrder(both, state, 'japan', destroyersToJava).ok).toBe(true);
    const second = checkOrder(both, state, 'japan', cruisers, [destroyersToJava]);
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.refusal).toMatchObject({ code: 'fleet-train-dry', cargo: 200, oil: 248 });
    const full = fuelWorld(8, 'formosa', undefined, edit);
    const ok = quiet(full, 'c8');
    expect(checkOrder(full, ok, 'japan', cruisers, [destroyersToJava])).toMatchObject({
      ok: true,
      fromOilers: 120,
    });
    const { state: next } = resolveTurn(full, ok, { japan: [destroyersToJava, cruisers], allies: [] });
    expect(cargoOf(next)).toBe(800 - 128 - 120);
  });
});

describe('oilers sunk', () => {
  it('take their share of the cargo down, and the report says so', () => {
    const world = fuelWorld(4, 'celebes-sea', undefined, (s) => {
      s.rules.combat.submarineAttacks = { percentPerBoat: { allies: 100 }, hitPoints: 15 };
      // A battleship with the oilers keeps them at sea (alone they would go home to fill up).
      for (const f of s.forces) if (f.id === 'kongo') f.location = 'celebes-sea';
    });
    const { state, report } = resolveTurn(world, startWith(world, 'c9'), { japan: [], allies: [] });
    const oilers = state.forces.find((f) => f.id === 'jp-oilers')!;
    expect(oilers.type).toBe('flotilla');
    if (oilers.type !== 'flotilla') return;
    const left = oilers.status === 'lost' ? 0 : oilers.count;
    expect(left).toBeLessThan(4);
    // 100 thousand barrels an oiler: what is left is what the oilers afloat hold.
    expect(oilers.cargo).toBe(left * 100);
    const item = oilersItem(report.items)!;
    expect(item).toMatchObject({
      before: 400,
      issued: 0,
      loaded: 0,
      lost: 400 - left * 100,
      after: left * 100,
    });
    expect(oilerCargoLine(item, (id) => id)).toContain(
      `${400 - left * 100} thousand barrels lost with the oilers sunk`,
    );
  });
});

describe('the force panel’s words', () => {
  it('give an oiler group’s cargo', () => {
    expect(oilerCargoText(3, 255, 300)).toBe(
      '3 oilers — 255 thousand bbl of fuel oil (about 39 thousand tonnes), room for 45 more',
    );
    expect(oilerCargoText(1, 0, 100)).toBe('1 oiler — empty');
    // The force panel knows the flotilla only (describe-force.ts): no room figure.
    expect(oilerCargoText(8, 720)).toBe(
      '8 oilers — 720 thousand bbl of fuel oil (about 109 thousand tonnes)',
    );
    expect(
      refusalText({
        code: 'fleet-train-dry',
        who: 'TF 58',
        shipClass: 'fleet-carrier',
        radius: 2500,
        area: 'Marianas',
        cargo: 4,
        oil: 12,
        perOiler: 146,
      }),
    ).toContain(
      'your oilers there hold 4 thousand barrels; the ships ordered there need 12 thousand barrels beyond the radius',
    );
  });
});

describe('the fleet train for computer players', () => {
  it('sends oilers less than half full to fill up before they follow the fleet', () => {
    // Akagi and Kaga sail to the East China Sea; oilers in Formosa (not a fuelled port here).
    const fleet: Order[] = [
      { type: 'move', force: 'akagi', to: 'east-china-sea' },
      { type: 'move', force: 'kaga', to: 'east-china-sea' },
    ];
    const full = fuelWorld(4, 'formosa');
    expect(fleetTrainOrders(full, quiet(full, 'c11'), 'japan', fleet)).toEqual([
      { type: 'move', force: 'jp-oilers', to: 'east-china-sea' },
    ]);
    const low = fuelWorld(4, 'formosa', 150);
    expect(fleetTrainOrders(low, quiet(low, 'c11'), 'japan', fleet)).toEqual([
      { type: 'move', force: 'jp-oilers', to: 'home-islands' },
    ]);
    // In a port with oil they stay to load.
    const home = fuelWorld(4, 'home-islands', 0);
    expect(fleetTrainOrders(home, quiet(home, 'c11'), 'japan', fleet)).toEqual([]);
  });
});
