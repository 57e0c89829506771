/**
 * The after-action report's own words (src/replay/after-action.ts builds the
 * report from the replayed game): the titles of the timeline's entries and the
 * labels of its charts. The details come from the report's text modules.
 */
import type { SideId } from '../scenario/schema';

const SIDE: Record<SideId, string> = { japan: 'Japan', allies: 'the Allies' };
const SIDE_LABEL: Record<SideId, string> = { japan: 'Japan', allies: 'Allies' };

export const afterActionText = {
  choiceTitle: (side: SideId, label: string): string => `${SIDE[side]}: ${label}`,
  choiceDetail: 'a decision',
  battleTitle: (area: string): string => `Battle at ${area}`,
  /** `to`: a side, or who else can hold an area (`neutral`, `none`), named as it is. */
  controlTitle: (area: string, to: string): string =>
    `${area} passes to ${to === 'japan' || to === 'allies' ? SIDE[to] : to}`,
  endTitle: 'The end of the game',
  /** A Japanese stock's chart ("Japan: Oil"). */
  stockLabel: (resource: string): string => `Japan: ${resource}`,
  carriersLabel: (side: SideId): string => `${SIDE_LABEL[side]}: carriers afloat`,
  carriersUnit: 'fleet and light carriers',
  areasLabel: 'Japan: land areas held',
  areasUnit: 'areas',
} as const;
