import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoplay } from '../../src/ai/autoplay';
import { passPolicy } from '../../src/ai/pass';
import { randomPolicy } from '../../src/ai/random';
import { POLICY_NAMES, policyByName, unknownPolicyMessage } from '../../src/ai/registry';
import { buildWorld, checkOrder, createGame, type Order, SIDE_IDS, stateHash } from '../../src/engine/index';
import { loadReplayText } from '../../src/replay/load';
import { createRecorder, legalOrders } from '../../src/replay/recorder';
import { replayTurns } from '../../src/replay/replay-turns';
import type { Replay } from '../../src/replay/schema';
import { verifyReplay } from '../../src/replay/verify';
import { loadScenarioText } from '../../src/scenario/load';
import { endText } from '../../src/text/end-text';
import { replayProblemText } from '../../src/text/replay-text';

const scenarioText = readFileSync(new URL('../../scenarios/southern-oil-1942.json', import.meta.url), 'utf8');
const loaded = loadScenarioText(scenarioText);
if (!loaded.ok) throw new Error('southern-oil-1942 does not load');
const world = buildWorld(loaded.value);
const bothRandom = { japan: randomPolicy, allies: randomPolicy };

function recorded(seed = 'replay-test'): Replay {
  return autoplay(world, seed, bothRandom).replay;
}

/** A deep copy to tamper with, so each test starts from the recorded replay. */
function copy(replay: Replay): Replay {
  return structuredClone(replay);
}

describe('recording and verifying a replay', () => {
  it('verifies a recorded game, ending on the same state', () => {
    const game = autoplay(world, 'replay-test', bothRandom);
    expect(game.replay.turns.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6]);
    const result = verifyReplay(world, game.replay);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.turns).toBe(6);
    expect(result.finalHash).toBe(stateHash(game.state));
    expect(result.outcome).toEqual(game.state.outcome);
  });

  it('survives a round trip through JSON text', () => {
    const replay = recorded();
    const again = loadReplayText(JSON.stringify(replay, null, 2));
    expect(again.ok).toBe(true);
    if (again.ok) expect(verifyReplay(world, again.value).ok).toBe(true);
  });

  it('records only the orders the engine accepted', () => {
    const recorder = createRecorder(world, 's', { japan: 'human', allies: 'pass' });
    const illegal: Order = { type: 'move', force: 'houston', to: 'java-sea' }; // an Allied ship, ordered by Japan
    const legal: Order = { type: 'move', force: 'akagi', to: 'east-china-sea' };
    recorder.play({ japan: [illegal, legal], allies: [] });
    expect(recorder.replay.turns[0]?.orders).toEqual({ japan: [legal], allies: [] });
    expect(recorder.replay.players).toEqual({ japan: 'human', allies: 'pass' });
    expect(verifyReplay(world, recorder.replay).ok).toBe(true);
  });

  it('verifies an unfinished game (no outcome yet)', () => {
    const game = autoplay(world, 'short', bothRandom, { maxTurns: 2 });
    expect(game.replay.outcome).toBeNull();
    const result = verifyReplay(world, game.replay);
    expect(result.ok && result.turns).toBe(2);
  });
});

describe('stepping through a recorded game (replayTurns)', () => {
  it('yields every turn once: the state before, the report, and a hash check that holds', () => {
    const game = autoplay(world, 'replay-test', bothRandom);
    const steps = [...replayTurns(world, game.replay)];
    expect(steps.map((t) => t.turn)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steps.every((t) => t.hashOk)).toBe(true);
    expect(steps.map((t) => t.hash)).toEqual(game.replay.turns.map((t) => t.hash));
    expect(steps[0]?.before).toEqual(createGame(world, 'replay-test'));
    expect(steps[1]?.before).toBe(steps[0]?.result.state);
    expect(steps.at(-1)?.result.state.outcome).toEqual(game.state.outcome);
  });

  it('stops where the game ended, returning the last state', () => {
    const replay = copy(recorded());
    replay.turns.push({ ...replay.turns[5]!, turn: 7 });
    const walk = replayTurns(world, replay);
    let n = 0;
    let step = walk.next();
    while (!step.done) {
      n++;
      step = walk.next();
    }
    expect(n).toBe(6);
    expect(stateHash(step.value)).toBe(replay.turns[5]!.hash);
  });

  it('flags a turn whose state is not the one recorded', () => {
    const replay = copy(recorded());
    replay.turns[2]!.hash = '0000000000000000';
    const flags = [...replayTurns(world, replay)].map((t) => t.hashOk);
    expect(flags).toEqual([true, true, false, true, true, true]);
  });
});

describe('tampering is detected and named', () => {
  it('a changed state hash names that turn, with both hashes', () => {
    const replay = copy(recorded());
    const original = replay.turns[2]!.hash;
    replay.turns[2]!.hash = 'f'.repeat(16);
    const result = verifyReplay(world, replay);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({
      kind: 'hash-mismatch',
      turn: 3,
      expected: 'f'.repeat(16),
      got: original,
    });
    expect(replayProblemText(result.problem, world.scenario)).toContain('turn 3');
  });

  it('an illegal order names the turn, the side and the engine’s reason', () => {
    const replay = copy(recorded());
    replay.turns[1]!.orders.japan.push({ type: 'move', force: 'houston', to: 'java-sea' });
    const result = verifyReplay(world, replay);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind: 'illegal-order', turn: 2, side: 'japan' });
    expect(replayProblemText(result.problem, world.scenario)).toContain('turn 2');
    expect(replayProblemText(result.problem, world.scenario)).toContain("Japan's order");
    expect(replayProblemText(result.problem, world.scenario)).toContain(
      'USS Houston belongs to the other side',
    );
  });

  it('a second order for the same force is illegal (earlier orders of the side count)', () => {
    const replay = copy(autoplay(world, 'x', { japan: passPolicy, allies: passPolicy }).replay);
    replay.turns[0]!.orders.allies = [
      { type: 'move', force: 'houston', to: 'celebes-sea' },
      { type: 'move', force: 'houston', to: 'south-china-sea' },
    ];
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem).toMatchObject({
      kind: 'illegal-order',
      turn: 1,
      side: 'allies',
      index: 1,
    });
    expect(!result.ok && replayProblemText(result.problem, world.scenario)).toContain(
      'already has an order this turn',
    );
  });

  it('a changed seed diverges on the first turn', () => {
    const replay = copy(recorded());
    replay.seed = 'another seed';
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'hash-mismatch', turn: 1 });
  });

  it('a replay of another scenario id is refused', () => {
    const replay = copy(recorded());
    replay.scenario.id = 'midway-1942';
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem.kind).toBe('scenario-mismatch');
    expect(!result.ok && replayProblemText(result.problem, world.scenario)).toMatch(
      /this replay was recorded with scenario midway-1942 \(hash [0-9a-f]{64}\), not southern-oil-1942/,
    );
  });

  it('a replay of another version of the scenario (different hash) is refused', () => {
    const replay = copy(recorded());
    replay.scenario.hash = '0'.repeat(64);
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem.kind).toBe('scenario-mismatch');
    expect(!result.ok && replayProblemText(result.problem, world.scenario)).toContain(
      'has changed since the game was recorded',
    );
  });

  it('a changed scenario (same id, one number different) no longer matches the replay', () => {
    const changed = JSON.parse(scenarioText);
    changed.sides.japan.stocks.oil += 1;
    const other = loadScenarioText(JSON.stringify(changed));
    if (!other.ok) throw new Error('changed scenario does not load');
    const result = verifyReplay(buildWorld(other.value), recorded());
    expect(!result.ok && result.problem.kind).toBe('scenario-mismatch');
  });

  it('turns out of sequence are named', () => {
    const replay = copy(recorded());
    replay.turns.splice(1, 1);
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'turn-sequence', turn: 3 });
  });

  it('turns after the end of the game are refused', () => {
    const replay = copy(recorded());
    replay.turns.push({ ...replay.turns[5]!, turn: 7 });
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem).toMatchObject({ kind: 'turn-sequence', turn: 7 });
    expect(!result.ok && replayProblemText(result.problem, world.scenario)).toContain('after the game ended');
  });

  it('a changed outcome is refused', () => {
    const replay = copy(recorded());
    replay.outcome = { ...replay.outcome!, kind: 'japan-surrenders', winner: 'allies' };
    const result = verifyReplay(world, replay);
    expect(!result.ok && result.problem.kind).toBe('outcome-mismatch');
  });
});

describe('loading replay text', () => {
  const text = (edit: (r: Record<string, unknown>) => void) => {
    const r = JSON.parse(JSON.stringify(recorded())) as Record<string, unknown>;
    edit(r);
    return JSON.stringify(r);
  };

  it('refuses a newer replayVersion with a clear message', () => {
    const result = loadReplayText(text((r) => (r.replayVersion = 3)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: 'replayVersion',
        message:
          'this replay is format version 3, made by a newer version of the game; this version reads up to 2',
        found: '3',
        what: { code: 'version-newer', format: 'replay', version: 3, current: 2 },
      },
    ]);
  });

  it.each([
    [
      undefined,
      'is missing: this does not look like a replay file (expected replayVersion: 2)',
      'nothing (the field is missing)',
    ],
    ['1', 'must be a whole number (this game reads version 2)', '"1"'],
    [0, 'must be a whole number (this game reads version 2)', '0'],
  ])('explains a replayVersion of %j, quoting what was found', (version, message, found) => {
    const result = loadReplayText(text((r) => (r.replayVersion = version)));
    expect(!result.ok && result.problems).toMatchObject([{ path: 'replayVersion', message, found }]);
    expect(!result.ok && result.problems[0]?.what?.code).toMatch(/^version-(missing|not-whole)$/);
  });

  it('reads a format-1 replay: its English end reason becomes the cause it words, or is kept as written', () => {
    const r = recorded();
    expect(r.outcome).not.toBeNull();
    const words = endText(r.outcome!, world.scenario);
    const v1 = (reason: string) =>
      text((x) => {
        x.replayVersion = 1;
        const { cause: _cause, ...rest } = x.outcome as Record<string, unknown>;
        x.outcome = { ...rest, reason };
      });
    const read = loadReplayText(v1(words));
    expect(read.ok && read.value.replayVersion).toBe(2);
    expect(read.ok && read.value.outcome).toEqual(r.outcome);
    expect(read.ok && verifyReplay(world, read.value).ok).toBe(true);
    const kept = loadReplayText(v1('Operation Downfall succeeded'));
    expect(kept.ok && kept.value.outcome?.cause).toEqual({
      code: 'worded',
      text: 'Operation Downfall succeeded',
    });
    expect(kept.ok && endText(kept.value.outcome!, world.scenario)).toBe('Operation Downfall succeeded');
    const noEnd = loadReplayText(
      text((x) => {
        x.replayVersion = 1;
        x.outcome = null;
      }),
    );
    expect(noEnd.ok && noEnd.value.outcome).toBeNull();
  });

  it('says so when given a scenario instead of a replay', () => {
    const result = loadReplayText(scenarioText);
    expect(!result.ok && result.problems[0]?.message).toContain('looks like a scenario file, not a replay');
  });

  it.each([
    ['empty text', '', 'the file is empty'],
    ['not JSON', '{"replayVersion": 1,', 'is not valid JSON'],
    ['a list', '[]', 'is not a replay'],
    ['deep nesting', `${'['.repeat(40)}${']'.repeat(40)}`, 'nested too deeply'],
    [
      'an infinite number',
      text((r) => ((r.turns as { turn: unknown }[])[0]!.turn = 'INF')).replace('"INF"', '1e999'),
      'not a finite number',
    ],
    [
      'a __proto__ key',
      text(() => {}).replace('"seed"', '"__proto__": {}, "seed"'),
      '"__proto__" is not allowed',
    ],
    ['an unknown field', text((r) => (r.extra = true)), 'unknown field "extra"'],
    [
      'a bad hash',
      text((r) => ((r.turns as { hash: string }[])[0]!.hash = 'abc')),
      'must be a state hash (16 hex digits)',
    ],
    [
      'an unknown order type',
      text((r) => ((r.turns as { orders: { japan: unknown[] } }[])[0]!.orders.japan = [{ type: 'nuke' }])),
      'turns[0].orders.japan[0]',
    ],
  ])('refuses %s', (_name, input, expected) => {
    const result = loadReplayText(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(expected);
  });

  it('refuses more turns than any scenario can have', () => {
    const r = recorded();
    const many = {
      ...r,
      turns: Array.from({ length: 201 }, (_, i) => ({ ...r.turns[0]!, turn: Math.min(i + 1, 200) })),
    };
    const result = loadReplayText(JSON.stringify(many));
    expect(!result.ok && result.problems[0]?.path).toBe('turns');
  });
});

describe('policies', () => {
  it('are listed by name, and an unknown name says which exist', () => {
    expect(POLICY_NAMES).toEqual([
      'pass',
      'random',
      'historical',
      'commander:easy',
      'commander:normal',
      'commander:hard',
      'adaptive:easy',
      'adaptive',
      'adaptive:hard',
      'doctrine:negotiate',
      'doctrine:settle',
      'doctrine:withdraw',
      'doctrine:strike-north',
      'doctrine:perimeter',
      'doctrine:no-pearl-harbor',
      'easy',
      'normal',
      'hard',
    ]);
    expect(policyByName('random')).toBe(randomPolicy);
    expect(policyByName('smart')).toBeUndefined();
    // A difficulty level names the commander of that level, the adaptive player until it is registered.
    const hard = policyByName('hard')?.name;
    expect(['commander:hard', 'adaptive:hard']).toContain(hard);
    expect(policyByName('hard')).toBe(policyByName(hard ?? ''));
    expect(unknownPolicyMessage('smart')).toBe(
      'unknown policy "smart" (available: pass, random, historical, commander:easy, commander:normal, commander:hard, ' +
        'adaptive:easy, adaptive, adaptive:hard, ' +
        'doctrine:negotiate, doctrine:settle, doctrine:withdraw, doctrine:strike-north, doctrine:perimeter, ' +
        'doctrine:no-pearl-harbor, easy, normal, hard)',
    );
  });

  it('pass gives no orders', () => {
    expect(passPolicy.orders(world, createGame(world, 'p'), 'japan')).toEqual([]);
  });

  it('random gives only legal orders, the same ones for the same game, and never touches the game’s dice', () => {
    for (const seed of ['1', '2', '3', 'abc']) {
      const recorder = createRecorder(world, seed, { japan: 'random', allies: 'random' });
      while (!recorder.state.outcome) {
        const state = recorder.state;
        const rngBefore = structuredClone(state.rng);
        const orders = {
          japan: randomPolicy.orders(world, state, 'japan'),
          allies: randomPolicy.orders(world, state, 'allies'),
        };
        for (const side of SIDE_IDS) {
          expect(orders[side].length).toBeGreaterThan(0);
          for (const [i, o] of orders[side].entries()) {
            expect(checkOrder(world, state, side, o, orders[side].slice(0, i)).ok).toBe(true);
          }
        }
        expect(legalOrders(world, state, orders)).toEqual(orders);
        expect(randomPolicy.orders(world, state, 'japan')).toEqual(orders.japan);
        expect(state.rng).toEqual(rngBefore);
        recorder.play(orders);
      }
    }
  });

  it('random differs between seeds', () => {
    const a = recorded('a').turns.map((t) => t.orders);
    const b = recorded('b').turns.map((t) => t.orders);
    expect(a).not.toEqual(b);
  });
});
