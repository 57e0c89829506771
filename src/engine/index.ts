/** The engine's public face: everything outside src/engine/ imports from here. */
export {
  type AirDanger,
  type AirThreat,
  airBaseThreat,
  airDangerAt,
  type PortDanger,
  portDangerAt,
  shipsInAirDanger,
  shipsInPortDanger,
} from './air-danger';
export { turnDate } from './calendar';
export { rememberedVerdicts, rememberVerdicts } from './checked-orders';
export { createGame } from './create-game';
export { handedOut } from './handed-out';
export { canonicalJson, hashValue, sha256Hex } from './hash';
export { type Ghost, ghostsOf, lastSeen, type Memory, remember, type Sighting, type Step } from './last-seen';
export { moveRoute } from './move-route';
export {
  economyOil,
  forecastOil,
  type OilBurn,
  type OilForecast,
  type OilLine,
  type SortieFuel,
} from './oil-forecast';
export type { Legality } from './orders';
export {
  atWar,
  atWarIn,
  buildsCost,
  checkOrder,
  idleOil,
  movingForce,
  NO_ORDERS,
  Order,
  POLICIES,
  sortieOil,
  TurnOrders,
  transportsFree,
} from './orders';
export { codebreakingChanceOn, type JapaneseIntentions, readJapaneseIntentions } from './phases/detection';
export { MERCHANT, TANKERS } from './phases/economy/deliveries';
export { scheduledEntries } from './phases/economy/production';
export { flagsAfterDueEvents, triggerHoldsIn } from './phases/events';
export {
  inStrikeReach,
  oilToSail,
  portAntiAircraft,
  portStrikeShare,
  portStrikeTarget,
} from './phases/port-strike';
export { pilotIntake } from './pilot-training';
export type {
  BattleLoss,
  ChangeCode,
  ControlCause,
  DamageCause,
  DetectionCause,
  EffectDone,
  FireKind,
  ReportItem,
  RetireCause,
  StockCause,
  StockChange,
  TurnReport,
} from './report';
export { type IllegalOrder, resolveTurn, type TurnResult } from './resolve-turn';
export { yardExpansion, yardKgtOf, yardRoom } from './shipyards';
export { SIDE_IDS } from './sides';
export { type Sight, seenState, seesArea, seesForce, sightOf } from './sight';
export {
  type EndCause,
  type ForceState,
  forceById,
  type GameState,
  type Outcome,
  type SidePolicies,
  STATE_VERSION,
  type SupplyRecord,
  strengthOf,
} from './state';
export { airDistance, buildWorld, openDistance, type World } from './world';

import type { GameState } from './state';
import { digestState } from './state-hash';

/** The canonical hash of a game state (16 hex digits): equal states hash equal in every runtime. */
export function stateHash(state: GameState): string {
  return digestState(state);
}
