/**
 * Orders under the fog of war: a person's orders are checked against what their side sees
 * (GameSession.orderState), so an invasion may sail into a sea the side does not watch; the turn's
 * resolution checks it against the whole state and turns the convoy back where an enemy fleet holds
 * the sea — a refusal in the report, in words, and the side then sees that fleet (engine/sight.ts).
 * Before, the order panel refused the landing and named the hidden fleet's power (playfog26).
 */
import { describe, expect, it } from 'vitest';
import {
  checkOrder,
  createGame,
  type Order,
  resolveTurn,
  seenState,
  seesForce,
  sightOf,
  type World,
} from '../../src/engine';
import { convoyTurnedBackText } from '../../src/text/refusal-text';
import { GameSession } from '../../src/ui/game/session';
import { labWorld } from '../support/lab';

/** The lab with the invasion rule, and eight Allied battleships added to the ABDA fleet in the Java Sea. */
function javaSeaHeld(): World {
  return labWorld((s) => {
    s.rules.invasion = { escortsPer100Transports: 20, superiorityPercent: 100 };
    for (let i = 0; i < 8; i++)
      s.forces.push({
        id: `bb-${i}`,
        name: `bb-${i}`,
        side: 'allies',
        type: 'ship',
        class: 'battleship',
        location: 'java-sea',
        experience: 60,
      });
  });
}

const invadeJava: Order = { type: 'move', force: 'sixteenth-army', to: 'java' };

describe('an invasion under the fog of war', () => {
  it('is offered as the side sees the sea, and turned back by the turn where the hidden fleet holds it', () => {
    const world = javaSeaHeld();
    const state = createGame(world, 'fog-orders');
    const sight = sightOf(world, state, 'japan');
    expect(sight.unwatched.has('java-sea')).toBe(true);
    // Against the whole state: refused, naming the fleet Japan cannot see.
    const whole = checkOrder(world, state, 'japan', invadeJava);
    expect(whole.ok).toBe(false);
    if (whole.ok) return;
    expect(whole.refusal).toMatchObject({ code: 'sea-held', area: 'Java Sea', areaIsSea: true });
    // As Japan sees it: the landing may be ordered.
    expect(checkOrder(world, seenState(state, sight), 'japan', invadeJava).ok).toBe(true);
    // The turn meets it with the whole state: the convoy turns back, said in the report.
    const { state: next, report } = resolveTurn(world, state, { japan: [invadeJava], allies: [] });
    const refused = report.items.find((i) => i.kind === 'rejected' && i.side === 'japan');
    expect(refused?.kind === 'rejected' && refused.refusal.code).toBe('sea-held');
    expect(next.forces.find((f) => f.id === 'sixteenth-army')?.location).toBe('formosa');
    if (refused?.kind !== 'rejected' || refused.refusal.code !== 'sea-held') return;
    expect(convoyTurnedBackText('Java', refused.refusal)).toMatch(
      /^the convoy for Java turned back: the Allied fleet and air power hold Java Sea \(power \d+ against your \d+\)\. Fight it first, or cover the convoy with a stronger fleet or land-based aircraft in reach$/,
    );
    // Japan now sees the fleet that turned its convoy back (for the turn after; not the Allies' sight).
    const after = sightOf(world, next, 'japan', report);
    expect(after.unwatched.has('java-sea')).toBe(false);
    expect(seesForce(after, next.forces.find((f) => f.id === 'bb-0')!)).toBe(true);
    expect(sightOf(world, next, 'japan').unwatched.has('java-sea')).toBe(true);
  });

  it('in the browser game: the person’s orders are checked as their side sees it, the computer’s not', () => {
    const world = javaSeaHeld();
    const session = new GameSession(world.scenario, 'fog-orders', { japan: 'human', allies: 'human' });
    // Fog off: the whole state.
    expect(session.orderState('japan')).toBe(session.state);
    expect(checkOrder(session.world, session.orderState('japan'), 'japan', invadeJava).ok).toBe(false);
    session.fog = true;
    const seen = session.orderState('japan');
    expect(seen.forces.some((f) => f.id === 'bb-0')).toBe(false);
    expect(checkOrder(session.world, seen, 'japan', invadeJava).ok).toBe(true);
    // The Allies see their own fleet.
    expect(session.orderState('allies').forces.some((f) => f.id === 'bb-0')).toBe(true);
    const report = session.endTurn({ japan: [invadeJava], allies: [] });
    expect(report.items.some((i) => i.kind === 'rejected' && i.refusal.code === 'sea-held')).toBe(true);
    // After the turn the fleet is seen where it turned the convoy back, and so offered no more.
    expect(session.sightAfter(1, 'japan')?.unwatched.has('java-sea')).toBe(false);
    expect(checkOrder(session.world, session.orderState('japan'), 'japan', invadeJava).ok).toBe(false);
    // A computer side's orders are its policy's business: the whole state.
    const vsComputer = new GameSession(world.scenario, 'fog-orders', {
      japan: 'historical',
      allies: 'human',
    });
    vsComputer.fog = true;
    expect(vsComputer.orderState('japan')).toBe(vsComputer.state);
  });
});
