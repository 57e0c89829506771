/**
 * One game in the browser: the world, the current state and the latest
 * report. Every rule lives in the engine; this only calls it.
 */
import {
  buildWorld,
  createGame,
  type GameState,
  resolveTurn,
  type TurnReport,
  type World,
} from '../engine/index';
import type { Scenario } from '../scenario/schema';

export class GameSession {
  readonly world: World;
  private current: GameState;
  private report: TurnReport | null = null;

  constructor(scenario: Scenario, seed: string) {
    this.world = buildWorld(scenario);
    this.current = createGame(this.world, seed);
  }

  get state(): GameState {
    return this.current;
  }

  get lastReport(): TurnReport | null {
    return this.report;
  }

  get over(): boolean {
    return this.current.outcome !== null;
  }

  /** Resolves the current turn with no orders for either side (orders come with the full board). */
  endTurn(): TurnReport {
    if (this.over) throw new Error('the game is over');
    const result = resolveTurn(this.world, this.current, { japan: [], allies: [] });
    this.current = result.state;
    this.report = result.report;
    return result.report;
  }
}

/** The seed from `?seed=…`, or a fixed default so a class sees the same game. */
export function seedFromUrl(search: string, fallback = 'classroom'): string {
  const seed = new URLSearchParams(search).get('seed')?.trim();
  return seed ? seed.slice(0, 100) : fallback;
}
