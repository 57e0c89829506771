/**
 * One game in the browser: the world, the current state, who plays each
 * side, every turn's orders and reports. Every rule lives in the engine; this
 * only calls it (and asks the computer players for their orders).
 */

import type { Intent } from '../../ai/intent';
import { hasIntent } from '../../ai/policy';
import { policyByName } from '../../ai/registry';
import {
  buildWorld,
  createGame,
  type GameState,
  type Ghost,
  ghostsOf,
  type JapaneseIntentions,
  type Memory,
  type Order,
  readJapaneseIntentions,
  remember,
  resolveTurn,
  SIDE_IDS,
  type Sight,
  seenState,
  sightOf,
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
  /** What the computer sides said they intended this turn (none for a turn resumed from a save). */
  intents?: Intent[];
}

/** A computer side's answer for this turn: its orders and, if it says, its intent. */
export interface ComputerDecision {
  orders: Order[];
  intent?: Intent;
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
  /** The state before the last turn (`stateBeforeLast`). */
  private previous: GameState | null = null;
  private played: PlayedTurn[] = [];
  private turnReports: TurnReport[] = [];
  /**
   * What each side saw of the enemy (engine/sight.ts) at the start (index 0) and after each turn
   * (index n after turn n): the report of a turn lists the enemy's moves a side saw by them.
   */
  private sights: Record<SideId, Sight>[] = [];
  /**
   * What each side remembers of the enemy it no longer sees (engine/last-seen.ts), after the same
   * turns as `sights`: derived from the turns played, so a resumed game has it again.
   */
  private memories: Record<SideId, Memory>[] = [];
  /** The state a human side's orders are checked against under the fog (orderState), by side, for the current state. */
  private ordersSeen: { state: GameState; by: Partial<Record<SideId, GameState>> } | null = null;
  /** The computer's orders this turn, by side: asked once (a rollout player is slow), dropped each turn. */
  private computed: Partial<Record<SideId, { key: string; decision: ComputerDecision }>> = {};
  /**
   * Whether the game's fog of war is on (the game's option; game-screen.ts and resume.ts set it): the
   * computer sides plan with what their side sees, and a person's orders are checked against what
   * theirs sees (orderState).
   */
  fog = false;

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
    this.sights.push(this.sightsNow(null));
    this.memories.push(this.memoriesNow(null));
    for (const side of SIDE_IDS) {
      const p = players[side];
      if (p !== 'human' && !policyByName(p)) throw new Error(`there is no computer player called "${p}"`);
    }
  }

  get state(): GameState {
    return this.current;
  }

  /**
   * The state the last turn was played from (null before the first turn): what a turn's playback
   * starts from. Kept by `apply`, so a resumed game has it too (the hot-seat playback after a reload
   * at the hand-over, game-screen.ts).
   */
  get stateBeforeLast(): GameState | null {
    return this.previous;
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
    return this.computerDecision(side, japan).orders;
  }

  /**
   * The computer's orders for `side` this turn with its intent (if its player says what it intends).
   * The Allies' answer depends on what they read of Japan's orders, so it is kept with those orders.
   */
  computerDecision(side: SideId, japan?: readonly Order[]): ComputerDecision {
    const policy = policyByName(this.players[side]);
    if (!policy) return { orders: [] };
    const read =
      side === 'japan' ? null : (japan ?? (this.isHuman('japan') ? [] : this.computerOrders('japan')));
    const key = read === null ? '' : JSON.stringify(read);
    const cached = this.computed[side];
    if (cached && cached.key === key) return cached.decision;
    // With the game's fog of war on, the computer plans with what its side sees (docs/AI.md), as the
    // worker does (computer-player.ts): this is the page's fallback when no worker can run.
    const fog = this.fog ? { fog: { report: this.lastReport } } : {};
    const seen = read === null ? (this.fog ? fog : undefined) : { intel: this.intelligence(read), ...fog };
    const decision: ComputerDecision = hasIntent(policy)
      ? policy.decide(this.world, this.current, side, seen)
      : { orders: policy.orders(this.world, this.current, side, seen) };
    this.computed[side] = { key, decision };
    return decision;
  }

  /**
   * A decision worked out elsewhere (the computer's worker, from this same
   * state and, for the Allies, the same Japanese orders read): used this turn
   * as if asked here. The worker runs the same pure policy on the same state,
   * so the orders are the same.
   */
  provideDecision(side: SideId, turn: number, decision: ComputerDecision, japan?: readonly Order[]): void {
    if (turn !== this.current.turn || this.isHuman(side)) return;
    this.computed[side] = { key: side === 'japan' ? '' : JSON.stringify(japan ?? []), decision };
  }

  /** Whether the computer's decision for Japan this turn is already known. */
  hasJapaneseDecision(): boolean {
    return this.computed.japan !== undefined;
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
    const intents: Intent[] = [];
    const computer = (side: SideId, japan?: readonly Order[]) => {
      const d = this.computerDecision(side, japan);
      if (d.intent) intents.push(d.intent);
      return d.orders;
    };
    orders.japan = this.isHuman('japan') ? [...(humanOrders.japan ?? [])] : computer('japan');
    orders.allies = this.isHuman('allies')
      ? [...(humanOrders.allies ?? [])]
      : computer('allies', orders.japan);
    return this.apply(orders, intents);
  }

  /** Plays a turn with exactly these orders (resuming a saved game), with what the computer said it intended. */
  apply(orders: TurnOrders, intents: readonly Intent[] = []): TurnReport {
    const result = resolveTurn(this.world, this.current, orders);
    this.previous = this.current;
    this.current = result.state;
    this.computed = {};
    this.played.push({
      orders: structuredClone(orders),
      hash: stateHash(result.state),
      ...(intents.length > 0 ? { intents: structuredClone([...intents]) } : {}),
    });
    this.turnReports.push(result.report);
    this.sights.push(this.sightsNow(result.report));
    this.memories.push(this.memoriesNow(result.report));
    return result.report;
  }

  /**
   * The state `side`'s orders are checked against while a person gives them. Under the fog of war,
   * the state as the side sees it (engine/sight.ts seenState): a convoy may be sent into a sea the
   * side does not watch, and the turn's resolution, which checks every order again against the whole
   * state, turns it back there if an enemy fleet it could not see holds that sea (a refusal in the
   * report). A refusal here named the hidden fleet and its power (playfog26). Otherwise the state.
   */
  orderState(side: SideId): GameState {
    if (!this.fog || !this.isHuman(side) || this.over) return this.current;
    if (this.ordersSeen?.state !== this.current) this.ordersSeen = { state: this.current, by: {} };
    const known = this.ordersSeen.by[side];
    if (known) return known;
    const sight = this.sightAfter(this.turnReports.length, side);
    const seen = sight ? seenState(this.current, sight) : this.current;
    this.ordersSeen.by[side] = seen;
    return seen;
  }

  /**
   * Where `side` last saw enemy forces it does not see after `turns` turns (engine/last-seen.ts
   * ghostsOf): the sea areas the board marks "last seen". Empty outside the game played.
   */
  ghostsAfter(turns: number, side: SideId): Ghost[] {
    return ghostsOf(this.memories[turns]?.[side] ?? null);
  }

  /** What `side` sees of the enemy after `turns` turns (0: at the start), or null outside the game played. */
  sightAfter(turns: number, side: SideId): Sight | null {
    return this.sights[turns]?.[side] ?? null;
  }

  /**
   * Each side's memory after the current state, from the one before, the sight just taken and the
   * report of the turn that made the state (what the side learnt of the enemy's losses).
   */
  private memoriesNow(report: TurnReport | null): Record<SideId, Memory> {
    const sights = this.sights[this.sights.length - 1]!;
    const before = this.memories[this.memories.length - 1];
    return {
      japan: remember(before?.japan ?? null, this.current, sights.japan, report),
      allies: remember(before?.allies ?? null, this.current, sights.allies, report),
    };
  }

  private sightsNow(report: TurnReport | null): Record<SideId, Sight> {
    return {
      japan: sightOf(this.world, this.current, 'japan', report),
      allies: sightOf(this.world, this.current, 'allies', report),
    };
  }
}
