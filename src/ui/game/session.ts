/**
 * One game in the browser: the world, the current state, who plays each
 * side, every turn's orders and reports. Every rule lives in the engine; this
 * only calls it (and asks the computer players for their orders).
 */
import { policyByName } from '../../ai/registry';
import {
  buildWorld,
  createGame,
  type GameState,
  type JapaneseIntentions,
  type Order,
  readJapaneseIntentions,
  resolveTurn,
  SIDE_IDS,
  stateHash,
  type TurnOrders,
  type TurnReport,
  type World,
} from '../../engine/index';
import type { Scenario, SideId } from '../../scenario/schema';
import type { WhatIf } from '../../scenario/what-if-schema';
import { findWhatIf, playedScenario } from '../scenarios/what-ifs';

/** Who plays a side: a person at this screen, or a computer policy by name. */
export type Player = 'human' | string;
export type Players = Record<SideId, Player>;

export interface PlayedTurn {
  orders: TurnOrders;
  /** `stateHash` of the state after the turn, so a resumed game can prove it replayed exactly. */
  hash: string;
}

export class GameSession {
  /** The scenario as loaded (a save of a custom scenario keeps this one's text). */
  readonly base: Scenario;
  /** The counterfactual being played, or null for history. */
  readonly whatIf: WhatIf | null;
  /** Built from the scenario played: `base`, or `base` with the what-if applied. */
  readonly world: World;
  readonly seed: string;
  readonly players: Players;
  private current: GameState;
  private played: PlayedTurn[] = [];
  private turnReports: TurnReport[] = [];
  /** The computer's orders this turn, by side: asked once (a rollout player is slow), dropped each turn. */
  private computed: Partial<Record<SideId, Order[]>> = {};

  /** Throws on an unknown what-if id or computer player (callers check both first). */
  constructor(scenario: Scenario, seed: string, players: Players, whatIf?: string) {
    this.base = scenario;
    if (whatIf === undefined) this.whatIf = null;
    else {
      const found = findWhatIf(scenario, whatIf);
      if (!found.ok) throw new Error(found.message);
      this.whatIf = found.whatIf;
    }
    this.world = buildWorld(playedScenario(scenario, whatIf));
    this.seed = seed;
    this.players = { ...players };
    this.current = createGame(this.world, seed);
    for (const side of SIDE_IDS) {
      const p = players[side];
      if (p !== 'human' && !policyByName(p)) throw new Error(`there is no computer player called "${p}"`);
    }
  }

  get state(): GameState {
    return this.current;
  }

  get reports(): readonly TurnReport[] {
    return this.turnReports;
  }

  get lastReport(): TurnReport | null {
    return this.turnReports[this.turnReports.length - 1] ?? null;
  }

  get turns(): readonly PlayedTurn[] {
    return this.played;
  }

  get over(): boolean {
    return this.current.outcome !== null;
  }

  /** The sides people play here, Japan first. */
  humanSides(): SideId[] {
    return SIDE_IDS.filter((s) => this.players[s] === 'human');
  }

  isHuman(side: SideId): boolean {
    return this.players[side] === 'human';
  }

  /**
   * The computer's orders for `side` this turn (deterministic: the same game gets the same orders).
   * The Allies' computer player is told what the code-breakers read of Japan's orders `japan`
   * (Japan's own computer orders when Japan is a computer player too).
   */
  computerOrders(side: SideId, japan?: readonly Order[]): Order[] {
    const cached = this.computed[side];
    if (cached && (side === 'japan' || japan === undefined)) return cached;
    const policy = policyByName(this.players[side]);
    if (!policy) return [];
    const orders =
      side === 'japan'
        ? policy.orders(this.world, this.current, side)
        : policy.orders(this.world, this.current, side, {
            intel: this.intelligence(japan ?? (this.isHuman('japan') ? [] : this.computerOrders('japan'))),
          });
    if (side === 'japan' || japan === undefined) this.computed[side] = orders;
    return orders;
  }

  /**
   * What the Allied code-breakers read of Japan's orders for this turn, before the Allies give
   * theirs (null when no code-breaking period covers the date). Asking changes nothing.
   */
  intelligence(japan: readonly Order[]): JapaneseIntentions | null {
    return readJapaneseIntentions(this.world, this.current, japan);
  }

  /**
   * Resolves the turn: the people's orders as given, the computer's from its
   * policy. Illegal orders are dropped by the engine and named in the report.
   */
  endTurn(humanOrders: Partial<Record<SideId, readonly Order[]>>): TurnReport {
    if (this.over) throw new Error('the game is over');
    const orders: TurnOrders = { japan: [], allies: [] };
    // Japan first: the Allies may have read its orders (code-breaking) before they give theirs.
    orders.japan = this.isHuman('japan') ? [...(humanOrders.japan ?? [])] : this.computerOrders('japan');
    orders.allies = this.isHuman('allies')
      ? [...(humanOrders.allies ?? [])]
      : this.computerOrders('allies', orders.japan);
    return this.apply(orders);
  }

  /** Plays a turn with exactly these orders (resuming a saved game). */
  apply(orders: TurnOrders): TurnReport {
    const result = resolveTurn(this.world, this.current, orders);
    this.current = result.state;
    this.computed = {};
    this.played.push({ orders: structuredClone(orders), hash: stateHash(result.state) });
    this.turnReports.push(result.report);
    return result.report;
  }
}
