/**
 * The computer sides of a game in the browser, asked in a Web Worker
 * (computer-worker.ts, in the game's worker: app/game-worker.ts) so the page stays responsive — the screen says
 * "Japan is thinking…" meanwhile. The answers are handed to the session for
 * this turn (GameSession.provideDecision); if no worker can be started or it
 * fails, the session works the turn out on the page as before: the same pure
 * policy on the same state, so the game is the same either way.
 */

import type { Order } from '../../engine/index';
import { SIDE_IDS } from '../../engine/index';
import type { SideId } from '../../scenario/schema';
import type { ComputerReply, ComputerRequest } from './computer-worker';
import type { ComputerDecision, GameSession } from './session';

/** "Japan is thinking…", "The Allies are thinking…": what the screen says while a computer side decides. */
export function thinkingText(session: GameSession, computer: readonly SideId[]): string {
  if (computer.length === 0) return 'Resolving the turn…';
  if (computer.length === 2) return 'The computer is playing both sides…';
  const side = computer[0]!;
  const name = session.world.scenario.sides[side].name;
  return side === 'allies' ? `The ${name.replace(/^the /i, '')} are thinking…` : `${name} is thinking…`;
}

let nextKey = 0;

export class ComputerPlayers {
  private worker: Worker | null = null;
  private failed = false;
  private disposed = false;
  private japanAhead: { session: GameSession; turn: number; done: Promise<boolean> } | null = null;
  private nextId = 0;
  private waiting = new Map<number, (reply: ComputerReply) => void>();
  private scenarioKey = new WeakMap<GameSession, string>();
  private sent = new Set<string>();
  /**
   * Whether the computer sides plan under the fog of war (the game's fog option): each request then
   * carries the report of the turn just resolved, and the commander plans on what its side sees.
   */
  fog = false;

  /**
   * Works out this turn's decision of every computer side that does not have
   * one yet (Japan first: the Allies may read its orders), off the page.
   * `humanOrders`: the orders of the sides people play. False once the
   * screen has been left (nothing more is to be done for this game).
   */
  async prepare(
    session: GameSession,
    humanOrders: Partial<Record<SideId, readonly Order[]>>,
  ): Promise<boolean> {
    const turn = session.state.turn;
    for (const side of SIDE_IDS) {
      if (session.isHuman(side) || session.over) continue;
      // Japan's decision asked ahead (for the Allies' code-breakers) is not asked again.
      if (side === 'japan' && session.hasJapaneseDecision()) continue;
      const japan =
        side === 'japan'
          ? undefined
          : session.isHuman('japan')
            ? [...(humanOrders.japan ?? [])]
            : session.computerOrders('japan');
      const decision = await this.ask(session, side, japan);
      if (this.disposed) return false;
      // No answer from the worker: the session decides on the page.
      if (decision) session.provideDecision(side, turn, decision, japan);
    }
    return !this.disposed;
  }

  /**
   * Japan's computer decision for this turn, worked out in the worker ahead
   * of time (the Allied player's code-breakers read it before they give
   * their orders). Resolves true once the session has it; asked once a turn.
   */
  prepareJapan(session: GameSession): Promise<boolean> {
    const turn = session.state.turn;
    if (this.japanAhead?.session === session && this.japanAhead.turn === turn) return this.japanAhead.done;
    const done = (async () => {
      if (session.isHuman('japan') || session.hasJapaneseDecision()) return true;
      const decision = await this.ask(session, 'japan');
      if (this.disposed || session.state.turn !== turn) return false;
      if (decision) session.provideDecision('japan', turn, decision);
      else session.computerOrders('japan');
      return true;
    })();
    this.japanAhead = { session, turn, done };
    return done;
  }

  /** Stops the worker (the game screen is left). */
  dispose(): void {
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of this.waiting.values()) resolve({ id: -1, ok: false, message: 'stopped' });
    this.waiting.clear();
  }

  private async ask(session: GameSession, side: SideId, japan?: Order[]): Promise<ComputerDecision | null> {
    const worker = this.disposed ? null : this.workerNow();
    if (!worker) return null;
    let key = this.scenarioKey.get(session);
    if (!key) {
      key = `game-${nextKey++}`;
      this.scenarioKey.set(session, key);
    }
    const request: ComputerRequest = {
      type: 'decide',
      id: this.nextId++,
      scenario: this.sent.has(key) ? { key } : { key, value: session.world.scenario },
      state: session.state,
      side,
      player: session.players[side],
      ...(japan ? { japan } : {}),
      ...(this.fog ? { fog: { report: session.lastReport } } : {}),
    };
    this.sent.add(key);
    const reply = await new Promise<ComputerReply>((resolve) => {
      this.waiting.set(request.id, resolve);
      try {
        worker.postMessage(request);
      } catch (err) {
        this.waiting.delete(request.id);
        resolve({ id: request.id, ok: false, message: err instanceof Error ? err.message : String(err) });
      }
    });
    if (!reply.ok) {
      if (reply.needScenario) this.sent.delete(key);
      console.warn(
        `The computer's worker could not decide (${reply.message}); deciding on the page instead.`,
      );
      return null;
    }
    // Counted on the page's root element, so a test can see the computer answered from its worker.
    const root = document.documentElement;
    root.dataset.computerWorkerAnswers = String(Number(root.dataset.computerWorkerAnswers ?? '0') + 1);
    return reply.intent ? { orders: reply.orders, intent: reply.intent } : { orders: reply.orders };
  }

  private workerNow(): Worker | null {
    if (this.worker || this.failed) return this.worker;
    try {
      // The game's one worker script (the class results use it too: one copy of the engine to download).
      const worker = new Worker(new URL('../app/game-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<ComputerReply>) => {
        const resolve = this.waiting.get(e.data.id);
        this.waiting.delete(e.data.id);
        resolve?.(e.data);
      };
      worker.onerror = (e) => {
        console.warn(
          `The computer's worker failed (${e.message}); the computer decides on the page instead.`,
        );
        this.failed = true;
        this.worker?.terminate();
        this.worker = null;
        for (const [id, resolve] of this.waiting) resolve({ id, ok: false, message: 'the worker failed' });
        this.waiting.clear();
      };
      this.worker = worker;
    } catch {
      this.failed = true;
    }
    return this.worker;
  }
}
