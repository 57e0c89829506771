/**
 * Boats on the routes (rules.combat.submarineAttacks.transitPercent): ships passing through a sea
 * area on their way elsewhere meet the enemy boats there at the rule's share of a month's attacks
 * (phases/submarine-attacks.ts; Darter and Dace in the Palawan Passage — BLAIR-1975).
 * Built on the lab scenario (tests/support/lab.ts), never on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { resolveTurn, type World } from '../../src/engine';
import { labWorld, startWith } from '../support/lab';

type Transit = { japan?: number; allies?: number } | undefined;

/** US boats in the South China Sea; Kongō sails from Indochina to Formosa through it. No aircraft, no surface enemy. */
const world = (boats: number, transitPercent: Transit) =>
  labWorld((s) => {
    s.rules.combat.submarineAttacks = {
      percentPerBoat: { japan: 100, allies: 100 },
      hitPoints: 15,
      ...(transitPercent ? { transitPercent } : {}),
    };
    s.forces = s.forces.filter(
      (f: { type: string; side: string; class?: string }) =>
        f.type !== 'air' && !(f.side === 'allies' && (f.type === 'ship' || f.type === 'flotilla')),
    );
    s.forces.push({
      id: 'us-boats',
      name: 'us-boats',
      side: 'allies',
      type: 'flotilla',
      class: 'submarine',
      count: boats,
      location: 'south-china-sea',
      experience: 60,
    });
  });

function sail(w: World, to = 'formosa') {
  const r = resolveTurn(w, startWith(w, 'transit'), {
    japan: [{ type: 'move', force: 'kongo', to }],
    allies: [],
  });
  return {
    attacks: r.report.items.filter(
      (i) => i.kind === 'damage' && i.cause.code === 'torpedoed' && i.cause.area === 'south-china-sea',
    ),
    kongo: r.state.forces.find((f) => f.id === 'kongo')!,
    haruna: r.state.forces.find((f) => f.id === 'haruna')!,
  };
}

describe('boats on the routes (submarineAttacks.transitPercent)', () => {
  it('a ship passing through the boats’ sea area is torpedoed at the share of a month, and sails on', () => {
    // Two boats at 100% a month, all of it: two attacks, both on Kongō (Haruna stays in port).
    const full = sail(world(2, { allies: 100 }));
    expect(full.attacks).toHaveLength(2);
    expect(full.attacks.every((i) => i.kind === 'damage' && i.force === 'kongo')).toBe(true);
    expect(full.kongo.location).toBe('formosa');
    expect(full.kongo.type === 'ship' && full.kongo.damage).toBeGreaterThan(0);
    expect(full.haruna.type === 'ship' && full.haruna.damage).toBe(0);
    // Four boats at half a month: two attacks again.
    expect(sail(world(4, { allies: 50 })).attacks).toHaveLength(2);
  });

  it('nothing without the share, for the other side’s boats only, or where the route crosses no boats', () => {
    expect(sail(world(2, undefined)).attacks).toHaveLength(0);
    expect(sail(world(2, { japan: 100 })).attacks).toHaveLength(0);
    expect(sail(world(2, { allies: 0 })).attacks).toHaveLength(0);
    // A ship that ends her move in the boats' sea area meets them under the area rule (a month's
    // attacks: two), with or without the transit share.
    const into = sail(world(2, undefined), 'south-china-sea');
    expect(into.attacks).toHaveLength(2);
  });
});
