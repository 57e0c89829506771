/**
 * The words of the air war's report items and orders (pilots, replacements,
 * land-based air missions), shared by the UI and the CLI like report-text.ts.
 */
import type { ReportItem } from '../engine/report';
import type { AirMission } from '../scenario/order-schema';
import type { SideId } from '../scenario/schema';

const number = new Intl.NumberFormat('en-GB');
const n = (v: number): string => number.format(v);
const SIDE: Record<SideId, string> = { japan: 'Japan', allies: 'The Allies' };
/** "Japan's", "The Allies'" (play10: the CLI printed "The Allies's air arm"). */
const SIDE_OF: Record<SideId, string> = { japan: "Japan's", allies: "The Allies'" };

/** A mission as a student would choose it. */
export const MISSION_NAME: Record<AirMission, string> = {
  strike: 'Strike',
  cover: 'Cover a landing',
  patrol: 'Patrol a sea area',
  defend: 'Defend',
};

/** What each mission does, for the orders panel. */
export const MISSION_HELP: Record<AirMission, string> = {
  strike: 'attack the enemy forces in an area or sea area in reach (a battle is fought there)',
  cover: 'join the battle for an area in reach: the air umbrella over a landing, or over a defence',
  patrol: 'search a sea area in reach and attack the shipping on that lane',
  defend: 'stay home and react to enemies nearby; over the capital, intercept the bombers',
};

/**
 * What a mission does, for the orders panel. `strikesPay`: the scenario's strikes lose aircraft to the
 * defenders' fighters and guns over the target (`rules.combat.strikeLosses`), and the student is told so.
 */
export function missionHelp(mission: AirMission, strikesPay: boolean): string {
  return mission === 'strike' && strikesPay
    ? `${MISSION_HELP.strike}; the defenders' fighters and guns shoot some of your aircraft down`
    : MISSION_HELP[mission];
}

/** An air order or a mission report item: "11th Air Fleet: strike Luzon (300 aircraft)". */
export function airMissionLine(
  name: string,
  mission: AirMission,
  targetName: string,
  aircraft?: number,
): string {
  const verb: Record<AirMission, string> = {
    strike: 'strike',
    cover: 'cover',
    patrol: 'patrol',
    defend: 'defend',
  };
  return `${name}: ${verb[mission]} ${targetName}${aircraft === undefined ? '' : ` (${n(aircraft)} aircraft)`}`;
}

/** A side's pilots and replacements in a turn. */
export function airReplacementLine(item: Extract<ReportItem, { kind: 'air-replacement' }>): string {
  const parts = [
    item.aircraft > 0
      ? `${n(item.aircraft)} new aircraft and pilots joined ${n(item.forces)} unit${item.forces === 1 ? '' : 's'}`
      : 'no replacements',
    item.graduated > 0
      ? `${n(item.graduated)} ${item.graduated === 1 ? 'pilot' : 'pilots'} finished training`
      : '',
    item.intake > 0 ? `${n(item.intake)} started (${n(item.oil)} thousand barrels of oil)` : '',
    `${n(item.ready)} trained ${item.ready === 1 ? 'pilot' : 'pilots'} waiting (experience ${item.readyExperience} of 100)`,
    `air units' experience ${item.unitExperience} of 100`,
  ].filter(Boolean);
  return `${SIDE_OF[item.side]} air arm: ${parts.join('; ')}`;
}

/** Aircrew of the aircraft lost in battle. */
export function aircrewLine(item: Extract<ReportItem, { kind: 'aircrew' }>): string {
  return `${SIDE[item.side]} lost ${n(item.aircraftLost)} aircraft in battle: ${n(item.killed)} aircrew killed, ${n(item.returned)} back in the pilot pool`;
}
