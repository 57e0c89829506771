/**
 * The computer's side of the game's worker (src/ui/app/game-worker.ts): a
 * computer side's turn is worked out there, off the page's thread, so the page
 * never freezes while a slow player (rollouts, the commander) thinks. It runs
 * the same pure policy on the same state as the page would
 * (GameSession.computerDecision), so the orders are the same.
 */
import type { Intent } from '../../ai/intent';
import { hasIntent, type PolicyFog, type PolicyInput } from '../../ai/policy';
import { policyByName } from '../../ai/registry';
import {
  buildWorld,
  type GameState,
  type Order,
  readJapaneseIntentions,
  type World,
} from '../../engine/index';
import type { Scenario, SideId } from '../../scenario/schema';

export interface ComputerRequest {
  type: 'decide';
  id: number;
  /** Names the scenario played; its text comes with the first request that needs it. */
  scenario: { key: string; value?: Scenario };
  state: GameState;
  side: SideId;
  player: string;
  /** For the Allies: Japan's orders this turn, which their code-breakers may read. */
  japan?: Order[];
  /**
   * With the game's fog of war on: the report of the turn just resolved (null on the first turn).
   * The computer then plans on what its side sees (`PolicyInput.fog`), as a person is shown.
   */
  fog?: PolicyFog;
}

export type ComputerReply =
  | { id: number; ok: true; orders: Order[]; intent?: Intent }
  | { id: number; ok: false; message: string; needScenario?: boolean };

const worlds = new Map<string, World>();

function answer(request: ComputerRequest): ComputerReply {
  const { id } = request;
  let world = worlds.get(request.scenario.key);
  if (!world) {
    if (!request.scenario.value)
      return { id, ok: false, message: 'the scenario was not sent', needScenario: true };
    world = buildWorld(request.scenario.value);
    worlds.set(request.scenario.key, world);
  }
  const policy = policyByName(request.player);
  if (!policy) return { id, ok: false, message: `there is no computer player called "${request.player}"` };
  const fog = request.fog ? { fog: request.fog } : {};
  const seen: PolicyInput | undefined =
    request.side === 'japan'
      ? request.fog
        ? fog
        : undefined
      : { intel: readJapaneseIntentions(world, request.state, request.japan ?? []), ...fog };
  if (hasIntent(policy)) {
    const d = policy.decide(world, request.state, request.side, seen);
    return { id, ok: true, orders: d.orders, intent: d.intent };
  }
  return { id, ok: true, orders: policy.orders(world, request.state, request.side, seen) };
}

/** The computer's orders (and intent) for one request; an error is a reply too. */
export function answerComputer(request: ComputerRequest): ComputerReply {
  try {
    return answer(request);
  } catch (err) {
    return { id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
}
