/**
 * Recording a game as it is played. The recorder owns the current state, so
 * the recorded orders and hashes always match what was actually resolved:
 * orders the engine would refuse are dropped before resolution (the engine
 * drops them anyway, with the same verdicts), so a replay holds only legal
 * orders and `verifyReplay` can treat any illegal one as tampering.
 */

import type { Intent } from '../ai/intent';
import {
  checkOrder,
  createGame,
  type GameState,
  type Order,
  resolveTurn,
  SIDE_IDS,
  stateHash,
  type TurnOrders,
  type TurnResult,
  type World,
} from '../engine/index';
import { unknownWhatIfMessage, whatIfById } from '../scenario/what-if';
import { scenarioHash } from './scenario-hash';
import { type Players, REPLAY_VERSION, type Replay, type ReplayTurn } from './schema';

/**
 * A replay with no turns yet. For a what-if, `world` is built from the
 * scenario with the what-if applied (`applyWhatIf`) and `whatIf` is its id:
 * the replay records that id and the hash of the scenario actually played.
 */
export function newReplay(world: World, seed: string, players: Players, whatIf?: string): Replay {
  if (whatIf !== undefined && !whatIfById(world.scenario, whatIf)) {
    throw new Error(unknownWhatIfMessage(world.scenario, whatIf));
  }
  return {
    replayVersion: REPLAY_VERSION,
    scenario: { id: world.scenario.meta.id, hash: scenarioHash(world.scenario) },
    ...(whatIf !== undefined ? { whatIf } : {}),
    seed,
    players: { ...players },
    turns: [],
    outcome: null,
  };
}

/** The orders `resolveTurn` would accept, checked the same way (each side's earlier legal orders count). */
export function legalOrders(world: World, state: GameState, orders: TurnOrders): TurnOrders {
  const legal: TurnOrders = { japan: [], allies: [] };
  for (const side of SIDE_IDS) {
    for (const order of orders[side]) {
      if (checkOrder(world, state, side, order, legal[side]).ok) legal[side].push(structuredClone(order));
    }
  }
  return legal;
}

/**
 * `replay` with one more turn: the (legal) orders resolved and the state they
 * led to, and what the computer sides said they intended (if any did).
 */
export function recordTurn(
  replay: Replay,
  orders: TurnOrders,
  after: GameState,
  intents: readonly Intent[] = [],
): Replay {
  const turn: ReplayTurn = { turn: after.turn - 1, orders: copyOrders(orders), hash: stateHash(after) };
  if (intents.length > 0) turn.intents = structuredClone([...intents]);
  return { ...replay, turns: [...replay.turns, turn], outcome: after.outcome ? { ...after.outcome } : null };
}

function copyOrders(orders: TurnOrders): TurnOrders {
  const copy = (list: readonly Order[]) => list.map((o) => ({ ...o }));
  return { japan: copy(orders.japan), allies: copy(orders.allies) };
}

export interface Recorder {
  readonly world: World;
  /** The state before the next turn. */
  readonly state: GameState;
  readonly replay: Replay;
  /** Resolves one turn with the legal part of `orders` and records it (with the computer sides' intents). Throws if the game is over. */
  play(orders: TurnOrders, intents?: readonly Intent[]): TurnResult;
}

export function createRecorder(world: World, seed: string, players: Players, whatIf?: string): Recorder {
  let state = createGame(world, seed);
  let replay = newReplay(world, seed, players, whatIf);
  return {
    world,
    get state() {
      return state;
    },
    get replay() {
      return replay;
    },
    play(orders, intents) {
      const legal = legalOrders(world, state, orders);
      const result = resolveTurn(world, state, legal);
      replay = recordTurn(replay, legal, result.state, intents);
      state = result.state;
      return result;
    },
  };
}
