/**
 * The after-action report's own words (src/replay/after-action.ts builds the
 * report from the replayed game): the titles of the timeline's entries and the
 * labels of its charts. The details come from the report's text modules.
 */
import type { ShippingFigure } from '../replay/shipping-war';
import type { Scenario, SideId } from '../scenario/schema';

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
  /** Japan's shipping war, each figure's name as a chart and a table say it (plain words: compare31). */
  shippingLabel: {
    sunkBySubmarines: 'Ships sunk by submarines',
    sunkByAircraft: 'Ships sunk by aircraft',
    sunkByMines: 'Ships sunk by mines',
    oilDelivered: 'Oil shipped home',
    rawDelivered: 'Raw materials shipped home',
  } satisfies Record<ShippingFigure, string>,
  /** "thousand gross tons a month", "thousand barrels every 2 weeks": a flow, per turn. */
  perTurn: (unit: string, turnLength: Scenario['calendar']['turnLength']): string =>
    `${unit} ${turnLength.count === 1 ? `a ${turnLength.unit}` : `every ${turnLength.count} ${turnLength.unit}s`}`,
  sunkUnit: 'thousand gross tons',
  oilUnit: 'thousand barrels',
  shippingHeading: 'Japan’s shipping war, year by year',
  /** What the shipping figures are, for a student who has never met a gross ton. */
  shippingHint:
    'Ships sunk: Japan’s merchant ships and tankers, in thousand gross tons (GT measures a ship’s size; a typical cargo ship was about 5,000 GT). Oil shipped home: the oil that reached Japan, in thousand barrels. Each year adds up the turns that began in it.',
  shippingYear: 'Year',
  shippingGame: 'Game',
  shippingTotal: 'Whole game',
  /** A year one game did not reach. */
  notPlayed: 'not played',
} as const;
