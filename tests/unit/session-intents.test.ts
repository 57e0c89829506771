/**
 * The browser game keeps what its computer sides said they intended, turn by
 * turn, for the report and the exported replay; a decision worked out in the
 * worker is used as if asked on the page.
 */
import { describe, expect, it } from 'vitest';
import { historicalPolicy } from '../../src/ai/historical';
import { loadReplayText } from '../../src/replay/load';
import { thinkingText } from '../../src/ui/game/computer-player';
import { GameSession } from '../../src/ui/game/session';
import { replayOf } from '../../src/ui/game/session-replay';
import { labWorld } from '../support/lab';

const world = labWorld(() => {});

describe('the session and the computer’s intents', () => {
  it('records the intent of an intentful computer side with the turn, and exports it in the replay', () => {
    const session = new GameSession(world.scenario, 's', { japan: 'historical', allies: 'human' });
    const expected = historicalPolicy.decide(session.world, session.state, 'japan');
    session.endTurn({ allies: [] });
    expect(session.turns[0]?.orders.japan).toEqual(expected.orders);
    expect(session.turns[0]?.intents).toEqual([expected.intent]);
    const replay = replayOf(session);
    expect(replay.turns[0]?.intents).toEqual([expected.intent]);
    expect(loadReplayText(JSON.stringify(replay)).ok).toBe(true);
  });

  it('no intent for a side played by a person or a player that does not say', () => {
    const session = new GameSession(world.scenario, 's', { japan: 'human', allies: 'random' });
    session.endTurn({ japan: [] });
    expect(session.turns[0]?.intents).toBeUndefined();
    expect(Object.keys(replayOf(session).turns[0]!)).toEqual(['turn', 'orders', 'hash']);
  });

  it('uses a decision provided for this turn (the worker’s), and ignores one for another turn', () => {
    const session = new GameSession(world.scenario, 's', { japan: 'historical', allies: 'human' });
    const intent = { side: 'japan' as const, operations: [] };
    session.provideDecision('japan', session.state.turn + 1, {
      orders: [],
      intent: { ...intent, operations: [{ kind: 'hold', reason: 'repair', forces: [] }] },
    });
    session.provideDecision('japan', session.state.turn, { orders: [], intent });
    session.endTurn({ allies: [] });
    expect(session.turns[0]?.orders.japan).toEqual([]);
    expect(session.turns[0]?.intents).toEqual([intent]);
  });

  it('says who is thinking', () => {
    const one = new GameSession(world.scenario, 's', { japan: 'historical', allies: 'human' });
    expect(thinkingText(one, ['japan'])).toBe('Japan is thinking…');
    expect(thinkingText(one, ['allies'])).toBe('The Allies are thinking…');
  });

  it('a game played under the fog of war says so in its replay; one without writes nothing new', () => {
    const fogged = new GameSession(world.scenario, 's', { japan: 'human', allies: 'random' });
    fogged.fog = true;
    fogged.endTurn({ japan: [] });
    const replay = replayOf(fogged);
    expect(replay.fog).toBe(true);
    const loaded = loadReplayText(JSON.stringify(replay));
    expect(loaded.ok && loaded.value.fog).toBe(true);
    const open = new GameSession(world.scenario, 's', { japan: 'human', allies: 'random' });
    open.endTurn({ japan: [] });
    expect('fog' in replayOf(open)).toBe(false);
    // Only `true` is a value a replay may carry.
    const bad = loadReplayText(JSON.stringify({ ...replayOf(open), fog: false }));
    expect(bad.ok).toBe(false);
  });
});
