/**
 * What the game screen shows apart from the game itself: whose orders are on
 * screen, what is selected, which destination is being looked at, which
 * report and tab are open. Panels render from this and call the actions; the
 * game screen owns both.
 */

import type { GameState, Ghost, Sight } from '../../engine/index';
import type { AirMission } from '../../scenario/order-schema';
import type { SideId } from '../../scenario/schema';
import type { OrderDraft } from './order-draft';
import type { GameSession } from './session';
import type { TurnPhase } from './turn-phase';

export type Tab = 'orders' | 'area' | 'report' | 'about';

export interface ScreenState {
  /** The side whose orders, stocks and secrets are shown; null while the computer plays both. */
  viewer: SideId | null;
  /** Where the screen is in the turn; the viewer may give orders only while it is `ordering` (see mayOrder). */
  phase: TurnPhase;
  selectedArea: string | null;
  /**
   * Forces picked to move together (all in `origin`). `men`: the thousand men of the group's one
   * army that go (a detachment, engine/detach.ts); absent, the whole army.
   */
  selection: { forces: string[]; origin: string; men?: number } | null;
  /** The destination being looked at before confirming. */
  destination: string | null;
  /** Why the last area clicked cannot be reached by the selection. */
  /** The last refused destination; `code` is the engine's refusal code (src/engine/refusal.ts), `lift` a march's sea-lift refusal code. */
  refusal: { area: string; reason: string; code?: string; lift?: string; noTransports?: boolean } | null;
  /** Index into the session's reports of the report on screen (null: the latest). */
  reportIndex: number | null;
  tab: Tab;
  /** Areas whose group in the force list the player has open (kept across renders and confirms). */
  openGroups: Set<string>;
  /**
   * What the last order given from a list (a build, an air mission) came to, shown beside the button
   * that gave it (`key`, its data-key): a refusal only said to a screen reader left a sighted student
   * pressing Order on 50 escorts with nothing happening.
   */
  orderNote: { key: string; text: string; ok: boolean } | null;
}

export interface Actions {
  selectArea(id: string | null): void;
  toggleForce(id: string): void;
  selectForces(ids: readonly string[]): void;
  clearSelection(): void;
  chooseDestination(id: string): void;
  backToDestinations(): void;
  /** How many thousand men of the selection's army go (undefined: all of them). */
  setMen(men: number | undefined): void;
  confirmMove(): void;
  cancelOrder(index: number): void;
  choose(choiceId: string): void;
  /** Sets a standing policy (rationing level, percent of the cargo fleet at sea) for this turn's orders. */
  setPolicy(policy: 'rationing' | 'sailings', level: number): void;
  build(item: string, count: number): void;
  /** Gives a land-based air group a mission this turn (air-missions-section.ts). */
  airMission(force: string, mission: AirMission, target: string): void;
  /** Shows an area on the map (from the report, the lists): pans there, rings it and selects it. */
  showOnMap(areaId: string): void;
  showTab(tab: Tab): void;
  showReport(index: number): void;
}

export interface ScreenContext {
  session: GameSession;
  /**
   * The state as the side on screen sees it (engine/sight.ts): the session's state without the
   * enemy's fleets at sea it does not see, with the fog of war on; the session's state otherwise.
   * Boards, panels and hints show this; a person's orders are checked against the same (the
   * session's orderState), and the turn's resolution against the whole state.
   */
  seen: GameState;
  /** With the fog of war on, what the side on screen sees of the enemy now; null: everything is shown. */
  sight: Sight | null;
  /**
   * With the fog of war on, where the side on screen last saw enemy forces it does not see now
   * (engine/last-seen.ts): the board's faded counters and the Area panel's "Last seen" line. Empty
   * otherwise (replays and the end screen show the whole war, no ghosts).
   */
  ghosts: readonly Ghost[];
  screen: ScreenState;
  drafts: Record<SideId, OrderDraft>;
  actions: Actions;
}

export function initialScreenState(viewer: SideId | null, phase: TurnPhase): ScreenState {
  return {
    viewer,
    phase,
    selectedArea: null,
    selection: null,
    destination: null,
    refusal: null,
    reportIndex: null,
    tab: viewer ? 'orders' : 'report',
    openGroups: new Set(),
    orderNote: null,
  };
}
