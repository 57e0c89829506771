/**
 * The oil a side's new class of pilots burns this turn, as the air phase charges it
 * (phases/economy/air-replacement.ts): the intake in force at the state's date, as many as
 * `oil` pays for at `oilPer100` a hundred (EVANS-PEATTIE-1997: the fuel shortage cut the flying
 * hours). One formula for the turn and for the oil tile's forecast (play24: the tile left the
 * 30 thousand barrels a month out, so "burns 1,999" was followed by a ledger that burned 2,029).
 */
import type { SideId } from '../scenario/schema';
import { entryInForce } from './in-force';
import type { GameState } from './state';
import type { World } from './world';

export function pilotIntake(
  world: World,
  state: GameState,
  side: SideId,
  oil: number,
): { pilots: number; oil: number } {
  const training = world.scenario.rules.air?.pilots[side];
  if (!training) return { pilots: 0, oil: 0 };
  const intake = entryInForce(training.intake, state.date);
  if (!intake || intake.perTurn === 0) return { pilots: 0, oil: 0 };
  const affordable = training.oilPer100 === 0 ? intake.perTurn : Math.floor((oil * 100) / training.oilPer100);
  const pilots = Math.max(0, Math.min(intake.perTurn, affordable));
  return { pilots, oil: Math.ceil((pilots * training.oilPer100) / 100) };
}
